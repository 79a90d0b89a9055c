import type { Criterion } from '../model/rubric.js';
import type { CriterionScore } from '../model/score-sheet.js';

/** An expert's points on one sheet, over the rubric's criteria (a score for any other criterion counts for nothing). */
export type SheetTotal = {
  /** The scores given so far, added up: what the sheet shows while it is being filled in. */
  points: number;
  /** Every criterion has a score. Only then are `points` the expert's total, as the engine aggregates it and the documents print it. */
  complete: boolean;
};

export const sheetTotal = (rubric: { criteria: readonly Pick<Criterion, 'id'>[] }, scores: readonly Pick<CriterionScore, 'criterionId' | 'score'>[]): SheetTotal => {
  let points = 0;
  let complete = true;
  for (const criterion of rubric.criteria) {
    const score = scores.find((entry) => entry.criterionId === criterion.id)?.score ?? null;
    if (score === null) complete = false;
    else points += score;
  }
  return { points, complete };
};

/** The most points a sheet of this rubric can total. */
export const rubricMaxTotal = (rubric: { criteria: readonly Pick<Criterion, 'maxPoints'>[] }): number => rubric.criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
