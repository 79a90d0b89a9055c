import type { Recommendation } from '../model/recommendation.js';
import type { ReviewType } from '../model/review-type.js';

/** The choices an expert has, and the outcomes a panel can reach, per review type. */
export const recommendationsByType: Readonly<Record<ReviewType, readonly Recommendation[]>> = {
  technical: ['pass', 'pass-with-revisions', 'fail'],
  initiation: ['initiate', 'not-initiate'],
  periodic: ['confirm', 'revise', 'withdraw'],
};

/** Outcomes that leave nothing to revise: a project not initiated, a standard withdrawn. */
const closingOutcomes: readonly Recommendation[] = ['not-initiate', 'withdraw'];

/** Whether a panel outcome can come with revision requirements (修改要求); no outcome yet may. */
export const takesRevisionRequirements = (outcome: Recommendation | null): boolean => outcome === null || !closingOutcomes.includes(outcome);
