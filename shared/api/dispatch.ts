import type { z } from 'zod';
import type { Caller } from './caller.js';
import { hostContract, isHostCallName, scopesOf, type HostCallName, type HostHandlers } from './contract.js';
import { fail, HostFailure, ok, type HostResult } from './result.js';

const describeIssue = (issue: z.core.$ZodIssue): { field: string; message: string } => {
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const field = [...issue.path.map(String), ...keys.slice(0, 1)].join('.') || '(参数)';
  return { field, message: `参数 ${field} 无效：${issue.message}` };
};

/** Validates a call's raw arguments against the contract, naming the first offending field. */
export const parseArgs = <K extends HostCallName>(
  name: K,
  raw: unknown,
): HostResult<z.output<(typeof hostContract)[K]['args']>> => {
  const parsed = hostContract[name].args.safeParse(raw ?? {});
  if (parsed.success) return ok(parsed.data as z.output<(typeof hostContract)[K]['args']>);
  const first = parsed.error.issues[0];
  if (!first) return fail('invalid-arguments', '参数无效');
  const { field, message } = describeIssue(first);
  return fail('invalid-arguments', message, field);
};

/** The one path every transport takes: name and scope check, argument validation, service call, errors as data. */
export const dispatch = async (
  handlers: HostHandlers,
  name: unknown,
  raw: unknown,
  caller: Caller,
): Promise<HostResult<unknown>> => {
  if (!isHostCallName(name)) return fail('unknown-call', `未知的调用：${String(name)}`);
  if (!scopesOf(name).includes(caller.scope)) return fail('forbidden', `此设备无权调用：${name}`);
  const args = parseArgs(name, raw);
  if (!args.ok) return args;
  try {
    const handler = handlers[name] as (a: unknown, c: Caller) => Promise<unknown>;
    return ok(await handler(args.value, caller));
  } catch (error) {
    if (error instanceof HostFailure) return fail(error.code, error.message, error.field, error.issues, error.messages, error.words);
    return fail('internal', error instanceof Error ? error.message : String(error));
  }
};
