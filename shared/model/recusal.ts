import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';

/** `flagged` by detection or declaration, then `confirmed` or `dismissed` by the chair. */
export const recusalStatusSchema = z.enum(['flagged', 'confirmed', 'dismissed']);
export type RecusalStatus = z.infer<typeof recusalStatusSchema>;

export const recusalSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  submissionId: idSchema,
  expertId: idSchema,
  source: z.enum(['detected', 'declared']),
  /** For a declared conflict: the expert themselves, or the chair who declared it for them. */
  declaredBy: idSchema.optional(),
  /** Why, in Chinese, as the minutes will say it. */
  reason: z.string().trim().min(1, '回避理由不能为空'),
  status: recusalStatusSchema,
  flaggedAt: timestampSchema,
  /** Expert id of the chair who confirmed or dismissed. */
  decidedBy: z.string().nullable(),
  decidedAt: timestampSchema.nullable(),
  /** The chair's reason for confirming or dismissing, in Chinese, as the minutes quote it; absent while flagged. */
  decisionNote: z.string().trim().min(1, '回避决定须写明理由').optional(),
});
export type Recusal = z.infer<typeof recusalSchema>;
