import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';
import { reviewTypeSchema } from './review-type.js';
import { reviewRulesSchema, rubricSchema } from './rubric.js';
import { timeZoneSchema } from './time-zone.js';

export { reviewTypeSchema, type ReviewType } from './review-type.js';

/** Mirrors `meeting` of the `.zzpkg` manifest; `rubric`/`rules` null means the built-in ones for the review type. */
export const meetingSchema = z.object({
  id: idSchema,
  /** The review package the meeting came from; null for a meeting set up by hand. */
  packageId: z.string().min(1).nullable(),
  title: z.string().trim().min(1, '会议名称不能为空'),
  reviewType: reviewTypeSchema,
  startsAt: timestampSchema,
  /** IANA zone every time of the meeting is shown and printed in; absent means Asia/Shanghai (see shared/meeting/meeting-time-zone.ts). */
  timeZone: timeZoneSchema.optional(),
  venue: z.string(),
  organizer: z.string(),
  rubric: rubricSchema.nullable(),
  rules: reviewRulesSchema.nullable(),
});
export type Meeting = z.infer<typeof meetingSchema>;
