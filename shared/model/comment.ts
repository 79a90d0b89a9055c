import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';

/** 一般 / 技术 / 编辑, as in the ISO/IEC commenting template (ge / te / ed). */
export const commentTypeSchema = z.enum(['general', 'technical', 'editorial']);
export type CommentType = z.infer<typeof commentTypeSchema>;

/** 采纳 / 部分采纳 / 未采纳 / 备注, filled in by the drafting group in the comment table. */
export const commentResolutionSchema = z.enum(['accepted', 'partially-accepted', 'rejected', 'noted']);
export type CommentResolution = z.infer<typeof commentResolutionSchema>;

export const reviewCommentSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  submissionId: idSchema,
  expertId: idSchema,
  /** 章条编号 such as "6.2.3", "表 2", "前言". */
  clause: z.string().trim().min(1, '章条编号不能为空'),
  type: commentTypeSchema,
  text: z.string().trim().min(1, '意见内容不能为空'),
  proposedChange: z.string(),
  resolution: commentResolutionSchema.nullable(),
  resolutionNote: z.string(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type ReviewComment = z.infer<typeof reviewCommentSchema>;
