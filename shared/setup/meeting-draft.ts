import { z } from 'zod';
import { sha256HexSchema } from '../model/common.js';
import { expertRoleSchema } from '../model/expert.js';
import { reviewTypeSchema } from '../model/review-type.js';
import { materialKindSchema, standardKindSchema } from '../model/submission.js';

/**
 * What the 「新建审评会」 form holds while the secretary types, and what it sends the host to create
 * the meeting: text as typed (checked by `validateMeetingDraft`), `key` only tells the form's rows apart.
 */
export const panelRowDraftSchema = z.object({
  key: z.string(),
  name: z.string(),
  organization: z.string(),
  title: z.string(),
  role: expertRoleSchema,
});
export type PanelRowDraft = z.infer<typeof panelRowDraftSchema>;

/** A file already copied into the content store by `materials.add`; its name becomes part of the material's path. */
export const materialDraftSchema = z.object({
  key: z.string(),
  kind: materialKindSchema,
  title: z.string(),
  fileName: z
    .string()
    .min(1, '文件名不能为空')
    .regex(/^[^/\\]+$/, '文件名不能含路径分隔符'),
  sha256: sha256HexSchema,
  bytes: z.int().nonnegative(),
  mediaType: z.string().min(1),
});
export type MaterialDraft = z.infer<typeof materialDraftSchema>;

export const submissionDraftSchema = z.object({
  key: z.string(),
  standardName: z.string(),
  proposedCode: z.string(),
  standardKind: standardKindSchema,
  leadDrafter: z.string(),
  coDrafters: z.array(z.string()),
  materials: z.array(materialDraftSchema),
});
export type SubmissionDraft = z.infer<typeof submissionDraftSchema>;

export const meetingDraftSchema = z.object({
  title: z.string(),
  reviewType: reviewTypeSchema,
  /** Local time as typed, e.g. `2026-11-28 09:30`; see `normalizeMeetingTime`. */
  startsAt: z.string(),
  venue: z.string(),
  organizer: z.string(),
  panel: z.array(panelRowDraftSchema),
  submissions: z.array(submissionDraftSchema),
});
export type MeetingDraft = z.infer<typeof meetingDraftSchema>;
