import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';

/** An expert's signed 公正性声明及保密承诺; required before scoring. */
export const pledgeSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  expertId: idSchema,
  /** The exact pledge wording signed, so a later change of template does not rewrite history. */
  text: z.string().trim().min(1, '承诺书内容不能为空'),
  signedAt: timestampSchema,
  /** Handwritten signature as a PNG data URL, when drawn on screen. */
  signatureImage: z.string().nullable(),
});
export type Pledge = z.infer<typeof pledgeSchema>;
