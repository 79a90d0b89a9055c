import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, posix } from 'node:path';
import { BodyReadError, readBoundedBody } from '../../node/http/bounded-body.js';
import type { HostHandlers } from '../../shared/api/contract.js';
import { dispatch } from '../../shared/api/dispatch.js';
import { fail, HostFailure, type RefusalWords } from '../../shared/api/result.js';
import { readCookie } from '../http/browser-sessions.js';
import type { ChangeFeed } from '../http/change-feed.js';
import { defaultHeartbeatMs, serveEventStream } from '../http/event-stream.js';
import { mediaTypes, resolveStaticPath } from '../http/http-transport.js';
import type { MeetingDeps } from '../services/meeting/meeting-deps.js';
import { runAsOperation } from '../services/meeting/operation-context.js';
import { joinRequestSchema, verifyJoin } from './hub-join.js';
import { checkHubRead, checkHubWrite, type HubOrigin, type HubRefusal } from './hub-request-guard.js';
import type { HubSessions } from './hub-sessions.js';
import type { JoinRateLimit } from './join-rate-limit.js';
import { materialAccess } from './material-access.js';
import { streamMaterial } from './material-stream.js';

export const expertCookieName = 'zz-expert';

/** Lasts as long as the browser session; JavaScript never reads it; no other site's request carries it; over HTTPS only there. */
export const expertCookie = (credential: string, secure: boolean): string =>
  `${expertCookieName}=${credential}; HttpOnly; SameSite=Strict; Path=/${secure ? '; Secure' : ''}`;

export type HubServerOptions = {
  handlers: HostHandlers;
  meetings: Pick<MeetingDeps, 'store' | 'now'>;
  /** Where the material store keeps the content with this SHA-256. */
  materialPath: (sha256: string) => string;
  changes: ChangeFeed;
  sessions: HubSessions;
  joinLimit: JoinRateLimit;
  meetingId: string;
  meetingCode: string;
  /** The built renderer, whose `expert.html` is the expert app; null where none was built. */
  rendererDir: string | null;
  contentSecurityPolicy: string;
  /** Known once the server listens (port 0 picks one). */
  origin: () => HubOrigin;
  heartbeatMs?: number;
};

/** A signature image is the largest thing an expert's device sends. */
const maxCallBytes = 4 * 1024 * 1024;
const maxJoinBytes = 4 * 1024;

/** What the hub serves of the built renderer: the expert app's page and what it loads. */
const staticFolders = /^\/(assets|pdfjs|fonts)\//;

/** A page's path with percent-escapes and `..` resolved, so the folder test cannot be walked around; null when it cannot be read. */
const cleanPath = (raw: string): string | null => {
  try {
    const decoded = decodeURIComponent(raw);
    return decoded.includes('\0') ? null : posix.normalize(decoded);
  } catch {
    return null;
  }
};

const operationIdPattern = /^[A-Za-z0-9-]{8,100}$/;

const sendJson = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
  response.end(JSON.stringify(body));
};

const refuse = (response: ServerResponse, { status, code, message }: HubRefusal, field?: string, words?: RefusalWords) =>
  sendJson(response, status, fail(code, message, field, undefined, undefined, words));

/** How a refused join reads over HTTP: a wrong guess is 401, a lockout 429 like the rate limit. */
const joinStatus: Record<string, HubRefusal['status']> = { 'wrong-meeting-code': 401, 'wrong-pin': 401, 'locked-out': 429, 'not-found': 404, 'invalid-arguments': 400 };

const readJson = async (request: IncomingMessage, maxBytes: number): Promise<{ ok: true; value: unknown } | { ok: false; refusal: HubRefusal }> => {
  let body: Buffer;
  try {
    body = await readBoundedBody(request, { maxBytes });
  } catch (error) {
    const tooLarge = error instanceof BodyReadError && error.refusal === 'too-large';
    return { ok: false, refusal: tooLarge ? { status: 413, code: 'too-large', message: '请求体过大' } : { status: 400, code: 'bad-body', message: `请求体读取失败：${(error as Error).message}` } };
  }
  try {
    return { ok: true, value: body.length === 0 ? {} : JSON.parse(body.toString('utf8')) };
  } catch (error) {
    return { ok: false, refusal: { status: 400, code: 'bad-body', message: `请求体不是有效的 JSON：${(error as Error).message}` } };
  }
};

