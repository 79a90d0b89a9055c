import { HostFailure, type HostResult } from '../../../shared/api/result.js';
import type { ExpertRole } from '../../../shared/model/expert.js';
import { hostFailureOf } from '../../shell/refusal-text.js';

/** What the hub tells anyone on the room's network before they join. */
export type HubInfo = { meetingId: string; title: string; https: boolean; experts: { id: string; name: string; role: ExpertRole }[] };

export type JoinRequest = { expertId: string; meetingCode: string; pin: string };
/** `admitted` false: the expert has no PIN yet, and the device waits for the secretary to admit it. */
export type JoinedExpert = { expertId: string; name: string; meetingId: string; admitted: boolean };

const answerOf = async <T>(response: Promise<Response>): Promise<T> => {
  let result: HostResult<T>;
  try {
    result = (await (await response).json()) as HostResult<T>;
  } catch (error) {
    throw new HostFailure('unreachable', error instanceof Error ? error.message : String(error));
  }
  if (!result.ok) throw hostFailureOf(result.error);
  return result.value;
};

const post = (path: string, body: unknown) =>
  fetch(path, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

export const readHubInfo = (): Promise<HubInfo> => answerOf(fetch('/hub/info', { credentials: 'same-origin' }));

/** The hub checks the meeting code and the PIN, then sets this device's HttpOnly session cookie. */
export const joinHub = (request: JoinRequest): Promise<JoinedExpert> => answerOf(post('/hub/join', request));

/** Whose session this device holds and whether the secretary has admitted it; refused (`no-session`, `session-revoked`) once it has ended. */
export const readHubSession = (): Promise<JoinedExpert> => answerOf(fetch('/hub/session', { credentials: 'same-origin' }));

export const leaveHub = (): Promise<unknown> => answerOf(post('/hub/leave', {}));

/** Where the hub streams a material of this session's meeting, with range requests. */
export const hubMaterialUrl = (sha256: string): string => `${window.location.origin}/materials/${sha256}`;

/** A material's bytes (a Word file, which is converted whole). */
export const readHubMaterial = async (sha256: string): Promise<Uint8Array> => {
  const response = await fetch(hubMaterialUrl(sha256), { credentials: 'same-origin' });
  if (!response.ok) throw new HostFailure(response.status === 401 ? 'no-session' : 'not-found', `读取材料失败（HTTP ${response.status}）`);
  return new Uint8Array(await response.arrayBuffer());
};
