import { inPackageOrder } from '../../../shared/materials/material-order.js';
import { byPanelOrder, type MeetingData } from '../../../shared/meeting/meeting-data.js';
import type { MeetingTx } from './meeting-store.js';
import type { RowFilter } from './scoped-table.js';

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

/** The order the store lists rows in (SQLite's binary order of ids), for rows gathered from more than one listing. */
const byStoredOrder = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The rows that belong to one submission or another; what a change to one submission can change. */
type SubmissionRows = Pick<MeetingData, 'materials' | 'recusals' | 'scoreSheets' | 'comments' | 'verdicts'>;

const listRows = (tx: MeetingTx, meetingId: string, filter?: RowFilter): SubmissionRows => ({
  materials: tx.materials.list(meetingId, filter),
  recusals: tx.recusals.list(meetingId, filter),
  scoreSheets: tx.scoreSheets.list(meetingId, filter),
  comments: tx.comments.list(meetingId, filter),
  verdicts: tx.verdicts.list(meetingId, filter),
});

/** Rows in store order, placed as every screen expects them. */
const arranged = (rows: SubmissionRows): SubmissionRows => ({
  materials: inPackageOrder(rows.materials),
  recusals: rows.recusals,
  scoreSheets: rows.scoreSheets,
  comments: [...rows.comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  verdicts: [...rows.verdicts].sort((a, b) => a.versionNo - b.versionNo),
});

/** The whole meeting as every screen reads it; call inside `store.read` or `store.write`. */
export const readMeetingData = (tx: MeetingTx, meetingId: string): MeetingData | null => {
  const meeting = tx.meetings.get(meetingId);
  if (meeting === undefined) return null;
  return {
    meeting,
    experts: tx.experts.list(meetingId).sort(byPanelOrder),
    submissions: tx.submissions.list(meetingId).sort(byId),
    pledges: tx.pledges.list(meetingId),
    ...arranged(listRows(tx, meetingId)),
  };
};

/**
 * `data` with the rows of `submissionIds` read again and everything else kept: exactly what
 * `readMeetingData` would give when only those submissions' rows changed since `data` was read.
 */
export const rereadSubmissions = (tx: MeetingTx, data: MeetingData, submissionIds: ReadonlySet<string>): MeetingData => {
  const fresh = [...submissionIds].map((submissionId) => listRows(tx, data.meeting.id, { submissionId }));
  const merged = <T extends { id: string; submissionId: string }>(kept: readonly T[], reread: (rows: SubmissionRows) => readonly T[]): T[] =>
    [...kept.filter((row) => !submissionIds.has(row.submissionId)), ...fresh.flatMap(reread)].sort(byStoredOrder);
  return {
    ...data,
    ...arranged({
      materials: merged(data.materials, (rows) => rows.materials),
      recusals: merged(data.recusals, (rows) => rows.recusals),
      scoreSheets: merged(data.scoreSheets, (rows) => rows.scoreSheets),
      comments: merged(data.comments, (rows) => rows.comments),
      verdicts: merged(data.verdicts, (rows) => rows.verdicts),
    }),
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
  return {
    meeting,
    experts: tx.experts.list(meetingId).sort(byPanelOrder),
    submissions: [submission],
    pledges: tx.pledges.list(meetingId),
    ...arranged(listRows(tx, meetingId, { submissionId })),
  };
};
