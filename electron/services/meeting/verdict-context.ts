import { refusedBy } from '../../../shared/api/engine-refusal.js';
import { HostFailure } from '../../../shared/api/result.js';
import { engineMessage, verdictParam } from '../../../shared/engine/engine-message.js';
import { phaseLabels } from '../../../shared/engine/labels.js';
import type { ReviewSnapshot } from '../../../shared/engine/review-snapshot.js';
import { reviewSnapshotFor, type MeetingData } from '../../../shared/meeting/meeting-data.js';
import type { ReviewPhase } from '../../../shared/model/phase.js';
import type { Submission } from '../../../shared/model/submission.js';
import type { MeetingTx } from './meeting-store.js';
import { readSubmissionData } from './read-meeting-data.js';

export type SubmissionIds = { meetingId: string; submissionId: string };

/** What a verdict operation reads inside its transaction: the submission's part of the meeting and the engine's view of it. */
export type VerdictContext = { data: MeetingData; submission: Submission; snapshot: ReviewSnapshot };

export const verdictContext = (tx: MeetingTx, { meetingId, submissionId }: SubmissionIds): VerdictContext => {
  const data = readSubmissionData(tx, meetingId, submissionId);
  const submission = data?.submissions[0];
  if (data === null || submission === undefined) {
    if (tx.meetings.get(meetingId) === undefined) throw new HostFailure('not-found', `找不到审评会 ${meetingId}`, 'meetingId');
    throw new HostFailure('not-found', `审评会 ${meetingId} 中没有审评项目 ${submissionId}`, 'submissionId');
  }
  return { data, submission, snapshot: reviewSnapshotFor(data, submission) };
};

/** Refuses a change outside the phases that allow it, naming the phase the submission is in. */
export const requirePhase = (submission: Submission, allowed: readonly ReviewPhase[], what: string): void => {
  if (!allowed.includes(submission.phase)) {
    throw new HostFailure('refused', `《${submission.standardName}》处于「${phaseLabels[submission.phase]}」阶段，不能${what}`, 'submissionId');
  }
};

/** A finalised version never changes: only a formal amendment makes the next one. */
export const requireNotFinal = ({ data, snapshot }: VerdictContext): void => {
  const verdict = snapshot.verdict;
  if (verdict?.status === 'final') throw refusedBy([engineMessage('verdict.alreadyFinal', { verdict: verdictParam(data.meeting.reviewType), versionNo: verdict.versionNo })], 'submissionId');
};
