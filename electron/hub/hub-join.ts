import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { pinSchema } from '../../shared/meeting/pin-rules.js';
import { idSchema } from '../../shared/model/common.js';
import type { Expert } from '../../shared/model/expert.js';
import type { MeetingDeps } from '../services/meeting/meeting-deps.js';
import { expertOf } from '../services/meeting/meeting-records.js';
import { checkExpertPin, wrongPinFailure } from '../services/meeting/pin-check.js';
import { hostRefusal } from '../../shared/api/host-refusal.js';

export const joinRequestSchema = z.object({ expertId: idSchema, meetingCode: z.string().max(20), pin: pinSchema }).strict();
export type JoinRequest = z.infer<typeof joinRequestSchema>;

const sameCode = (given: string, expected: string): boolean => {
  const a = Buffer.from(given.trim());
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Who a device joins as: the meeting code shown in the room first (so a guess at a PIN needs to be
 * in the room), then the expert's PIN, checked and counted exactly as at the workstation's PIN gate.
 * An expert with no PIN yet has nothing to check but the code: `admitted` is then false, and the
 * device waits for the secretary to admit it before its pledge, signed on the device, sets the PIN.
 */
export const verifyJoin = async (
  meetings: Pick<MeetingDeps, 'store' | 'now'>,
  meetingId: string,
  meetingCode: string,
  request: JoinRequest,
): Promise<{ expert: Expert; admitted: boolean }> => {
  if (!sameCode(request.meetingCode, meetingCode)) throw hostRefusal('wrong-meeting-code', 'meetingCode');
  const { expert, hasPin } = meetings.store.read((tx) => {
    const found = expertOf(tx, meetingId, request.expertId);
    return { expert: found, hasPin: tx.pledges.list(meetingId, { expertId: found.id }).some((pledge) => pledge.pin !== undefined) };
  });
  if (!hasPin) return { expert, admitted: false };
  const wrong = await checkExpertPin(meetings, { meetingId, expertId: expert.id, pin: request.pin }, (tx, at) =>
    tx.audit.append({ meetingId, submissionId: null, actor: expert.id, action: 'identity.unlock', at, details: {} }),
  );
  if (wrong !== null) throw wrongPinFailure(wrong, 'pin');
  return { expert, admitted: true };
};
