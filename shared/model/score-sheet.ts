import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';
import { recommendationSchema } from './recommendation.js';

export { recommendationSchema, type Recommendation } from './recommendation.js';

export const criterionScoreSchema = z.object({
  criterionId: z.string().min(1),
  /** Whole points 0..max; null while unscored (allowed only where the rubric needs no points). */
  score: z.int().nonnegative().nullable(),
  justification: z.string(),
});
export type CriterionScore = z.infer<typeof criterionScoreSchema>;

export const vetoSchema = z.object({
  criterionId: z.string().min(1),
  reason: z.string(),
});
export type Veto = z.infer<typeof vetoSchema>;

/** What an expert fills in; the same shape for the working draft and for every submitted version. */
export const scoreSheetContentSchema = z.object({
  scores: z.array(criterionScoreSchema),
  veto: vetoSchema.nullable(),
  recommendation: recommendationSchema.nullable(),
  /** Overall opinion in the expert's own words. */
  opinion: z.string(),
});
export type ScoreSheetContent = z.infer<typeof scoreSheetContentSchema>;

/** A submitted state of a sheet: version 1 is the preliminary score, the last one is final. */
export const scoreSheetVersionSchema = scoreSheetContentSchema.extend({
  versionNo: z.int().positive(),
  submittedAt: timestampSchema,
  recommendation: recommendationSchema,
  /**
   * The signature the expert drew when submitting this version (a PNG data URL), never a copy of
   * another one. Null for a sheet signed on paper; absent on versions stored before sheets were signed.
   */
  signatureImage: z.string().startsWith('data:image/png;base64,', '评分表签名须为 PNG 图像').nullable().optional(),
  /**
   * `secretary` for a version the secretary entered from the expert's signed paper sheet (代录), which
   * carries no drawn signature; absent for a version the expert submitted themselves.
   */
  enteredBy: z.literal('secretary').optional(),
});
export type ScoreSheetVersion = z.infer<typeof scoreSheetVersionSchema>;

export const scoreSheetStatusSchema = z.enum(['draft', 'submitted']);
export type ScoreSheetStatus = z.infer<typeof scoreSheetStatusSchema>;

/** One expert's sheet for one submission; versions are only ever appended, never changed. */
export const scoreSheetSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  submissionId: idSchema,
  expertId: idSchema,
  rubricId: z.string().min(1),
  /** `draft` until first submitted; `submitted` once a version exists, even while a revision is being drafted. */
  status: scoreSheetStatusSchema,
  draft: scoreSheetContentSchema,
  versions: z.array(scoreSheetVersionSchema),
  updatedAt: timestampSchema,
});
export type ScoreSheet = z.infer<typeof scoreSheetSchema>;
