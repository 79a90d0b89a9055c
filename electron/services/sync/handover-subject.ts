import type { OutboxEntry } from '../../../shared/sync/outbox-entry.js';
import { verdictFileName } from '../../../shared/sync/verdict-file.js';
import type { MeetingTx } from '../meeting/meeting-store.js';

export type HandoverSubject = { meetingTitle: string; standardName: string; proposedCode: string };

/** What the people handling a `.zzverdict` know the verdict by: its meeting and its standard, as the store has them. */
export const handoverSubject = (tx: MeetingTx, entry: OutboxEntry): HandoverSubject => {
  const submission = tx.submissions.get(entry.meetingId, entry.bundle.submissionId);
  return {
    meetingTitle: tx.meetings.get(entry.meetingId)?.title ?? '',
    standardName: submission?.standardName ?? '',
    proposedCode: submission?.proposedCode ?? '',
  };
};

export const handoverFileName = (subject: HandoverSubject, entry: OutboxEntry): string =>
  verdictFileName({
    meetingTitle: subject.meetingTitle,
    standard: subject.proposedCode || subject.standardName,
    fallback: entry.verdictId,
    versionNo: entry.versionNo,
  });
