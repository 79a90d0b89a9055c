import { z } from 'zod';
import { bilingualNameSchema, fractionSchema } from './common.js';
import { recommendationSchema } from './recommendation.js';
import { reviewTypeSchema } from './review-type.js';

/** A criterion's guidance and checkpoints in English, one checkpoint for each Chinese one. */
export const criterionEnglishSchema = z.object({
  guidance: z.string().trim().min(1, '评审要素须有英文评审要点说明'),
  checkpoints: z.array(z.string().trim().min(1)).min(1, '评审要素至少要有一个英文检查项'),
});
export type CriterionEnglish = z.infer<typeof criterionEnglishSchema>;

export const criterionSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, '评审要素 id 只能用小写字母、数字和连字符'),
    name: bilingualNameSchema,
    maxPoints: z.int().positive(),
    /** What the expert asks about this criterion, in Chinese, shown beside the score input. */
    guidance: z.string().trim().min(1, '评审要素须有评审要点说明'),
    checkpoints: z.array(z.string().trim().min(1)).min(1, '评审要素至少要有一个检查项'),
    /**
     * The guidance and checkpoints in English. Every built-in rubric has them; a bureau's package may
     * leave them out, and the English interface then shows the Chinese as the package wrote it.
     */
    en: criterionEnglishSchema.optional(),
    /** An expert may veto on this criterion (e.g. conflicts with a mandatory standard), with a reason. */
    vetoable: z.boolean(),
  })
  .refine((c) => c.en === undefined || c.en.checkpoints.length === c.checkpoints.length, {
    message: '英文检查项须与中文检查项一一对应',
    path: ['en', 'checkpoints'],
  });
export type Criterion = z.infer<typeof criterionSchema>;

export const rubricSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, '评分表 id 只能用小写字母、数字和连字符'),
    version: z.int().positive(),
    name: bilingualNameSchema,
    reviewType: reviewTypeSchema,
    criteria: z.array(criterionSchema).min(1, '评分表至少要有一个评审要素'),
    /** Periodic review needs no points: criteria may then be left unscored. */
    scoresRequired: z.boolean(),
    /** The panel outcome when the chair upholds a veto. */
    vetoOutcome: recommendationSchema,
  })
  .refine((r) => new Set(r.criteria.map((c) => c.id)).size === r.criteria.length, {
    message: '评审要素 id 不能重复',
    path: ['criteria'],
  });
export type Rubric = z.infer<typeof rubricSchema>;

/** A rubric the workstation ships: every criterion speaks both languages. */
export type BuiltinRubric = Omit<Rubric, 'criteria'> & { criteria: (Criterion & { en: CriterionEnglish })[] };

/** The check a built-in rubric passes: a package's rubric, with the English of every criterion required. */
export const builtinRubricSchema = rubricSchema.superRefine((rubric, context) => {
  rubric.criteria.forEach((criterion, index) => {
    if (criterion.en === undefined) context.addIssue({ code: 'custom', path: ['criteria', index, 'en'], message: '内置评分表的评审要素须有英文评审要点和检查项' });
  });
});

export const aggregationMethodSchema = z.enum(['trimmed-mean', 'mean', 'median']);
export type AggregationMethod = z.infer<typeof aggregationMethodSchema>;

/** Every number of DESIGN.md section 2 as data a review package may override. */
export const reviewRulesSchema = z.object({
  /** Fewer eligible voters than this is no quorum. */
  minVoters: z.int().positive(),
  /** Share of eligible voters whose approval carries the decision (3/4). */
  passRatio: fractionSchema,
  /** Technical review: share of outright 通过 votes needed for 通过 rather than 修改后通过 (3/4). */
  fullPassRatio: fractionSchema,
  /** Minimum aggregate total; null when the review needs no points (periodic review). */
  minTotal: z.int().nonnegative().nullable(),
  aggregation: z.object({
    method: aggregationMethodSchema,
    /** The trimmed mean drops one highest and one lowest only from this many scores up (5). */
    trimFrom: z.int().min(3),
  }),
  dispersion: z.object({
    /** Flag when max − min exceeds this share of the criterion's max points (3/10). */
    range: fractionSchema,
    /** Flag when one score differs from the median of the others by more than this share (1/4). */
    fromMedian: fractionSchema,
  }),
  justification: z.object({
    /** A score at or below this share of the max points needs a written justification (1/4). */
    bottom: fractionSchema,
    /** A score at or above max minus this share needs a written justification (1/10). */
    top: fractionSchema,
  }),
});
export type ReviewRules = z.infer<typeof reviewRulesSchema>;
