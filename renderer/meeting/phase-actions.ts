import { checkTransition } from '../../shared/engine/lifecycle.js';
import { reviewSnapshotFor } from '../../shared/meeting/meeting-data.js';
import type { ReviewPhase } from '../../shared/model/phase.js';
import { recordAudit } from '../db/audit.js';
import { database } from '../state/database.js';
import { readMeeting } from './use-meeting.js';

/**
 * Moves one submission to its next phase when the engine's guards allow it, checked against the data
 * inside the same transaction that writes the phase and its audit entry. Throws the refusal in Chinese.
 */
export const advancePhase = async (meetingId: string, submissionId: string, to: ReviewPhase, actor: string): Promise<void> => {
  await database.transaction('rw', [...database.tables], async () => {
    const data = await readMeeting(database, meetingId);
    const submission = data?.submissions.find((s) => s.id === submissionId);
    if (data === null || data === undefined || submission === undefined) throw new Error(`找不到审评项目 ${submissionId}`);
    const check = checkTransition(reviewSnapshotFor(data, submission), to);
    if (!check.allowed) throw new Error(check.reasons.join('；'));
    await database.submissions.update([meetingId, submissionId], { phase: to });
    await recordAudit(database, {
      meetingId,
      submissionId,
      actor,
      action: 'submission.phase',
      at: new Date().toISOString(),
      details: { from: submission.phase, to },
    });
  });
};
