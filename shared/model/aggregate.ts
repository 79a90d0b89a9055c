import { z } from 'zod';
import { aggregationMethodSchema } from './rubric.js';

/** Statistics of one set of scores; `value` is the aggregate the rules chose (trimmed mean, mean or median). */
export const scoreStatsSchema = z.object({
  count: z.int().nonnegative(),
  method: aggregationMethodSchema,
  value: z.number(),
  mean: z.number(),
  trimmedMean: z.number().nullable(),
  median: z.number(),
  min: z.number(),
  max: z.number(),
  stdDev: z.number(),
});
export type ScoreStats = z.infer<typeof scoreStatsSchema>;

export const criterionAggregateSchema = z.object({
  criterionId: z.string().min(1),
  stats: scoreStatsSchema.nullable(),
});
export type CriterionAggregate = z.infer<typeof criterionAggregateSchema>;

/** The aggregate total aggregates the experts' totals; the sum of criterion aggregates is shown beside it. */
export const submissionAggregateSchema = z.object({
  criteria: z.array(criterionAggregateSchema),
  total: scoreStatsSchema.nullable(),
  sumOfCriteria: z.number().nullable(),
});
export type SubmissionAggregate = z.infer<typeof submissionAggregateSchema>;
