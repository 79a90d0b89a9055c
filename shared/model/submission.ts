import { z } from 'zod';
import { idSchema, sha256HexSchema } from './common.js';
import { reviewPhaseSchema } from './phase.js';

export const standardKindSchema = z.enum(['product', 'process', 'method', 'basic', 'service']);
export type StandardKind = z.infer<typeof standardKindSchema>;

export const materialKindSchema = z.enum([
  'draft',
  /** 立项申请书: what an initiation review reads in place of a draft. */
  'application',
  'explanation',
  'implementation-report',
  'comment-handling',
  'benchmark',
  'other',
]);
export type MaterialKind = z.infer<typeof materialKindSchema>;

/** One file of a submission; mirrors `submissions[].materials[]` of the manifest, stored as its own record. */
export const materialSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  submissionId: idSchema,
  kind: materialKindSchema,
  title: z.string().trim().min(1, '材料名称不能为空'),
  path: z.string().min(1),
  mediaType: z.string().min(1),
  bytes: z.int().nonnegative(),
  sha256: sha256HexSchema,
  /**
   * Where the material stands among its submission's materials, from 0, as the package or the manual
   * set-up listed them (送审稿 first). Records stored before it existed have none; see `inPackageOrder`.
   */
  position: z.int().nonnegative().optional(),
});
export type Material = z.infer<typeof materialSchema>;

/** Mirrors `submissions[]` of the manifest (materials are separate records) plus the review phase it is in. */
export const submissionSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  standardName: z.string().trim().min(1, '标准名称不能为空'),
  /** e.g. "T/ZZB 1234—2026"; free text because drafts use both dash forms. */
  proposedCode: z.string(),
  standardKind: standardKindSchema,
  leadDrafter: z.string().trim().min(1, '主要起草单位不能为空'),
  coDrafters: z.array(z.string()),
  /** Code of the standard this one revises, or the one under periodic review. */
  revisionOf: z.string().nullable(),
  phase: reviewPhaseSchema,
});
export type Submission = z.infer<typeof submissionSchema>;
