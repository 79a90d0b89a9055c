import type { Recommendation } from '../model/recommendation.js';
import type { ReviewType } from '../model/review-type.js';

/** The choices an expert has, and the outcomes a panel can reach, per review type. */
export const recommendationsByType: Readonly<Record<ReviewType, readonly Recommendation[]>> = {
  technical: ['pass', 'pass-with-revisions', 'fail'],
  initiation: ['initiate', 'not-initiate'],
  periodic: ['confirm', 'revise', 'withdraw'],
};
