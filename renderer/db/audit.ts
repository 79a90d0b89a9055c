import type { AuditRecord } from '../../shared/meeting/audit-actions.js';
import { auditEventSchema, type AuditEvent } from '../../shared/model/audit-event.js';
import type { WorkstationDatabase } from './database.js';

/** An entry as written: only actions the catalogue lists, each with its own detail fields, so every one has a label. */
export type AuditInput = Omit<AuditEvent, 'id' | 'action' | 'details'> & AuditRecord;

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
