import type { Recommendation } from '../model/recommendation.js';

export type Tally = Readonly<Partial<Record<Recommendation, number>>>;

export const tallyOf = (recommendations: readonly Recommendation[]): Tally => {
  const tally: Partial<Record<Recommendation, number>> = {};
  for (const r of recommendations) tally[r] = (tally[r] ?? 0) + 1;
  return tally;
};

export const countOf = (tally: Tally, recommendation: Recommendation): number => tally[recommendation] ?? 0;
