import { HostFailure } from '../../../shared/api/result.js';
import type { Expert } from '../../../shared/model/expert.js';
import type { Submission } from '../../../shared/model/submission.js';
import type { MeetingTx } from './meeting-store.js';

/** The stored expert, or a refusal naming the id. */
export const expertOf = (tx: MeetingTx, meetingId: string, expertId: string): Expert => {
  const expert = tx.experts.get(meetingId, expertId);
  if (expert === undefined) throw new HostFailure('not-found', `找不到专家 ${expertId}`, 'expertId');
  return expert;
};

/** The stored submission, or a refusal naming the id. */
export const submissionOf = (tx: MeetingTx, meetingId: string, submissionId: string): Submission => {
  const submission = tx.submissions.get(meetingId, submissionId);
  if (submission === undefined) throw new HostFailure('not-found', `找不到审评项目 ${submissionId}`, 'submissionId');
  return submission;
};