/**
 * The hub's HTTP: the expert app, the join, and the expert-scope calls, event stream and materials
 * of one meeting for the devices that joined it. Nothing here reaches the workstation scope.
 */
export const createHubRequestListener = (options: HubServerOptions) => {
  const { sessions, meetingId } = options;
  const credentialOf = (request: IncomingMessage): string | null => readCookie(request.headers.cookie, expertCookieName) ?? null;

  const lostSession = (kind: 'revoked' | 'none'): HubRefusal =>
    kind === 'revoked'
      ? { status: 401, code: 'session-revoked', message: '秘书已结束此设备的会话：如需继续，请重新加入' }
      : { status: 401, code: 'no-session', message: '尚未加入会议：请选择姓名并输入会议码和 PIN' };

  /** An admitted session; a device still waiting for the secretary reaches nothing of the meeting. */
  const sessionOf = (request: IncomingMessage, response: ServerResponse) => {
    const found = sessions.lookup(credentialOf(request));
    if (found.kind === 'live') return found.session;
    refuse(response, found.kind === 'pending' ? { status: 403, code: 'awaiting-admission', message: '请向秘书示意，等待确认' } : lostSession(found.kind));
    return null;
  };

  /** What a device that joined may ask at any time: whose session it holds and whether the secretary has admitted it. */
  const sessionState = (request: IncomingMessage, response: ServerResponse) => {
    const found = sessions.lookup(credentialOf(request));
    if (found.kind === 'revoked' || found.kind === 'none') return refuse(response, lostSession(found.kind));
    const { expertId, name, admitted } = found.session;
    sendJson(response, 200, { ok: true, value: { expertId, name, meetingId, admitted } });
  };

  const info = (response: ServerResponse) => {
    const value = options.meetings.store.read((tx) => {
      const meeting = tx.meetings.get(meetingId);
      return {
        meetingId,
        title: meeting?.title ?? '',
        https: options.origin().secure,
        experts: tx.experts.list(meetingId).map(({ id, name, role }) => ({ id, name, role })),
      };
    });
    sendJson(response, 200, { ok: true, value });
  };

  const join = async (request: IncomingMessage, response: ServerResponse) => {
    const address = request.socket.remoteAddress ?? '';
    if (!options.joinLimit.take(address)) return refuse(response, { status: 429, code: 'too-many-attempts', message: '尝试次数过多：请一分钟后再试' });
    const body = await readJson(request, maxJoinBytes);
    if (!body.ok) return refuse(response, body.refusal);
    const parsed = joinRequestSchema.safeParse(body.value);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.map(String).join('.') || '(参数)';
      return refuse(response, { status: 400, code: 'invalid-arguments', message: `参数 ${field} 无效：${parsed.error.issues[0]?.message ?? ''}` }, field);
    }
    try {
      const { expert, admitted } = await verifyJoin(options.meetings, meetingId, options.meetingCode, parsed.data);
      const { credential } = await sessions.open({ expertId: expert.id, name: expert.name, address, admitted });
      sendJson(response, 200, { ok: true, value: { expertId: expert.id, name: expert.name, meetingId, admitted } }, { 'Set-Cookie': expertCookie(credential, options.origin().secure) });
    } catch (error) {
      if (!(error instanceof HostFailure)) throw error;
      refuse(response, { status: joinStatus[error.code] ?? 403, code: error.code, message: error.message }, error.field, error.words);
    }
  };

  const leave = async (request: IncomingMessage, response: ServerResponse) => {
    await sessions.leave(credentialOf(request));
    sendJson(response, 200, { ok: true, value: null }, { 'Set-Cookie': `${expertCookieName}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0` });
  };

  /** A named write runs once: the key is the device's id for the act, qualified by meeting, expert and call, so an id reused for another call is another act. */
  const call = async (request: IncomingMessage, response: ServerResponse, name: string) => {
    const session = sessionOf(request, response);
    if (session === null) return;
    const body = await readJson(request, maxCallBytes);
    if (!body.ok) return refuse(response, body.refusal);
    const operationId = request.headers['x-operation-id'];
    if (operationId !== undefined && (typeof operationId !== 'string' || !operationIdPattern.test(operationId))) {
      return refuse(response, { status: 400, code: 'bad-operation-id', message: '操作编号格式无效' });
    }
    const caller = { scope: 'expert', clientId: session.sessionId, meetingId, expertId: session.expertId } as const;
    const run = () => dispatch(options.handlers, name, body.value, caller);
    if (operationId === undefined) return sendJson(response, 200, await run());
    const key = `${meetingId}:${session.expertId}:${name}:${operationId}`;
    const answered = options.meetings.store.answerOf(key);
    sendJson(response, 200, answered === undefined ? await runAsOperation({ key }, run) : { ok: true, value: answered.result });
  };

  const events = (request: IncomingMessage, response: ServerResponse) => {
    const session = sessionOf(request, response);
    if (session === null) return;
    const ofThisMeeting: ChangeFeed = {
      subscribe: (listener) => options.changes.subscribe((event) => (event.meetingId === null || event.meetingId === meetingId) && listener(event)),
    };
    serveEventStream(response, ofThisMeeting, options.heartbeatMs ?? defaultHeartbeatMs);
    const end = () => response.end();
    session.ended.add(end);
    response.once('close', () => session.ended.delete(end));
  };

  const material = async (request: IncomingMessage, response: ServerResponse, sha256: string) => {
    const session = sessionOf(request, response);
    if (session === null) return;
    const access = options.meetings.store.read((tx) => materialAccess(tx, meetingId, session.expertId, sha256));
    if (access.kind === 'none') return refuse(response, { status: 404, code: 'not-found', message: '本次会议没有这份材料' });
    if (access.kind === 'recused') return refuse(response, { status: 403, code: 'recused', message: '您已回避该审评项目，不能查阅其材料' });
    const found = access.material;
    try {
      await streamMaterial(request, response, { path: options.materialPath(sha256), mediaType: found.mediaType });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || response.headersSent) throw error;
      refuse(response, { status: 404, code: 'not-found', message: '材料库中没有这份材料：请秘书重新导入评审包' });
    }
  };

  const serveFile = async (request: IncomingMessage, response: ServerResponse, urlPath: string) => {
    const path = options.rendererDir === null ? null : resolveStaticPath(options.rendererDir, urlPath);
    const content = path === null ? null : await readFile(path).catch(() => null);
    if (path === null || content === null) return refuse(response, { status: 404, code: 'not-found', message: '未找到' });
    response.writeHead(200, {
      'Content-Type': mediaTypes[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': options.contentSecurityPolicy,
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
    });
    response.end(request.method === 'HEAD' ? undefined : content);
  };

  const route = async (request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '/';
    const api = /^\/api\/([a-z][A-Za-z]*\.[a-z][A-Za-z]*)$/.exec(url);
    const isWrite = url === '/hub/join' || url === '/hub/leave' || api !== null;
    const refusal = isWrite ? checkHubWrite(request, options.origin()) : checkHubRead(request, options.origin());
    if (refusal) return refuse(response, refusal);
    if (url === '/hub/join') return join(request, response);
    if (url === '/hub/leave') return leave(request, response);
    if (api) return call(request, response, api[1]!);
    if (url === '/hub/info') return info(response);
    if (url === '/hub/session') return sessionState(request, response);
    if (url === '/api/events') return events(request, response);
    const materialPath = /^\/materials\/([0-9a-f]{64})$/.exec(url);
    if (materialPath) return material(request, response, materialPath[1]!);
    const page = cleanPath(url.split('?')[0] ?? '/');
    if (page === '/' || page === '/expert.html') return serveFile(request, response, '/expert.html');
    if (page !== null && staticFolders.test(page)) return serveFile(request, response, page);
    return refuse(response, { status: 404, code: 'not-found', message: '未找到' });
  };

  return (request: IncomingMessage, response: ServerResponse): void => {
    route(request, response).catch((error: unknown) => {
      if (!response.headersSent) refuse(response, { status: 400, code: 'internal', message: (error as Error).message });
      else response.destroy();
    });
  };
};
