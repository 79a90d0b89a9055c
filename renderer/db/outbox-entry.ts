import type { VerdictBundle } from '../../shared/bundle/verdict-bundle.js';
import type { BureauReceipt } from '../../shared/model/verdict.js';

export type OutboxStatus = 'pending' | 'delivered' | 'failed';

/**
 * One verdict version queued for the bureau, written in the transaction that finalises it.
 * `failed` is for a bundle the bureau refused for good (409, 422); transient errors stay `pending`
 * with a later `nextAttemptAt`. `receipt` is set, and the status becomes `delivered`, only once
 * the bureau's receipt has been verified.
 */
export interface OutboxEntry {
  id: string;
  meetingId: string;
  verdictId: string;
  versionNo: number;
  status: OutboxStatus;
  attempts: number;
  /** ISO 8601 with offset, like every timestamp of the model, so it sorts as text. */
  nextAttemptAt: string;
  lastError: string | null;
  receipt: BureauReceipt | null;
  /** The bundle exactly as finalised; it is what gets signed and sent, never rebuilt later. */
  bundle: VerdictBundle;
  /** `bundleDigest(bundle)`: what the receipt must carry and what the next version's `supersedes` names. */
  bundleDigest: string;
}
