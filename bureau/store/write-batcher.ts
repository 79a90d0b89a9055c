import type { Database } from 'better-sqlite3';
import type { WalSync } from './wal-sync.js';

interface PendingWrite {
  work: () => unknown;
  durable: boolean;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for SQLite. better-sqlite3 blocks the event loop while it works, so the writes
 * requested during one turn are committed together in the next, each in its own savepoint (one
 * failing write does not undo the others). The connection runs with `synchronous=NORMAL`, so a
 * commit costs no fsync; a durable write settles only after `WalSync` has flushed the WAL past its
 * commit, which is what `synchronous=FULL` would have waited for, without the event loop waiting.
 * A receipt thus still exists only once its verdict would survive a power cut.
 *
 * Non-durable writes (request nonces) settle at the commit: in WAL mode that survives a crash of
 * the process, and the next flush covers it too. Losing the last nonces to a power cut would at
 * worst let a request be replayed once within its five minutes, and every bureau request is
 * idempotent; it is not worth a flush per request.
 */
export class WriteBatcher {
  private queue: PendingWrite[] = [];
  private scheduled = false;
  private readonly runBatch: (batch: PendingWrite[]) => { ok: boolean; value: unknown }[];

  constructor(
    db: Database,
    private readonly wal: WalSync,
  ) {
    const runOne = db.transaction((work: () => unknown) => work());
    this.runBatch = db.transaction((batch: PendingWrite[]) =>
      batch.map((write) => {
        try {
          return { ok: true, value: runOne(write.work) };
        } catch (error) {
          return { ok: false, value: error };
        }
      }),
    ).immediate;
  }

  write<T>(work: () => T, { durable = true }: { durable?: boolean } = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, durable, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    let results: { ok: boolean; value: unknown }[];
    try {
      results = this.runBatch(batch);
    } catch (error) {
      for (const write of batch) write.reject(error);
      return;
    }
    // Even a durable write that changed nothing waits: what it answers may rest on a commit not yet flushed.
    const flushed = batch.some((write, i) => write.durable && results[i]?.ok) ? this.wal.afterCommit() : null;
    batch.forEach((write, i) => {
      const result = results[i];
      if (!result?.ok) write.reject(result?.value);
      else if (write.durable && flushed) flushed.then(() => write.resolve(result.value), write.reject);
      else write.resolve(result.value);
    });
  }
}
