import type { AggregationMethod, ReviewRules } from '../model/rubric.js';
import type { Recommendation } from '../model/recommendation.js';
import { type EngineMessage, engineMessage } from './engine-message.js';
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

/** The outcome and the clauses of the rule that lead to it, in order. */
export type Decision = { outcome: Recommendation; clauses: EngineMessage[] };

export const comparison = (ok: boolean): string => (ok ? '≥' : '<');

/** Whether the aggregate total meets `minTotal`, and the clause that says so (none when no points are needed). */
export const totalCheck = (context: DecisionContext): { ok: boolean; clauses: EngineMessage[] } => {
  const { minTotal } = context.rules;
  if (minTotal === null) return { ok: true, clauses: [] };
  if (context.exactTotal === null) return { ok: false, clauses: [engineMessage('outcome.noCompleteScores', { min: minTotal })] };
  const ok = rationalAtLeast(context.exactTotal, minTotal);
  const params = { total: oneDecimal(context.exactTotal), comparison: comparison(ok), min: minTotal };
  return { ok, clauses: [engineMessage(context.totalMethod === 'median' ? 'outcome.medianTotal' : 'outcome.meanTotal', params)] };
};
