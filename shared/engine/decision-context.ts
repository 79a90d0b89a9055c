import type { AggregationMethod, ReviewRules } from '../model/rubric.js';
import type { Recommendation } from '../model/recommendation.js';
import { oneDecimal } from './one-decimal.js';
import { type Rational, rationalAtLeast } from './rational.js';
import type { Tally } from './tally.js';

/** What a review type's decision rule reads once quorum and veto have been dealt with. */
export type DecisionContext = {
  eligible: number;
  tally: Tally;
  rules: ReviewRules;
  exactTotal: Rational | null;
  totalMethod: AggregationMethod | null;
};

export type Decision = { outcome: Recommendation; explanation: string };

export const comparison = (ok: boolean): string => (ok ? '≥' : '<');

/** Whether the aggregate total meets `minTotal`, and the clause that says so (empty when no points are needed). */
export const totalCheck = (context: DecisionContext): { ok: boolean; clause: string } => {
  const { minTotal } = context.rules;
  if (minTotal === null) return { ok: true, clause: '' };
  if (context.exactTotal === null) return { ok: false, clause: `无完整评分，总分无法达到 ${minTotal}` };
  const ok = rationalAtLeast(context.exactTotal, minTotal);
  const label = context.totalMethod === 'median' ? '总分中位数' : '平均总分';
  return { ok, clause: `${label} ${oneDecimal(context.exactTotal)}（${comparison(ok)}${minTotal}）` };
};
