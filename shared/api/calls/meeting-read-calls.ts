import { z } from 'zod';
import { auditEventSchema } from '../../model/audit-event.js';
import { meetingSchema } from '../../model/meeting.js';
import { outboxEntrySchema } from '../../sync/outbox-entry.js';
import type { CallScope } from '../caller.js';
import { meetingDataSchema, meetingIdArgs } from './meeting-schemas.js';

const both: readonly CallScope[] = ['workstation', 'expert'];

export const auditChainSchema = z.discriminatedUnion('intact', [
  z.object({ intact: z.literal(true), entries: z.int().nonnegative(), head: z.string() }),
  z.object({ intact: z.literal(false), entries: z.int().nonnegative(), seq: z.int().positive(), reason: z.string() }),
]);

/** Reading meetings from the host, their one authority; every screen re-reads when `/api/events` says one changed. */
export const meetingReadCalls = {
  'meetings.list': { args: z.object({}).strict(), result: z.array(meetingSchema) },
  /** Null when no such meeting exists. Sheets and comments come sealed as the engine's blind-scoring rules require. */
  'meeting.read': { args: meetingIdArgs, result: meetingDataSchema.nullable(), scopes: both },
  'meeting.audit': { args: meetingIdArgs, result: z.array(auditEventSchema) },
  'audit.verify': { args: z.object({}).strict(), result: auditChainSchema },
  'outbox.list': { args: z.object({}).strict(), result: z.array(outboxEntrySchema) },
} as const;
