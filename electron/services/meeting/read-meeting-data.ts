import { inPackageOrder } from '../../../shared/materials/material-order.js';
import { byPanelOrder, type MeetingData } from '../../../shared/meeting/meeting-data.js';
import type { MeetingTx } from './meeting-store.js';

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

/** The whole meeting as every screen reads it; call inside `store.read` or `store.write`. */
export const readMeetingData = (tx: MeetingTx, meetingId: string): MeetingData | null => {
  const meeting = tx.meetings.get(meetingId);
  if (meeting === undefined) return null;
  return {
    meeting,
    experts: tx.experts.list(meetingId).sort(byPanelOrder),
    submissions: tx.submissions.list(meetingId).sort(byId),
    materials: inPackageOrder(tx.materials.list(meetingId)),
    pledges: tx.pledges.list(meetingId),
    recusals: tx.recusals.list(meetingId),
    scoreSheets: tx.scoreSheets.list(meetingId),
    comments: tx.comments.list(meetingId).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    verdicts: tx.verdicts.list(meetingId).sort((a, b) => a.versionNo - b.versionNo),
  };
};

/**
 * The part of a meeting one submission's rules look at: the panel and pledges, and that submission's
 * materials, recusals, sheets, comments and verdicts. What a hot write (a draft saved every few
 * seconds) reads, instead of every sheet of the meeting.
 */
export const readSubmissionData = (tx: MeetingTx, meetingId: string, submissionId: string): MeetingData | null => {
  const meeting = tx.meetings.get(meetingId);
  const submission = tx.submissions.get(meetingId, submissionId);
  if (meeting === undefined || submission === undefined) return null;
  const of = { submissionId };
  return {
    meeting,
    experts: tx.experts.list(meetingId).sort(byPanelOrder),
    submissions: [submission],
    materials: inPackageOrder(tx.materials.list(meetingId, of)),
    pledges: tx.pledges.list(meetingId),
    recusals: tx.recusals.list(meetingId, of),
    scoreSheets: tx.scoreSheets.list(meetingId, of),
    comments: tx.comments.list(meetingId, of).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    verdicts: tx.verdicts.list(meetingId, of).sort((a, b) => a.versionNo - b.versionNo),
  };
};
