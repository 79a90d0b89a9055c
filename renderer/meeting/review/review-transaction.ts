import { phaseLabels } from '../../../shared/engine/labels.js';
import { reviewSnapshotFor } from '../../../shared/meeting/meeting-data.js';
import type { ReviewSnapshot } from '../../../shared/engine/review-snapshot.js';
import type { MeetingData } from '../../../shared/meeting/meeting-data.js';
import type { Submission } from '../../../shared/model/submission.js';
import type { WorkstationDatabase } from '../../db/database.js';
import { readMeeting } from '../use-meeting.js';

export type ReviewContext = { data: MeetingData; submission: Submission; snapshot: ReviewSnapshot };

/**
 * Runs `work` in one read-write transaction over every meeting table, the outbox and the audit log,
 * after reading the meeting inside it: the engine's guards see exactly the state the write changes.
 */
export const inReviewTransaction = <T>(
  db: WorkstationDatabase,
  meetingId: string,
  submissionId: string,
  work: (context: ReviewContext) => Promise<T>,
): Promise<T> =>
  db.transaction(
    'rw',
    [db.meetings, db.experts, db.submissions, db.materials, db.pledges, db.recusals, db.scoreSheets, db.comments, db.verdicts, db.outbox, db.auditLog],
    async () => {
      const data = await readMeeting(db, meetingId);
      if (data === null) throw new Error(`找不到审评会 ${meetingId}`);
      const submission = data.submissions.find((s) => s.id === submissionId);
      if (submission === undefined) throw new Error(`审评会 ${meetingId} 中没有审评项目 ${submissionId}`);
      return work({ data, submission, snapshot: reviewSnapshotFor(data, submission) });
    },
  );

/** Refuses a change outside the phases that allow it, naming the phase the submission is in. */
export const requirePhase = (submission: Submission, allowed: readonly Submission['phase'][], what: string): void => {
  if (!allowed.includes(submission.phase)) {
    throw new Error(`《${submission.standardName}》处于「${phaseLabels[submission.phase]}」阶段，不能${what}`);
  }
};
