import type { HostHandlers } from '../../../shared/api/contract.js';
import { HostFailure } from '../../../shared/api/result.js';
import { detectConflicts, recusalFromConflict } from '../../../shared/engine/conflict.js';
import { phaseLabels } from '../../../shared/engine/labels.js';
import type { Recusal } from '../../../shared/model/recusal.js';
import type { Submission } from '../../../shared/model/submission.js';
import { actingExpertId, requireActingChair, requireActingExpert, requireMeetingOf } from './actor.js';
import type { MeetingDeps } from './meeting-deps.js';
import type { MeetingTx } from './meeting-store.js';
import { expertOf, submissionOf } from './meeting-records.js';

type RecusalHandlers = Pick<HostHandlers, 'recusal.declare' | 'recusal.decide'>;

const recusalId = (submissionId: string, expertId: string) => `R-${submissionId}-${expertId}`;

/** Recusals are settled before anyone scores: once scoring starts, who scores is fixed. */
const submissionInPreparation = (tx: MeetingTx, meetingId: string, submissionId: string, what: string): Submission => {
  const submission = submissionOf(tx, meetingId, submissionId);
  if (submission.phase !== 'preparation') {
    throw new HostFailure('refused', `《${submission.standardName}》已进入「${phaseLabels[submission.phase]}」，不能再${what}`, 'submissionId');
  }
  return submission;
};

const recordedRecusal = (tx: MeetingTx, meetingId: string, submissionId: string, expertId: string): Recusal | undefined =>
  tx.recusals.list(meetingId, { submissionId, expertId })[0];

export const createRecusalHandlers = ({ store, acting, now }: MeetingDeps): RecusalHandlers => ({
  /**
   * A conflict the engine did not detect, declared as the pledge asks, by the acting expert. Their own
   * declaration awaits the chair like a detected flag; the chair's is the chair's decision already, so
   * it is recorded confirmed (a second click by the same person would add nothing).
   */
  'recusal.declare': async ({ meetingId, submissionId, expertId, reason }, caller) => {
    requireMeetingOf(caller, meetingId);
    // The minutes quote the reason inside their own sentence, which brings its own full stop.
    const typed = reason.trim().replace(/[。；;，,.\s]+$/u, '');
    if (typed === '') throw new HostFailure('invalid', '利益冲突情况不能为空', 'reason');
    return store.write({ meetingId }, (tx) => {
      const expert = expertOf(tx, meetingId, expertId);
      const declarerId = actingExpertId(caller, acting, meetingId);
      if (declarerId === null) throw new HostFailure('not-unlocked', '须由专家本人或组长输入 PIN 验证身份后才能申明回避', 'expertId');
      const declarer = requireActingExpert(tx, caller, acting, meetingId, declarerId);
      const byChair = declarer.role === 'chair';
      if (!byChair && declarer.id !== expert.id) {
        throw new HostFailure('forbidden', `只有专家本人或组长可以申明回避，${declarer.name}不能代专家${expert.name}申明`, 'expertId');
      }
      const submission = submissionInPreparation(tx, meetingId, submissionId, '申明回避');
      if (recordedRecusal(tx, meetingId, submission.id, expert.id) !== undefined || detectConflicts([expert], [submission]).length > 0) {
        throw new HostFailure('refused', `专家${expert.name}与《${submission.standardName}》已有回避记录，请由组长在列表中决定`, 'expertId');
      }
      const at = now();
      const recusal = tx.recusals.put({
        id: recusalId(submission.id, expert.id),
        meetingId,
        submissionId: submission.id,
        expertId: expert.id,
        source: 'declared',
        declaredBy: declarer.id,
        reason: typed,
        status: byChair ? 'confirmed' : 'flagged',
        flaggedAt: at,
        decidedBy: byChair ? declarer.id : null,
        decidedAt: byChair ? at : null,
      });
      tx.audit.append({ meetingId, submissionId: submission.id, actor: declarer.id, action: 'recusal.declare', at, details: { expertId: expert.id, reason: typed, status: recusal.status } });
      return recusal;
    });
  },

  /**
   * The acting chair's decision on one conflict flag, detected or declared. A flag the engine detected
   * but nobody recorded yet becomes its record here. Decisions are final once the submission's scoring has started.
   */
  'recusal.decide': async ({ meetingId, submissionId, expertId, status, note }, caller) => {
    const typed = note.trim();
    if (typed === '') throw new HostFailure('invalid', '回避决定须写明理由', 'note');
    return store.write({ meetingId }, (tx) => {
      const chair = requireActingChair(tx, caller, acting, meetingId);
      const expert = expertOf(tx, meetingId, expertId);
      const submission = submissionInPreparation(tx, meetingId, submissionId, '变更回避决定');
      const at = now();
      const flag = detectConflicts([expert], [submission])[0];
      const base =
        recordedRecusal(tx, meetingId, submissionId, expertId) ??
        (flag === undefined ? undefined : recusalFromConflict(flag, { id: recusalId(submissionId, expertId), meetingId, now: at }));
      if (base === undefined) throw new HostFailure('refused', `专家${expert.name}与《${submission.standardName}》没有待确认的回避提示`, 'expertId');
      const recusal = tx.recusals.put({ ...base, status, decidedBy: chair.id, decidedAt: at, decisionNote: typed });
      tx.audit.append({ meetingId, submissionId, actor: chair.id, action: 'recusal.decide', at, details: { expertId, status, note: typed } });
      return recusal;
    });
  },
});
