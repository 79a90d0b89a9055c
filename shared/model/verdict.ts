import { z } from 'zod';
import { idSchema, sha256HexSchema, timestampSchema } from './common.js';
import { submissionAggregateSchema } from './aggregate.js';
import { recommendationSchema } from './recommendation.js';
import { reviewTypeSchema } from './review-type.js';

export const voteSchema = z.object({
  expertId: idSchema,
  recommendation: recommendationSchema,
});
export type Vote = z.infer<typeof voteSchema>;

export const vetoRulingSchema = z.object({
  expertId: idSchema,
  criterionId: z.string().min(1),
  upheld: z.boolean(),
  note: z.string(),
  decidedAt: timestampSchema,
});
export type VetoRuling = z.infer<typeof vetoRulingSchema>;

/** 分歧说明: the chair's note that releases a dispersion flag without a revised score. */
export const reconciliationNoteSchema = z.object({
  criterionId: z.string().min(1),
  note: z.string().trim().min(1, '分歧说明不能为空'),
  recordedBy: idSchema,
  recordedAt: timestampSchema,
});
export type ReconciliationNote = z.infer<typeof reconciliationNoteSchema>;

export const dissentSchema = z.object({
  expertId: idSchema,
  text: z.string().trim().min(1, '不同意见内容不能为空'),
});
export type Dissent = z.infer<typeof dissentSchema>;

export const signatureSchema = z.object({
  expertId: idSchema,
  signedAt: timestampSchema,
  /** PNG data URL of the signature drawn on screen. */
  image: z.string().nullable(),
});
export type Signature = z.infer<typeof signatureSchema>;

/** The bureau's signed receipt for one verdict version (DESIGN.md section 5). */
export const bureauReceiptSchema = z.object({
  verdictId: idSchema,
  versionNo: z.int().positive(),
  sha256: sha256HexSchema,
  receivedAt: timestampSchema,
  seq: z.int().nonnegative(),
  signature: z.string().min(1),
});
export type BureauReceipt = z.infer<typeof bureauReceiptSchema>;

/**
 * The panel's decision on one submission. `draft` while vote and sign-off run; `final` is frozen.
 * A change after that is a new record with versionNo + 1 whose `supersedes` is the previous one's digest.
 */
export const verdictSchema = z.object({
  id: idSchema,
  /** Stable across amendments; `id` names one version. */
  verdictId: idSchema,
  meetingId: idSchema,
  submissionId: idSchema,
  versionNo: z.int().positive(),
  supersedes: sha256HexSchema.nullable(),
  status: z.enum(['draft', 'final']),
  reviewType: reviewTypeSchema,
  rubricId: z.string().min(1),
  outcome: recommendationSchema.nullable(),
  /** How the outcome follows from the rules, in Chinese, for the minutes. */
  explanation: z.string(),
  aggregate: submissionAggregateSchema,
  votes: z.array(voteSchema),
  recusedExpertIds: z.array(idSchema),
  vetoRulings: z.array(vetoRulingSchema),
  reconciliationNotes: z.array(reconciliationNoteSchema),
  conclusion: z.string(),
  revisionRequirements: z.array(z.string()),
  dissent: z.array(dissentSchema),
  signatures: z.array(signatureSchema),
  amendmentReason: z.string().nullable(),
  finalizedAt: timestampSchema.nullable(),
  finalizedBy: z.string().nullable(),
  receipt: bureauReceiptSchema.nullable(),
});
export type Verdict = z.infer<typeof verdictSchema>;
