import type { DeliverResult } from '../../../shared/api/calls/sync-calls.js';
import { HostFailure } from '../../../shared/api/result.js';
import type { VerdictBundle } from '../../../shared/bundle/verdict-bundle.js';
import type { BureauReceipt } from '../../../shared/model/verdict.js';
import { type BackoffPolicy, backoffDelayMs, defaultBackoff } from '../../../shared/sync/backoff.js';
import type { OutboxEntry } from '../../../shared/sync/outbox-entry.js';
import type { MeetingStore, MeetingTx } from '../meeting/meeting-store.js';
import type { VerdictVersion } from '../meeting/verdict-sealing.js';
import { signableEntry } from './signable-bundle.js';

export interface OutboxRunnerOptions {
  store: MeetingStore;
  /** One attempt at the bureau with a bundle the signing ledger holds; a throw counts as no answer and is retried. */
  deliver: (bundle: VerdictBundle) => Promise<DeliverResult>;
  /** Whether there is a bureau to send to: before enrollment nothing is attempted and nothing counted. */
  ready: () => Promise<boolean>;
  now?: () => Date;
  random?: () => number;
  backoff?: BackoffPolicy;
  /** The longest sleep between passes, so a changed clock or a missed wake-up costs at most this. */
  maxSleepMs?: number;
}

const defaultMaxSleepMs = 60_000;

const notEnrolled: DeliverResult = { status: 'retry', message: '本机尚未在局端注册，注册后将自动上报' };
const mismatchedReceipt: DeliverResult = { status: 'retry', message: '局端回执与本机的裁决摘要不符，暂不视为已上报' };

const dueFirst = (a: OutboxEntry, b: OutboxEntry) =>
  Date.parse(a.nextAttemptAt) - Date.parse(b.nextAttemptAt) || a.verdictId.localeCompare(b.verdictId) || a.versionNo - b.versionNo;

/**
 * The bureau stores a verdict's versions only in sequence (version n needs n − 1), so an entry goes
 * only once every earlier version of its verdict has its receipt: v2 never before v1.
 */
const inSequence = (entries: readonly OutboxEntry[], all: readonly OutboxEntry[]): OutboxEntry[] =>
  entries.filter((entry) => !all.some((other) => other.verdictId === entry.verdictId && other.versionNo < entry.versionNo && other.status !== 'delivered'));

/** The sync service verified the bureau's signature; this checks the receipt is for exactly this entry's bundle. */
const receiptFits = (receipt: BureauReceipt, entry: OutboxEntry): boolean =>
  receipt.verdictId === entry.verdictId && receipt.versionNo === entry.versionNo && receipt.sha256 === entry.bundleDigest;

/** The reason a refused bundle gets, with the field the bureau named. */
const refusalOf = (result: Exclude<DeliverResult, { status: 'delivered' | 'retry' }>): string =>
  result.status === 'invalid' && result.field ? `${result.message}（字段 ${result.field}）` : result.message;

/**
 * The receipt for the latest version moves the submission to 已上报 (the engine's guard: final verdict, receipt
 * held); a receipt for a version an amendment has since replaced leaves the submission where it is.
 */
const markReported = (tx: MeetingTx, entry: OutboxEntry): void => {
  const submission = tx.submissions.get(entry.meetingId, entry.bundle.submissionId);
  if (submission?.phase !== 'finalised') return;
  const versions = tx.verdicts.list(entry.meetingId, { submissionId: submission.id }).filter((v) => v.verdictId === entry.verdictId);
  if (Math.max(...versions.map((v) => v.versionNo)) === entry.versionNo) tx.submissions.put({ ...submission, phase: 'reported' });
};

/**
 * Sends the outbox (DESIGN.md section 5) from the host: every pending entry whose time has come,
 * oldest first, once the workstation is enrolled, with exponential backoff and jitter between
 * tries. Each bundle is checked against the signing ledger before it is signed. All state is in the
 * meeting store, so a restarted host resumes where the last one stopped; resending an entry whose
 * receipt never got stored is safe because the bureau answers it with the same receipt. `held`
 * entries (restored, not yet confirmed) and refused ones wait for the secretary.
 */
