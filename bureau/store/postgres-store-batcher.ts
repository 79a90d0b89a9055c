import type pg from 'pg';
import type { Receipt, UnsignedReceipt } from '../../shared/protocol/receipt.js';
import type { IncomingVersion, NonceClaim, StoreOutcome } from './repository.js';

interface PendingStore {
  version: IncomingVersion;
  receiptFor: (unsigned: UnsignedReceipt) => Receipt;
  receivedAt: string;
  nonce: NonceClaim | undefined;
  resolve: (outcome: BatchOutcome) => void;
  reject: (error: unknown) => void;
}

/** What the batch statement decided for one store; `taken` is left to the caller to compare with the stored row. */
export type BatchOutcome = Extract<StoreOutcome, { kind: 'created' | 'replayed' }> | { kind: 'taken' };

/** One row of `storeBatch`'s JSON parameter, named as its columns. */
const batchRow = (item: number, version: IncomingVersion, receipt: Receipt, receivedAt: string, nonce: NonceClaim | undefined) => ({
  item,
  nonce_device_id: nonce?.deviceId ?? null,
  nonce: nonce?.nonce ?? null,
  nonce_expires_at: nonce?.expiresAtMs ?? null,
  verdict_id: version.verdictId,
  version_no: version.versionNo,
  sha256: version.sha256,
  seq: receipt.seq,
  device_id: version.deviceId,
  meeting_id: version.meetingId,
  submission_id: version.submissionId,
  outcome: version.outcome,
  finalized_at: version.finalizedAt,
  received_at: receivedAt,
  signed_bundle: version.signedBundle,
  receipt: JSON.stringify(receipt),
});

const drawSeqs = "SELECT nextval('receipt_seq') AS value FROM generate_series(1, $1)";

/**
 * Every store of a batch in one autocommitted statement: the nonces spent, then the versions whose
 * nonce was fresh inserted, each row answering whether its nonce was fresh and its version new.
 * The rows come as one JSON parameter (`batchRow` each), which Node writes and PostgreSQL reads in
 * native code; sixteen text arrays cost node-postgres a regular-expression escape per value, and
 * each value is a bundle of kilobytes. `$2` is the batch's earliest clock, before which a stored
 * nonce counts as expired.
 */
const storeBatch = `WITH incoming AS (
    SELECT * FROM json_to_recordset($1::json)
      AS t(item int, nonce_device_id text, nonce text, nonce_expires_at bigint, verdict_id text, version_no int, sha256 text,
        seq bigint, device_id text, meeting_id text, submission_id text, outcome text, finalized_at text, received_at text,
        signed_bundle text, receipt text)
  ),
  claimed AS (
    INSERT INTO nonces (device_id, nonce, expires_at)
    SELECT nonce_device_id, nonce, nonce_expires_at FROM incoming WHERE nonce IS NOT NULL
    ON CONFLICT (device_id, nonce) DO UPDATE SET expires_at = excluded.expires_at WHERE nonces.expires_at < $2
    RETURNING device_id, nonce
  ),
  admitted AS (
    SELECT incoming.* FROM incoming
    WHERE nonce IS NULL OR EXISTS (SELECT FROM claimed c WHERE c.device_id = incoming.nonce_device_id AND c.nonce = incoming.nonce)
  ),
  stored AS (
    INSERT INTO verdict_versions (verdict_id, version_no, sha256, seq, device_id, meeting_id, submission_id,
      outcome, finalized_at, received_at, signed_bundle, receipt)
    SELECT verdict_id, version_no, sha256, seq, device_id, meeting_id, submission_id,
      outcome, finalized_at, received_at, signed_bundle, receipt FROM admitted
    ON CONFLICT (verdict_id, version_no) DO NOTHING
    RETURNING verdict_id, version_no
  )
  SELECT item,
    EXISTS (SELECT FROM admitted a WHERE a.item = incoming.item) AS fresh,
    EXISTS (SELECT FROM stored s WHERE s.verdict_id = incoming.verdict_id AND s.version_no = incoming.version_no) AS created
  FROM incoming`;

