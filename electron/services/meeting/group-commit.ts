import type { MeetingDatabase } from './meeting-database.js';

type Queued<R> = { work: () => R; resolve: (value: R) => void; reject: (error: unknown) => void };

type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

export type GroupCommit<R> = {
  /** Runs `work` in the next shared transaction, in a savepoint of its own; settles only after that transaction's COMMIT. */
  run(work: () => R): Promise<R>;
  /** Commits whatever is waiting, now (before the database closes). */
  flush(): void;
};

/**
 * Group commit. With `synchronous=FULL` every COMMIT waits for an fsync (a few milliseconds here,
 * tens when the disk is busy), and better-sqlite3 blocks the event loop meanwhile, so writes done one
 * transaction each queue behind each other's fsync. Instead, the writes asked for in one turn of the
 * event loop (and those whose requests arrived while the previous COMMIT blocked it) run together in
 * one BEGIN IMMEDIATE … COMMIT: one fsync for all. Each runs in its own savepoint, so a write that
 * throws undoes only itself and is refused alone; in the order asked, so what one write appends (the
 * audit chain) the next one sees. `committed` hears the values of the writes that took effect after
 * the COMMIT and before any caller is answered: nobody is told "saved" before it is on disk.
 */
export const groupCommit = <R>(db: MeetingDatabase, committed: (values: readonly R[]) => void): GroupCommit<R> => {
  let queue: Queued<R>[] = [];
  let scheduled: NodeJS.Immediate | null = null;
  const inSavepoint = db.transaction((work: () => R) => work());
  const runBatch = db.transaction((batch: readonly Queued<R>[]) =>
    batch.map((write): Outcome<R> => {
      try {
        return { ok: true, value: inSavepoint(write.work) };
      } catch (error) {
        return { ok: false, error };
      }
    }),
  ).immediate;

  const flush = () => {
    if (scheduled !== null) clearImmediate(scheduled);
    scheduled = null;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    let outcomes: Outcome<R>[];
    try {
      outcomes = runBatch(batch);
    } catch (error) {
      // BEGIN or COMMIT failed (disk full, I/O error): nothing of the batch is on disk.
      for (const write of batch) write.reject(error);
      return;
    }
    try {
      committed(outcomes.flatMap((outcome) => (outcome.ok ? [outcome.value] : [])));
    } catch (error) {
      // The batch is committed whatever a listener does: its callers are answered all the same.
      console.error('提交之后的变更通知出错：', error);
    }
    batch.forEach((write, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) write.resolve(outcome.value);
      else write.reject(outcome.error);
    });
  };

  return {
    run: (work) =>
      new Promise<R>((resolve, reject) => {
        queue.push({ work, resolve, reject });
        scheduled ??= setImmediate(flush);
      }),
    flush,
  };
};
