import { seedMeetingId } from '../../e2e/support/seed-meeting.js';
import { passingScores } from '../../host/support/review-over-contract.js';
import { drawnSignature } from '../../support/verdict-host.js';
import type { ScoreSheet, ScoreSheetContent } from '../../../shared/model/score-sheet.js';
import { valueOf, type ExpertDevice } from './expert-client.js';

/** The seed meeting's S01, scored from an expert's own device as the expert app does it. */
export const sheetKey = (expertId: string, submissionId = 'S01') => ({ meetingId: seedMeetingId, submissionId, expertId });

export const openSheet = async (device: ExpertDevice, submissionId = 'S01'): Promise<ScoreSheet> =>
  valueOf<{ sheet: ScoreSheet }>(await device.call('sheet.open', sheetKey(device.expertId, submissionId)), `sheet.open by ${device.expertId}`).sheet;

/** A passing draft, its opinion naming `round` so each save differs from the last. */
export const passingDraft = (blank: ScoreSheetContent, round = 1): ScoreSheetContent => ({
  ...blank,
  scores: blank.scores.map((entry, i) => ({ ...entry, score: passingScores[i] ?? null })),
  recommendation: 'pass',
  opinion: `标准技术内容总体合理（第 ${round} 稿）。`,
});

export const saveDraftArgs = (expertId: string, content: ScoreSheetContent, submissionId = 'S01') => ({ ...sheetKey(expertId, submissionId), content, comments: [] });

export const submitArgs = (expertId: string, submissionId = 'S01') => ({ ...sheetKey(expertId, submissionId), reason: '', signatureImage: drawnSignature });
