import { z } from 'zod';
import { verdictBundleSchema } from '../bundle/verdict-bundle.js';
import { idSchema, sha256HexSchema, timestampSchema } from '../model/common.js';
import { bureauReceiptSchema } from '../model/verdict.js';

export const outboxStatusSchema = z.enum(['pending', 'held', 'delivered', 'failed']);
export type OutboxStatus = z.infer<typeof outboxStatusSchema>;

/**
 * One verdict version queued for the bureau, written in the transaction that finalises it.
 * `failed` is for a bundle the bureau refused for good (409, 422); transient errors stay `pending`
 * with a later `nextAttemptAt`. `held`: restored from a backup and waiting for the secretary to
 * confirm it before anything is signed or sent. `receipt` is set, and the status becomes
 * `delivered`, only once the bureau's receipt has been verified.
 */
export const outboxEntrySchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  verdictId: idSchema,
  versionNo: z.int().positive(),
  status: outboxStatusSchema,
  attempts: z.int().nonnegative(),
  /** ISO 8601 with offset, like every timestamp of the model, so it sorts as text. */
  nextAttemptAt: timestampSchema,
  lastError: z.string().nullable(),
  receipt: bureauReceiptSchema.nullable(),
  /** The bundle exactly as finalised; it is what gets signed and sent, never rebuilt later. */
  bundle: verdictBundleSchema,
  /** `bundleDigest(bundle)`: what the receipt must carry and what the next version's `supersedes` names. */
  bundleDigest: sha256HexSchema,
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;
