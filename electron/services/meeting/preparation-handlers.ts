import type { HostHandlers } from '../../../shared/api/contract.js';
import { HostFailure } from '../../../shared/api/result.js';
import { noAttempts } from '../../../shared/meeting/pin-attempts.js';
import { rubricFor } from '../../../shared/engine/review-config.js';
import { pledgeText } from '../../../shared/meeting/pledge-text.js';
import { requireActingChair, requireMeetingOf, requireWorkstation } from './actor.js';
import type { MeetingDeps } from './meeting-deps.js';
import { expertOf } from './meeting-records.js';
import { planPledge } from './pledge-authority.js';
import { recordPinCheck, requireNotLockedOut, requireSameVerifier, wrongPinFailure } from './pin-check.js';
import { createPinVerifier, verifyPin } from './pin-verifier.js';

type PreparationHandlers = Pick<HostHandlers, 'expert.setAttendance' | 'pledge.sign'>;

export const createPreparationHandlers = ({ store, acting, now }: MeetingDeps): PreparationHandlers => ({
  /**
   * Check-in or absence of one expert, with its audit entry; the secretary's act. Closed once any
   * review reaches 签名: the signatures and the minutes sealed at 定稿 name who was present.
   */
  'expert.setAttendance': async ({ meetingId, expertId, present }, caller) => {
    requireWorkstation(caller);
    return store.write({ meetingId }, (tx) => {
      const expert = expertOf(tx, meetingId, expertId);
      if (expert.present === present) return null;
      const signing = tx.submissions.list(meetingId).find((s) => s.phase === 'sign-off' || s.phase === 'finalised' || s.phase === 'reported');
      if (signing !== undefined) {
        throw new HostFailure('refused', `《${signing.standardName}》已进入签名定稿，专家出席情况不能再更改`, 'present');
      }
      tx.experts.put({ ...expert, present });
      tx.audit.append({ meetingId, submissionId: null, actor: 'secretary', action: 'expert.attendance', at: now(), details: { expertId, present } });
      return null;
    });
  },

  /**
   * Stores the signed pledge with the drawn signature and a hash of the new PIN. Hashing happens before
   * the write, and the write plans again, so a rule that changed meanwhile (a submission, a lockout, a
   * new PIN) still decides. A wrong old PIN counts towards the lockout like one at the PIN gate.
   */
  'pledge.sign': async ({ meetingId, expertId, signatureImage, pin, oldPin }, caller) => {
    requireMeetingOf(caller, meetingId);
    if (caller.scope === 'expert' && caller.expertId !== expertId) throw new HostFailure('forbidden', '此设备只能签署本人的承诺', 'expertId');
    const checked = store.read((tx) => {
      const expert = expertOf(tx, meetingId, expertId);
      const { authority } = planPledge(tx, caller, acting, expert, oldPin !== undefined);
      if (authority.kind !== 'old-pin') return null;
      requireNotLockedOut(tx, meetingId, expert, Date.parse(now()), 'oldPin');
      return authority.verifier;
    });
    const [verifier, oldPinRight] = await Promise.all([createPinVerifier(pin), checked === null || oldPin === undefined ? null : verifyPin(oldPin, checked)]);
    const wrong = await store.write({ meetingId }, (tx) => {
      const at = now();
      const expert = expertOf(tx, meetingId, expertId);
      const { previous, authority } = planPledge(tx, caller, acting, expert, oldPin !== undefined);
      if (authority.kind === 'old-pin') {
        requireNotLockedOut(tx, meetingId, expert, Date.parse(at), 'oldPin');
        if (checked === null) throw new HostFailure('refused', `专家${expert.name}的 PIN 刚刚设置，请重新签署`, 'oldPin');
        requireSameVerifier(tx, meetingId, expert, checked, 'oldPin');
        const state = recordPinCheck(tx, meetingId, expertId, oldPinRight === true, at);
        if (state !== null) return state;
      }
      if (authority.kind === 'chair') {
        requireActingChair(tx, caller, acting, meetingId);
        tx.pinAttempts.put(meetingId, expertId, noAttempts);
      }
      const id = previous?.id ?? `P-${expertId}`;
      const meeting = tx.meetings.get(meetingId);
      if (meeting === undefined) throw new HostFailure('not-found', `找不到会议 ${meetingId}`, 'meetingId');
      tx.pledges.put({ id, meetingId, expertId, text: pledgeText(rubricFor(meeting)), signedAt: at, signatureImage, pin: verifier });
      tx.audit.append({
        meetingId,
        submissionId: null,
        actor: authority.kind === 'chair' ? authority.chair.id : expertId,
        action: previous === undefined ? 'pledge.sign' : 'pledge.resign',
        at,
        details: { pledgeId: id },
      });
      return null;
    });
    if (wrong !== null) throw wrongPinFailure(wrong, 'oldPin');
    return null;
  },
});
