import type { HostArgs, HostCallName, HostValue } from '../../../shared/api/contract.js';
import type { HostResult } from '../../../shared/api/result.js';

/**
 * One signed-in client of the host over a real transport. `call` sends whatever it is given, as a
 * client that skips the UI's checks would, and answers as the transport does: errors are data.
 */
export type HostCaller = { call(name: string, args: unknown): Promise<HostResult<unknown>> };

/** A transport's answer, checked for the `{ok, value} | {ok: false, error}` shape every call returns. */
export const parseHostResult = (body: unknown): HostResult<unknown> => {
  const answer = body as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (answer?.ok === true && 'value' in answer) return answer as HostResult<unknown>;
  if (answer?.ok === false && typeof answer.error?.code === 'string' && typeof answer.error.message === 'string') return answer as HostResult<unknown>;
  throw new Error(`not a host result: ${JSON.stringify(body)}`);
};

/** The value of a call the test needs to succeed; a refusal fails the test with the host's code and message. */
export const succeed = async <K extends HostCallName>(caller: HostCaller, name: K, args: HostArgs<K>): Promise<HostValue<K>> => {
  const result = await caller.call(name, args);
  if (!result.ok) throw new Error(`${name} was refused: ${result.error.code} ${result.error.message}`);
  return result.value as HostValue<K>;
};
