import type { ScoreStats } from '../model/aggregate.js';
import type { AggregationMethod, ReviewRules } from '../model/rubric.js';
import type { Rational } from './rational.js';

const ascending = (a: number, b: number): number => a - b;

export type Summary = { stats: ScoreStats; exact: Rational };

/**
 * Statistics of whole-point scores (at least one). The trimmed mean drops one highest and one lowest
 * score and exists only from `trimFrom` scores up; below that the aggregate falls back to the mean.
 * The standard deviation is the population one: the panel is the whole population, not a sample.
 */
export const summarize = (scores: readonly number[], aggregation: ReviewRules['aggregation']): Summary => {
  const count = scores.length;
  if (count === 0) throw new RangeError('summarize 需要至少一个分数');
  const sorted = [...scores].sort(ascending);
  const min = sorted[0] as number;
  const max = sorted[count - 1] as number;
  let sum = 0;
  for (const s of sorted) sum += s;
  const mean = sum / count;
  let squares = 0;
  for (const s of sorted) squares += (s - mean) * (s - mean);

  const half = Math.floor(count / 2);
  const medianExact: Rational =
    count % 2 === 1
      ? { numerator: sorted[half] as number, denominator: 1 }
      : { numerator: (sorted[half - 1] as number) + (sorted[half] as number), denominator: 2 };
  const trimmedExact: Rational | null =
    count >= aggregation.trimFrom ? { numerator: sum - min - max, denominator: count - 2 } : null;

  let method: AggregationMethod = aggregation.method;
  let exact: Rational = { numerator: sum, denominator: count };
  if (method === 'median') exact = medianExact;
  else if (method === 'trimmed-mean' && trimmedExact !== null) exact = trimmedExact;
  else method = 'mean';

  return {
    exact,
    stats: {
      count,
      method,
      value: exact.numerator / exact.denominator,
      mean,
      trimmedMean: trimmedExact === null ? null : trimmedExact.numerator / trimmedExact.denominator,
      median: medianExact.numerator / medianExact.denominator,
      min,
      max,
      stdDev: Math.sqrt(squares / count),
    },
  };
};
