import type { Expert } from '../model/expert.js';
import type { Recusal } from '../model/recusal.js';
import type { ScoreSheet, ScoreSheetVersion } from '../model/score-sheet.js';

export type Voter = { expert: Expert; final: ScoreSheetVersion };
export type Exclusion = { expertId: string; reason: 'absent' | 'recused' | 'not-submitted' };

export const isRecused = (recusals: readonly Recusal[], expertId: string, submissionId: string): boolean => {
  for (const r of recusals) if (r.expertId === expertId && r.submissionId === submissionId && r.status === 'confirmed') return true;
  return false;
};

/** The last submitted version is the final score; the first is the preliminary one. */
export const finalVersion = (sheet: ScoreSheet): ScoreSheetVersion | undefined => sheet.versions[sheet.versions.length - 1];

/**
 * Whether the expert has submitted the sheet at least once. Read from the status, which a client
 * still receives while the versions themselves are sealed from it (blind scoring).
 */
export const hasSubmitted = (sheet: ScoreSheet): boolean => sheet.status === 'submitted' || sheet.versions.length > 0;

/** Eligible voters are panel members who are present, not recused (chair-confirmed) and have submitted. */
export const eligibleVoters = (
  submissionId: string,
  experts: readonly Expert[],
  recusals: readonly Recusal[],
  sheets: readonly ScoreSheet[],
): { voters: Voter[]; excluded: Exclusion[] } => {
  const sheetByExpert = new Map<string, ScoreSheet>();
  for (const sheet of sheets) if (sheet.submissionId === submissionId) sheetByExpert.set(sheet.expertId, sheet);
  const voters: Voter[] = [];
  const excluded: Exclusion[] = [];
  for (const expert of experts) {
    const sheet = sheetByExpert.get(expert.id);
    const final = sheet === undefined ? undefined : finalVersion(sheet);
    if (!expert.present) excluded.push({ expertId: expert.id, reason: 'absent' });
    else if (isRecused(recusals, expert.id, submissionId)) excluded.push({ expertId: expert.id, reason: 'recused' });
    else if (final === undefined) excluded.push({ expertId: expert.id, reason: 'not-submitted' });
    else voters.push({ expert, final });
  }
  return { voters, excluded };
};
