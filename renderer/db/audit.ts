import { auditEventSchema, type AuditEvent } from '../../shared/model/audit-event.js';
import type { WorkstationDatabase } from './database.js';

export type AuditInput = Omit<AuditEvent, 'id'>;

/**
 * Appends one entry to the audit trail. Call it inside the transaction that makes the change
 * (with `auditLog` among its tables) so the change and its record land together or not at all.
 * Throws the zod error when the event is malformed, which aborts that transaction too.
 */
export const recordAudit = async (db: WorkstationDatabase, event: AuditInput): Promise<AuditEvent> => {
  const entry = auditEventSchema.parse({ ...event, id: crypto.randomUUID() });
  await db.auditLog.add(entry);
  return entry;
};
