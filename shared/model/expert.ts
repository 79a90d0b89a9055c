import { z } from 'zod';
import { idSchema } from './common.js';

export const expertRoleSchema = z.enum(['chair', 'vice-chair', 'member']);
export type ExpertRole = z.infer<typeof expertRoleSchema>;

/** One panel member of one meeting; mirrors `panel[]` of the `.zzpkg` manifest plus attendance. */
export const expertSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  name: z.string().trim().min(1, '专家姓名不能为空'),
  organization: z.string().trim().min(1, '专家所在单位不能为空'),
  title: z.string(),
  field: z.string(),
  role: expertRoleSchema,
  /** Other organisations the expert declared (former employers, part-time posts, abbreviations). */
  affiliations: z.array(z.string()),
  /** Only experts present at the meeting count towards quorum and vote. */
  present: z.boolean(),
});
export type Expert = z.infer<typeof expertSchema>;
