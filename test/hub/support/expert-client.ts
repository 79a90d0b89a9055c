import { randomUUID } from 'node:crypto';
import { expertCookieName } from '../../../electron/hub/hub-server.js';
import type { HostResult } from '../../../shared/api/result.js';
import { parseHostResult } from '../../host/support/host-caller.js';
import { openEventStream, type EventStreamReader } from './event-stream-reader.js';
import { sendRequest, type HttpAnswer, type Route } from './hub-http.js';

export type JoinRequest = { expertId: string; meetingCode: string; pin: string };

/** A hub answer read as the contract's `{ok, value} | {ok:false, error}`, with its HTTP status. */
export type HubAnswer = { status: number; result: HostResult<unknown> };

/** The expert app's network layer without its screens: one device's session at the hub. */
export type ExpertDevice = {
  expertId: string;
  route: Route;
  /** `zz-expert=<credential>`, as the browser would send it. */
  cookie: string;
  /** `POST /api/<name>`; with `operationId` it carries `X-Operation-Id` (a write the device may resend). */
  call(name: string, args: unknown, operationId?: string): Promise<HubAnswer>;
  /** A write as the app makes it: a fresh operation id, kept so the same act can be resent. */
  write(name: string, args: unknown): Promise<HubAnswer & { operationId: string }>;
  events(): Promise<EventStreamReader>;
  leave(): Promise<HttpAnswer>;
};

const jsonHeaders = (route: Route) => ({ Origin: new URL(route.origin).origin });

/** A body as the contract's result shape, or an error naming what came back instead. */
export const hubAnswerOf = (answer: HttpAnswer): HubAnswer => {
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    throw new Error(`HTTP ${answer.status}: not JSON: ${answer.body.slice(0, 200)}`);
  }
  return { status: answer.status, result: parseHostResult(body) };
};

/** `POST /hub/join` as the join screen sends it; the raw answer, for tests of refusals. */
export const postJoin = (route: Route, join: JoinRequest): Promise<HttpAnswer> =>
  sendRequest(route, { method: 'POST', path: '/hub/join', headers: jsonHeaders(route), body: JSON.stringify(join) });

export const getHubInfo = async (route: Route): Promise<HubAnswer> => hubAnswerOf(await sendRequest(route, { method: 'GET', path: '/hub/info' }));

/** The session cookie a join answer set, checked for the flags the design asks of it. */
const cookieOf = (answer: HttpAnswer, https: boolean): string => {
  const line = (answer.headers['set-cookie'] ?? []).find((value) => value.startsWith(`${expertCookieName}=`));
  if (line === undefined) throw new Error(`the join answer set no ${expertCookieName} cookie: ${JSON.stringify(answer.headers)}`);
  const flags = line.split(';').map((part) => part.trim().toLowerCase());
  for (const flag of ['httponly', 'samesite=strict', 'path=/', ...(https ? ['secure'] : [])]) {
    if (!flags.includes(flag)) throw new Error(`the session cookie lacks ${flag}: ${line}`);
  }
  return line.split(';')[0]!;
};

/** A device bound to a cookie, whether it came from a join or is a stolen or revoked one. */
export const deviceWithCookie = (route: Route, expertId: string, cookie: string): ExpertDevice => {
  const call: ExpertDevice['call'] = async (name, args, operationId) =>
    hubAnswerOf(
      await sendRequest(route, {
        method: 'POST',
        path: `/api/${name}`,
        headers: { ...jsonHeaders(route), Cookie: cookie, ...(operationId === undefined ? {} : { 'X-Operation-Id': operationId }) },
        body: JSON.stringify(args),
      }),
    );
  return {
    expertId,
    route,
    cookie,
    call,
    async write(name, args) {
      const operationId = randomUUID();
      return { ...(await call(name, args, operationId)), operationId };
    },
    events: () => openEventStream(route, '/api/events', { Cookie: cookie }),
    leave: () => sendRequest(route, { method: 'POST', path: '/hub/leave', headers: { ...jsonHeaders(route), Cookie: cookie }, body: '{}' }),
  };
};

/** Joins as the expert (name chosen, meeting code and PIN entered); fails the test unless the hub lets them in. */
export const joinHub = async (route: Route, join: JoinRequest): Promise<ExpertDevice> => {
  const answer = await postJoin(route, join);
  const { result } = hubAnswerOf(answer);
  if (answer.status !== 200 || !result.ok) throw new Error(`join as ${join.expertId} refused: HTTP ${answer.status} ${answer.body}`);
  return deviceWithCookie(route, join.expertId, cookieOf(answer, route.origin.startsWith('https:')));
};

/** The value of a hub call the test needs to succeed. */
export const valueOf = <T = unknown>(answer: HubAnswer, what: string): T => {
  if (answer.status !== 200 || !answer.result.ok) throw new Error(`${what} failed: HTTP ${answer.status} ${JSON.stringify(answer.result)}`);
  return answer.result.value as T;
};