/** Enough to amortise a round trip; small enough that one statement's parameters stay a few hundred KiB. */
const maxBatch = 64;
/** One batch drawing its numbers while another waits for its commit. */
const maxInFlight = 2;

/**
 * Group commit for PostgreSQL. Each store on its own cost three round trips and a commit, each
 * waking a backend and the bureau again, and on a busy two-core machine those wake-ups, not the
 * database, were what the time went to: at 32 clients the p99 was over a second. Stores that
 * arrive while a batch is out go together in the next one, in two round trips whatever their
 * number: the receipt numbers drawn, then nonces and versions written in one statement and one
 * commit, so each receipt exists exactly when its row does. A batch never holds two stores of one
 * nonce or one version, which one statement could not tell apart; the later waits for the next
 * batch. A failed statement fails its whole batch: the requests answer 500 and the workstations
 * resend, which is always safe.
 */
export class PostgresStoreBatcher {
  private queue: PendingStore[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(private readonly pool: pg.Pool) {}

  store(version: IncomingVersion, receiptFor: PendingStore['receiptFor'], receivedAt: string, nonce: NonceClaim | undefined): Promise<BatchOutcome> {
    return new Promise<BatchOutcome>((resolve, reject) => {
      this.queue.push({ version, receiptFor, receivedAt, nonce, resolve, reject });
      this.schedule();
    });
  }

  /** Waits a turn of the event loop, so the stores of requests being handled now share a batch. */
  private schedule(): void {
    if (this.scheduled || this.inFlight >= maxInFlight || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const batch = this.takeBatch();
      this.inFlight += 1;
      this.run(batch)
        .catch((error: unknown) => {
          for (const pending of batch) pending.reject(error);
        })
        .finally(() => {
          this.inFlight -= 1;
          this.schedule();
        });
    });
  }

  private takeBatch(): PendingStore[] {
    const batch: PendingStore[] = [];
    const rest: PendingStore[] = [];
    const keys = new Set<string>();
    for (const pending of this.queue) {
      const { version, nonce } = pending;
      const versionKey = JSON.stringify(['version', version.verdictId, version.versionNo]);
      const nonceKey = nonce ? JSON.stringify(['nonce', nonce.deviceId, nonce.nonce]) : null;
      if (batch.length >= maxBatch || keys.has(versionKey) || (nonceKey && keys.has(nonceKey))) {
        rest.push(pending);
        continue;
      }
      keys.add(versionKey);
      if (nonceKey) keys.add(nonceKey);
      batch.push(pending);
    }
    this.queue = rest;
    return batch;
  }

  private async run(batch: PendingStore[]): Promise<void> {
    const seqs = (await this.pool.query({ name: 'drawReceiptSeqs', text: drawSeqs, values: [batch.length] })).rows.map((row: { value: string }) => Number(row.value));
    const receipts = batch.map(({ version, receiptFor, receivedAt }, i) =>
      receiptFor({ verdictId: version.verdictId, versionNo: version.versionNo, sha256: version.sha256, receivedAt, seq: seqs[i] as number }),
    );
    const rows = batch.map(({ version, receivedAt, nonce }, i) => batchRow(i, version, receipts[i] as Receipt, receivedAt, nonce));
    const earliestNow = Math.min(...batch.map(({ nonce }) => nonce?.nowMs ?? Number.POSITIVE_INFINITY));
    const answer = await this.pool.query({
      name: 'storeVersionBatch',
      text: storeBatch,
      values: [JSON.stringify(rows), Number.isFinite(earliestNow) ? earliestNow : 0],
    });
    for (const { item, fresh, created } of answer.rows as { item: number; fresh: boolean; created: boolean }[]) {
      const pending = batch[item] as PendingStore;
      if (!fresh) pending.resolve({ kind: 'replayed' });
      else if (created) pending.resolve({ kind: 'created', receipt: receipts[item] as Receipt });
      else pending.resolve({ kind: 'taken' });
    }
  }
}
