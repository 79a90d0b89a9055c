import type { Transaction } from 'dexie';
import type { DeliverResult } from '../../shared/api/calls/sync-calls.js';
import type { VerdictBundle } from '../../shared/bundle/verdict-bundle.js';
import type { BureauReceipt } from '../../shared/model/verdict.js';
import { type BackoffPolicy, backoffDelayMs, defaultBackoff } from '../../shared/sync/backoff.js';
import { recordAudit } from '../db/audit.js';
import type { WorkstationDatabase } from '../db/database.js';
import type { OutboxEntry } from '../db/outbox-entry.js';

/** Whether the machine has a network at all (`navigator.onLine` and its events in the app). */
export interface Connectivity {
  isOnline(): boolean;
  /** Calls `listener` with the new state on every change; returns the unsubscribe. */
  subscribe(listener: (online: boolean) => void): () => void;
}

export interface OutboxRunnerOptions {
  db: WorkstationDatabase;
  /** One attempt at the host (`sync.deliver`); a throw counts as "no answer" and is retried. */
  deliver: (bundle: VerdictBundle) => Promise<DeliverResult>;
  connectivity: Connectivity;
  now?: () => Date;
  random?: () => number;
  backoff?: BackoffPolicy;
  /** The longest sleep between passes, so a changed clock or a missed wake-up costs at most this. */
  maxSleepMs?: number;
  /** Told after every attempt, for the panel's "last contact" line. */
  onAttempt?: (entry: OutboxEntry, result: DeliverResult) => void;
}

const defaultMaxSleepMs = 60_000;

const dueFirst = (a: OutboxEntry, b: OutboxEntry) =>
  Date.parse(a.nextAttemptAt) - Date.parse(b.nextAttemptAt) || a.verdictId.localeCompare(b.verdictId) || a.versionNo - b.versionNo;

/** The host verified the bureau's signature; this checks the receipt is for exactly this entry's bundle. */
const receiptFits = (receipt: BureauReceipt, entry: OutboxEntry): boolean =>
  receipt.verdictId === entry.verdictId && receipt.versionNo === entry.versionNo && receipt.sha256 === entry.bundleDigest;

const mismatchedReceipt: DeliverResult = { status: 'retry', message: '局端回执与本机的裁决摘要不符，暂不视为已上报' };

/** The reason a refused bundle gets, with the field the bureau named. */
const refusalOf = (result: Exclude<DeliverResult, { status: 'delivered' | 'retry' }>): string =>
  result.status === 'invalid' && result.field ? `${result.message}（字段 ${result.field}）` : result.message;

/**
 * Sends the outbox (DESIGN.md section 5): every pending entry whose time has come, oldest first,
 * through the host, which signs it and verifies the bureau's receipt. All state is in the
 * database, so a restarted app resumes exactly where the last one stopped; resending an entry
 * whose receipt never got stored is safe because the bureau answers it with the same receipt.
 */

/**
 * The receipt for the latest version moves the submission to 已上报 (the engine's guard: final verdict, receipt
 * held); a receipt for a version an amendment has since replaced leaves the submission where it is.
 */
const markReported = async (db: WorkstationDatabase, entry: OutboxEntry): Promise<void> => {
  const key: [string, string] = [entry.meetingId, entry.bundle.submissionId];
  const submission = await db.submissions.get(key);
  if (submission?.phase !== 'finalised') return;
  const versions = await db.verdicts.where('[meetingId+submissionId]').equals(key).toArray();
  const latest = Math.max(...versions.filter((v) => v.verdictId === entry.verdictId).map((v) => v.versionNo));
  if (latest === entry.versionNo) await db.submissions.put({ ...submission, phase: 'reported' });
};

