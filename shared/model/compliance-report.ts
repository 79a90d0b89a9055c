import { z } from 'zod';
import { ruleIds } from '../compliance/finding.js';
import { idSchema } from './common.js';

/** One finding of the pre-check as stored and sent; `message` keeps the engine's i18n code and params. */
export const storedFindingSchema = z.object({
  rule: z.enum(ruleIds),
  clause: z.string().optional(),
  page: z.int().positive().optional(),
  quote: z.string(),
  ruleText: z.string(),
  message: z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }),
  suggestion: z.string().optional(),
});
export type StoredFinding = z.infer<typeof storedFindingSchema>;

/**
 * The last pre-check of one submission's draft (issue 14), one per submission (its id is the
 * submission's). `problem` says in Chinese why the draft could not be read; then there are no findings.
 */
export const complianceReportSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  submissionId: idSchema,
  checkedAt: z.string(),
  /** The material read as the draft, and the 编制说明 read for its benchmarking table, if any. */
  draftMaterialId: idSchema.nullable(),
  /** The draft's content as read: a report of a draft since replaced (a re-import) is no longer shown. */
  draftSha256: z.string().nullable(),
  draftTitle: z.string(),
  noteMaterialId: idSchema.nullable(),
  findings: z.array(storedFindingSchema),
  problem: z.string().nullable(),
});
export type ComplianceReport = z.infer<typeof complianceReportSchema>;
