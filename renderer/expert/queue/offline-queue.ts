import type { HostResult } from '../../../shared/api/result.js';
import type { ExpertDatabase, OutboxRow, RefusedRow } from './expert-database.js';
import { newOperationId } from './operation-id.js';

/** Sends one action with its operation id; throws when the hub cannot be reached (nothing is known then). */
export type SendAction = (call: string, args: unknown, opId: string) => Promise<HostResult<unknown>>;

/** Why the queue is waiting: no connection, the hub no longer knows this device's session, or holds it for the secretary to admit. */
export type Blocked = 'offline' | 'no-session' | 'awaiting-admission' | null;

export type QueueState = { pending: OutboxRow[]; refused: RefusedRow[]; blocked: Blocked };

export type OfflineQueue = {
  /**
   * Stores the action durably, then sends what is queued. Resolves once stored, with the action's
   * id and `settled`, which resolves with the hub's answer (never rejects, never settles while unsent).
   */
  enqueue(call: string, args: unknown, coalesceKey?: string): Promise<{ opId: string; settled: Promise<HostResult<unknown>> }>;
  /** Sends every queued action in order, one at a time, until one cannot be sent. */
  flush(): Promise<void>;
  state(): Promise<QueueState>;
  subscribe(listener: (state: QueueState) => void): () => void;
  dismissRefused(opId: string): Promise<void>;
  /** Stops sending and retrying (tests, page teardown); queued actions stay stored. Resolves once nothing runs. */
  stop(): Promise<void>;
};

/** Answers after which the same action can succeed later: the session is at fault, not the action. */
const sessionCodes: Record<string, Exclude<Blocked, 'offline' | null>> = { 'no-session': 'no-session', 'session-revoked': 'no-session', 'awaiting-admission': 'awaiting-admission' };

/**
 * Calls whose arguments carry a secret (the pledge sets the PIN): never written to the device's
 * storage, where anyone holding the device later could read them. They are sent directly instead.
 */
export const neverQueuedCalls: ReadonlySet<string> = new Set(['pledge.sign']);

/**
 * The expert app's outbox: every write is in IndexedDB before it leaves the device, carries an
 * operation id (so a resend after a lost answer is answered once and applied once), and leaves the
 * outbox only when the hub has answered, which it does after the host's commit. A refusal is kept
 * for the expert to read; a lost connection or session keeps everything queued, retried every
 * `retryMs` and whenever the owner calls `flush` (connection back, new session). An action sent
 * once never changes, even when its answer was lost: the hub may have applied it.
 */
export const createOfflineQueue = ({ db, send, retryMs = 3_000, now = Date.now }: { db: ExpertDatabase; send: SendAction; retryMs?: number; now?: () => number }): OfflineQueue => {
  const waiters = new Map<string, ((result: HostResult<unknown>) => void)[]>();
  const listeners = new Set<(state: QueueState) => void>();
  let blocked: Blocked = null;
  let running: Promise<void> | null = null;
  let again = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const state = async (): Promise<QueueState> => ({ pending: await db.outbox.orderBy('seq').toArray(), refused: await db.refused.toArray(), blocked });

  const notify = async () => {
    if (listeners.size === 0) return;
    const current = await state();
    for (const listener of [...listeners]) listener(current);
  };

  const settle = (opId: string, result: HostResult<unknown>) => {
    for (const resolve of waiters.get(opId) ?? []) resolve(result);
    waiters.delete(opId);
  };

  const waitFor = (opId: string) =>
    new Promise<HostResult<unknown>>((resolve) => {
      waiters.set(opId, [...(waiters.get(opId) ?? []), resolve]);
    });

  /** The head of the outbox, marked as sent in the same transaction, so a coalescing enqueue never changes what is in flight. */
  const takeHead = () =>
    db.transaction('rw', db.outbox, async () => {
      const head = await db.outbox.orderBy('seq').first();
      if (head === undefined) return undefined;
      const marked = { ...head, attempts: head.attempts + 1 };
      await db.outbox.put(marked);
      return marked;
    });

  const wait = async (why: Exclude<Blocked, null>) => {
    blocked = why;
    await notify();
    clearTimeout(retryTimer);
    if (!stopped) retryTimer = setTimeout(() => void flush(), retryMs);
  };

  const sendAll = async () => {
    while (!stopped) {
      const head = await takeHead();
      if (head === undefined) break;
      let result: HostResult<unknown>;
      try {
        result = await send(head.call, head.args, head.opId);
      } catch {
        await wait('offline');
        return;
      }
      const sessionAtFault = result.ok ? undefined : sessionCodes[result.error.code];
      if (sessionAtFault !== undefined) {
        await wait(sessionAtFault);
        return;
      }
      if (result.ok) await db.outbox.delete(head.seq!);
      else {
        const refused: RefusedRow = { opId: head.opId, call: head.call, code: result.error.code, message: result.error.message, refusedAt: now() };
        await db.transaction('rw', db.outbox, db.refused, async () => {
          await db.outbox.delete(head.seq!);
          await db.refused.put(refused);
        });
      }
      blocked = null;
      settle(head.opId, result);
      await notify();
    }
    if (blocked !== null) {
      blocked = null;
      await notify();
    }
  };

  const flush = (): Promise<void> => {
    if (running !== null) {
      again = true;
      return running;
    }
    clearTimeout(retryTimer);
    running = (async () => {
      do {
        again = false;
        try {
          await sendAll();
        } catch (error) {
          // The device's own storage failed (full, closed); the outbox keeps what it holds and tries again.
          console.error(error);
          if (!stopped) await wait('offline');
        }
      } while (again && blocked === null);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  const enqueue: OfflineQueue['enqueue'] = async (call, args, coalesceKey) => {
    if (neverQueuedCalls.has(call)) throw new Error(`${call} carries a PIN and is never stored on the device: send it directly`);
    const opId = await db.transaction('rw', db.outbox, async () => {
      const last = await db.outbox.orderBy('seq').last();
      if (coalesceKey !== undefined && last !== undefined && last.coalesceKey === coalesceKey && last.call === call && last.attempts === 0) {
        await db.outbox.put({ ...last, args, createdAt: now() });
        return last.opId;
      }
      const row: OutboxRow = { opId: newOperationId(), call, args, coalesceKey: coalesceKey ?? null, attempts: 0, createdAt: now() };
      await db.outbox.add(row);
      return row.opId;
    });
    const settled = waitFor(opId);
    await notify();
    // While the hub is out of reach, drafts wait for the retry (or the owner's flush) and keep merging.
    if (blocked === null) void flush();
    return { opId, settled };
  };

  return {
    enqueue,
    flush,
    state,
    subscribe(listener) {
      listeners.add(listener);
      void state().then(listener);
      return () => listeners.delete(listener);
    },
    async dismissRefused(opId) {
      await db.refused.delete(opId);
      await notify();
    },
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      await running;
    },
  };
};
