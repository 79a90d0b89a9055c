import type { Rubric } from '../model/rubric.js';
import type { CriterionScore } from '../model/score-sheet.js';

/**
 * Whether the panel's scores are worth statistics and a dispersion check: always where the rubric
 * asks for points; where scoring is optional (复审), only once some expert scored a criterion after
 * all. Without a score the aggregate rows would be all 「—」 and the divergence check has nothing to weigh.
 */
export const hasPanelScores = (rubric: Pick<Rubric, 'scoresRequired'>, sheets: readonly { scores: readonly Pick<CriterionScore, 'score'>[] }[]): boolean =>
  rubric.scoresRequired || sheets.some((sheet) => sheet.scores.some((entry) => entry.score !== null));