export const createOutboxRunner = (options: OutboxRunnerOptions) => {
  const { store, deliver, ready } = options;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const backoff = options.backoff ?? defaultBackoff;
  const maxSleepMs = options.maxSleepMs ?? defaultMaxSleepMs;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = true;
  // Passes and single deliveries run one at a time, in the order asked.
  let lane: Promise<unknown> = Promise.resolve();
  let waitingPass: { everything: boolean; done: Promise<void> } | null = null;

  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = lane.then(work);
    lane = run.catch(() => undefined);
    return run;
  };

  const allEntries = (): OutboxEntry[] => store.read((tx) => tx.outbox.list());
  const pendingEntries = (): OutboxEntry[] => allEntries().filter((e) => e.status === 'pending');

  /**
   * The bureau is there (just enrolled, or it answered again): what waited goes now. Backoff
   * timers and the reasons of failed tries are from before, so they are reset; `except` are the
   * entries this pass has already tried, whose reason is current.
   */
  const freshen = (except: ReadonlySet<string> = new Set()): void => {
    const stale = pendingEntries().filter((e) => !except.has(e.id) && (e.attempts > 0 || e.lastError !== null || Date.parse(e.nextAttemptAt) > now().getTime()));
    if (stale.length === 0) return;
    const at = now().toISOString();
    for (const meetingId of new Set(stale.map((e) => e.meetingId))) {
      store.writeNow({ meetingId }, (tx) => {
        for (const entry of stale.filter((e) => e.meetingId === meetingId)) {
          const current = tx.outbox.get(entry.id);
          if (current?.status === 'pending') tx.outbox.put({ ...current, attempts: 0, nextAttemptAt: at, lastError: null });
        }
      });
    }
  };

  /** Stores what one attempt came to: a receipt, its outbox entry, the verdict and the audit line land in one commit. */
  const record = (entry: OutboxEntry, answer: DeliverResult): DeliverResult =>
    store.writeNow({ meetingId: entry.meetingId }, (tx) => {
      const current = tx.outbox.get(entry.id);
      if (current === undefined || current.status === 'delivered' || current.status === 'held') return answer;
      const result = answer.status === 'delivered' && !receiptFits(answer.receipt, current) ? mismatchedReceipt : answer;
      const at = now();
      const attempts = current.attempts + 1;
      const audit = { meetingId: current.meetingId, submissionId: current.bundle.submissionId, actor: 'secretary', at: at.toISOString() };
      if (result.status === 'retry') {
        const nextAttemptAt = new Date(at.getTime() + backoffDelayMs(attempts, random, backoff)).toISOString();
        tx.outbox.put({ ...current, status: 'pending', attempts, nextAttemptAt, lastError: result.message });
        return result;
      }
      if (result.status === 'delivered') {
        const { receipt } = result;
        tx.outbox.put({ ...current, status: 'delivered', attempts, lastError: null, receipt });
        const verdict = tx.verdicts.list(current.meetingId, { submissionId: current.bundle.submissionId }).find((v) => v.verdictId === current.verdictId && v.versionNo === current.versionNo);
        if (verdict !== undefined) tx.verdicts.put({ ...verdict, receipt });
        markReported(tx, current);
        tx.audit.append({
          ...audit,
          action: 'verdict.deliver',
          details: { verdictId: current.verdictId, versionNo: current.versionNo, seq: receipt.seq, receivedAt: receipt.receivedAt, sha256: receipt.sha256 },
        });
        return result;
      }
      const reason = refusalOf(result);
      tx.outbox.put({ ...current, status: 'failed', attempts, lastError: reason });
      tx.audit.append({ ...audit, action: 'verdict.deliver-refused', details: { verdictId: current.verdictId, versionNo: current.versionNo, status: result.status, reason } });
      return result;
    });

  /** An entry whose bundle is not the one the ledger holds is never sent; it is set aside with the reason. */
  const setAside = (entry: OutboxEntry, reason: string): void => {
    store.writeNow({ meetingId: entry.meetingId }, (tx) => {
      const current = tx.outbox.get(entry.id);
      if (current?.status === 'pending') tx.outbox.put({ ...current, status: 'failed', lastError: reason });
    });
  };

  const send = async (bundle: VerdictBundle): Promise<DeliverResult> => {
    try {
      return await deliver(bundle);
    } catch (error) {
      return { status: 'retry', message: `上报时出错：${error instanceof Error ? error.message : String(error)}` };
    }
  };

  const attempt = async (entry: OutboxEntry): Promise<DeliverResult | null> => {
    let bundle: VerdictBundle;
    try {
      bundle = store.read((tx) => signableEntry(tx, entry)).bundle;
    } catch (error) {
      if (!(error instanceof HostFailure)) throw error;
      setAside(entry, error.message);
      return null;
    }
    return record(entry, await send(bundle));
  };

  /** Before enrollment only the longest sleep (or the enrollment) wakes the loop; after it, the next entry's time does. */
  const schedule = (enrolled: boolean): void => {
    if (stopped) return;
    if (timer !== null) clearTimeout(timer);
    const next = enrolled ? Math.min(...pendingEntries().map((e) => Date.parse(e.nextAttemptAt))) : Number.NaN;
    const sleep = Number.isFinite(next) ? Math.min(Math.max(0, next - now().getTime()), maxSleepMs) : maxSleepMs;
    timer = setTimeout(() => wake(), sleep);
    // A pending delivery never keeps a process alive that is otherwise done.
    timer.unref();
  };

  /** The next entry to try in this pass: due, not tried yet in it, and with every earlier version of its verdict delivered. */
  const nextDue = (tried: ReadonlySet<string>): OutboxEntry | undefined => {
    const all = allEntries();
    const at = now().getTime();
    const due = all.filter((e) => e.status === 'pending' && !tried.has(e.id) && Date.parse(e.nextAttemptAt) <= at);
    return inSequence(due, all).sort(dueFirst)[0];
  };

  /**
   * One pass over the due entries, re-read after each attempt so a version whose predecessor was
   * just delivered goes in the same pass. `everything` (just enrolled, or the bureau is back) first
   * resets every backoff; the first receipt of a pass does the same for what has not been tried.
   */
  const pass = async (everything: boolean): Promise<void> => {
    let enrolled = false;
    try {
      enrolled = await ready();
      if (!enrolled) return;
      if (everything) freshen();
      const tried = new Set<string>();
      let reached = false;
      for (let entry = nextDue(tried); entry !== undefined; entry = nextDue(tried)) {
        tried.add(entry.id);
        const result = await attempt(entry);
        if (!reached && result?.status === 'delivered') {
          reached = true;
          freshen(tried);
        }
      }
    } finally {
      schedule(enrolled);
    }
  };

  /** A pass not yet started takes in any further request; one already running is followed by one more. */
  const requestPass = (everything: boolean): Promise<void> => {
    if (waitingPass !== null) {
      waitingPass.everything ||= everything;
      return waitingPass.done;
    }
    const request = { everything, done: Promise.resolve() };
    waitingPass = request;
    request.done = serially(() => {
      waitingPass = null;
      return pass(request.everything);
    });
    return request.done;
  };

  /** For passes nobody waits on: a store closed under the runner stops it, anything else is reported. */
  const wake = (everything = false): void => {
    requestPass(everything).catch((error: unknown) => {
      if (!store.database.open) {
        stop();
        return;
      }
      console.error('上报队列运行出错：', error);
    });
  };

  const stop = (): void => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  return {
    /** Starts the loop: a pass now, whenever `wake` is called, and when the next entry is due. Returns the stop. */
    start(): () => void {
      stopped = false;
      wake();
      return stop;
    },

    /** Something was queued (or the workstation just enrolled: `everything`, whatever their backoff): a pass soon. */
    wake,

    /** One pass now over what is due; resolves once its results are stored. */
    runDue: (): Promise<void> => requestPass(false),

    /**
     * 「立即重试」: one attempt now for a pending or refused version, whatever its backoff, recorded like
     * any other. A delivered version answers with its receipt; a bundle the ledger does not hold is refused.
     */
    deliverNow: (version: VerdictVersion): Promise<DeliverResult> =>
      serially(async () => {
        const entry = store.read((tx) => signableEntry(tx, version));
        if (entry.status === 'delivered' && entry.receipt !== null) return { status: 'delivered', receipt: entry.receipt };
        if (!(await ready())) return notEnrolled;
        const earlier = allEntries()
          .filter((e) => e.verdictId === entry.verdictId && e.versionNo < entry.versionNo && e.status !== 'delivered')
          .sort((a, b) => a.versionNo - b.versionNo);
        for (const before of earlier) {
          const answer = before.status === 'pending' ? await attempt(before) : null;
          if (answer?.status !== 'delivered') {
            schedule(true);
            const why = answer?.message ?? before.lastError ?? (before.status === 'held' ? '它来自恢复的备份，尚待秘书确认' : '它尚未上报');
            return { status: 'retry', message: `须先上报同一结论的第 ${before.versionNo} 版：${why}` };
          }
        }
        const result = record(entry, await send(entry.bundle));
        schedule(true);
        return result;
      }),

    /** Resolves once the work in flight, if any, has finished. */
    idle: (): Promise<void> => lane.then(() => undefined),
  };
};
export type OutboxRunner = ReturnType<typeof createOutboxRunner>;
