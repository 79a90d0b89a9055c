import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';

/** Append-only trail of who did what; `details` holds the action's own data (ids, old and new values). */
export const auditEventSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  submissionId: z.string().nullable(),
  /** Expert id, or "secretary" for the workstation operator. */
  actor: z.string().min(1),
  action: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/, '操作名称须形如 score-sheet.submit'),
  at: timestampSchema,
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
