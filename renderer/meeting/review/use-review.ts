import { type ReviewSnapshot } from '../../../shared/engine/review-snapshot.js';
import { type MeetingData, reviewSnapshotFor } from '../../../shared/meeting/meeting-data.js';
import type { Submission } from '../../../shared/model/submission.js';
import { useMeeting } from '../use-meeting.js';

export type ReviewView =
  | { state: 'loading' }
  | { state: 'missing'; what: string }
  | { state: 'ready'; data: MeetingData; submission: Submission; snapshot: ReviewSnapshot };

/** One submission's review from the live meeting snapshot, for the screens at `#/meetings/<id>/<screen>/<submissionId>`. */
export const useReview = (meetingId: string, submissionId: string): ReviewView => {
  const data = useMeeting(meetingId);
  if (data === undefined) return { state: 'loading' };
  if (data === null) return { state: 'missing', what: meetingId };
  const submission = data.submissions.find((s) => s.id === submissionId);
  if (submission === undefined) return { state: 'missing', what: submissionId };
  return { state: 'ready', data, submission, snapshot: reviewSnapshotFor(data, submission) };
};