export const createOutboxRunner = (options: OutboxRunnerOptions) => {
  const { db, deliver, connectivity } = options;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const backoff = options.backoff ?? defaultBackoff;
  const maxSleepMs = options.maxSleepMs ?? defaultMaxSleepMs;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = true;

  /** Stores what one attempt came to; a receipt, its outbox entry, the verdict and the audit line land together. */
  const record = (entry: OutboxEntry, answer: DeliverResult) =>
    db.transaction('rw', [db.outbox, db.verdicts, db.submissions, db.auditLog], async () => {
      const current = await db.outbox.get(entry.id);
      if (current === undefined || current.status === 'delivered') return;
      const result = answer.status === 'delivered' && !receiptFits(answer.receipt, current) ? mismatchedReceipt : answer;
      const at = now();
      const attempts = current.attempts + 1;
      const audit = { meetingId: current.meetingId, submissionId: current.bundle.submissionId, actor: 'secretary', at: at.toISOString() };
      if (result.status === 'retry') {
        const nextAttemptAt = new Date(at.getTime() + backoffDelayMs(attempts, random, backoff)).toISOString();
        await db.outbox.update(current.id, { attempts, nextAttemptAt, lastError: result.message });
        return;
      }
      if (result.status === 'delivered') {
        const { receipt } = result;
        await db.outbox.update(current.id, { status: 'delivered', attempts, lastError: null, receipt });
        const verdict = await db.verdicts.where('[verdictId+versionNo]').equals([current.verdictId, current.versionNo]).first();
        if (verdict !== undefined) await db.verdicts.put({ ...verdict, receipt });
        await markReported(db, current);
        await recordAudit(db, {
          ...audit,
          action: 'verdict.deliver',
          details: { verdictId: current.verdictId, versionNo: current.versionNo, seq: receipt.seq, receivedAt: receipt.receivedAt, sha256: receipt.sha256 },
        });
        return;
      }
      const reason = refusalOf(result);
      await db.outbox.update(current.id, { status: 'failed', attempts, lastError: reason });
      await recordAudit(db, {
        ...audit,
        action: 'verdict.deliver-refused',
        details: { verdictId: current.verdictId, versionNo: current.versionNo, status: result.status, reason },
      });
    });

  const attempt = async (entry: OutboxEntry): Promise<void> => {
    let result: DeliverResult;
    try {
      result = await deliver(entry.bundle);
    } catch (error) {
      result = { status: 'retry', message: `工作站后台服务无应答：${error instanceof Error ? error.message : String(error)}` };
    }
    await record(entry, result);
    options.onAttempt?.(entry, result);
  };

  const pending = () => db.outbox.where('status').equals('pending').toArray();

  /** Offline, only the network's return (or the longest sleep) wakes the loop; online, the next entry's time does. */
  const sleepUntilNextDue = async (): Promise<void> => {
    if (stopped) return;
    const next = connectivity.isOnline() ? Math.min(...(await pending()).map((e) => Date.parse(e.nextAttemptAt))) : Number.NaN;
    if (timer !== null) clearTimeout(timer);
    const sleep = Number.isFinite(next) ? Math.min(Math.max(0, next - now().getTime()), maxSleepMs) : maxSleepMs;
    timer = setTimeout(() => void requestPass(false), sleep);
  };

  /** One pass over the due entries; `everything` also takes those still backing off (network back, manual retry). */
  const pass = async (everything: boolean): Promise<void> => {
    if (connectivity.isOnline()) {
      const at = now().getTime();
      const due = (await pending()).filter((e) => everything || Date.parse(e.nextAttemptAt) <= at).sort(dueFirst);
      for (const entry of due) await attempt(entry);
    }
    await sleepUntilNextDue();
  };

  /** Passes never overlap: a request during one runs once more right after it. */
  const requestPass = (everything: boolean): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        let wide = everything;
        do {
          again = false;
          await pass(wide);
          wide = false;
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };

  return {
    /** One pass now over what is due; resolves once it is stored. */
    runDue: () => requestPass(false),

    /** 「立即重试」: a pending or refused entry goes now, whatever its backoff. */
    async retryNow(entryId: string): Promise<void> {
      await db.outbox
        .where('id')
        .equals(entryId)
        .and((e) => e.status !== 'delivered')
        .modify({ status: 'pending', nextAttemptAt: now().toISOString() });
      await requestPass(false);
    },

    /** Starts the loop: a pass now, whenever an entry is queued, when the network returns, and when the next one is due. */
    start(): () => void {
      stopped = false;
      const unsubscribe = connectivity.subscribe((online) => {
        if (online) void requestPass(true);
      });
      // A verdict finalised in this window goes out as soon as its transaction commits, not when the timer fires.
      const queued = (_key: unknown, _entry: OutboxEntry, transaction: Transaction) => {
        transaction.on('complete', () => void requestPass(false));
      };
      db.outbox.hook('creating', queued);
      void requestPass(false);
      return () => {
        stopped = true;
        unsubscribe();
        db.outbox.hook('creating').unsubscribe(queued);
        if (timer !== null) clearTimeout(timer);
        timer = null;
      };
    },

    /** Resolves once the pass in flight, if any, has finished. */
    idle: (): Promise<void> => running ?? Promise.resolve(),
  };
};
export type OutboxRunner = ReturnType<typeof createOutboxRunner>;
