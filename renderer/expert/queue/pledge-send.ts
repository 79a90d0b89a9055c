import { HostFailure, type HostResult } from '../../../shared/api/result.js';
import { hostFailureOf } from '../../shell/refusal-text.js';
import type { SendAction } from './offline-queue.js';

export type PledgeArgs = { meetingId: string; expertId: string; signatureImage: string; pin: string };

/**
 * The pledge goes straight to the hub, never through the outbox: its arguments carry the new PIN,
 * which must not rest in the device's storage. `opId` is the same for every attempt at one pledge,
 * so a resend after a lost answer is answered once and applied once. When the hub cannot be reached
 * this throws `unreachable` and keeps nothing: the expert enters the PIN again.
 */
export const sendPledge = async (send: SendAction, args: PledgeArgs, opId: string): Promise<void> => {
  let result: HostResult<unknown>;
  try {
    result = await send('pledge.sign', args, opId);
  } catch (error) {
    throw new HostFailure('unreachable', error instanceof Error ? error.message : String(error));
  }
  if (!result.ok) throw hostFailureOf(result.error);
};
