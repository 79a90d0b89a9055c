import type { CriterionScore } from '../model/score-sheet.js';

/** One eligible expert's final scores for one submission, as aggregation and dispersion read them. */
export type ExpertScores = { expertId: string; scores: readonly CriterionScore[] };

export const scoreOf = (sheet: ExpertScores, criterionId: string): number | null => {
  for (const entry of sheet.scores) if (entry.criterionId === criterionId) return entry.score;
  return null;
};
