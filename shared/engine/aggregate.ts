import type { CriterionAggregate, SubmissionAggregate } from '../model/aggregate.js';
import type { ReviewRules, Rubric } from '../model/rubric.js';
import { type ExpertScores, scoreOf } from './final-scores.js';
import type { Rational } from './rational.js';
import { sheetTotal } from './sheet-total.js';
import { summarize } from './statistics.js';

export type AggregateResult = { aggregate: SubmissionAggregate; exactTotal: Rational | null };

/**
 * Per-criterion statistics, and the aggregate total as the aggregation of each expert's total
 * (not the sum of criterion aggregates, which is reported beside it). Only fully scored sheets have a total.
 */
export const aggregateScores = (rubric: Rubric, rules: ReviewRules, sheets: readonly ExpertScores[]): AggregateResult => {
  const totals: number[] = [];
  const perCriterion: number[][] = rubric.criteria.map(() => []);
  for (const sheet of sheets) {
    for (const [index, criterion] of rubric.criteria.entries()) {
      const score = scoreOf(sheet, criterion.id);
      if (score !== null) perCriterion[index]?.push(score);
    }
    const total = sheetTotal(rubric, sheet.scores);
    if (total.complete) totals.push(total.points);
  }

  const criteria: CriterionAggregate[] = rubric.criteria.map((criterion, index) => {
    const scores = perCriterion[index] ?? [];
    return { criterionId: criterion.id, stats: scores.length === 0 ? null : summarize(scores, rules.aggregation).stats };
  });
  let sumOfCriteria: number | null = 0;
  for (const c of criteria) sumOfCriteria = c.stats === null || sumOfCriteria === null ? null : sumOfCriteria + c.stats.value;

  const total = totals.length === 0 ? null : summarize(totals, rules.aggregation);
  return {
    aggregate: { criteria, total: total?.stats ?? null, sumOfCriteria },
    exactTotal: total?.exact ?? null,
  };
};
