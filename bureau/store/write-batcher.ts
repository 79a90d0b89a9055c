import type { Database } from 'better-sqlite3';

interface PendingWrite {
  work: () => unknown;
  durable: boolean;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for SQLite. With `synchronous=FULL` every COMMIT waits for an fsync (milliseconds
 * here), and better-sqlite3 blocks the event loop meanwhile; requests that arrive in that time are
 * committed together in the next turn, one fsync for all. Each write runs in its own savepoint,
 * so one failing write does not undo the others, and every promise settles only after COMMIT.
 *
 * A batch of only non-durable writes (request nonces) commits with `synchronous=NORMAL`: in WAL
 * mode that survives a crash of the process, and the next durable commit's fsync covers it too.
 * Losing the last nonces to a power cut would at worst let a request be replayed once within its
 * five minutes, and every bureau request is idempotent; it is not worth an fsync per request.
 */
export class WriteBatcher {
  private queue: PendingWrite[] = [];
  private scheduled = false;
  private readonly runBatch: (batch: PendingWrite[]) => { ok: boolean; value: unknown }[];

  constructor(private readonly db: Database) {
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
      this.db.pragma(batch.some((write) => write.durable) ? 'synchronous = FULL' : 'synchronous = NORMAL');
      results = this.runBatch(batch);
    } catch (error) {
      for (const write of batch) write.reject(error);
      return;
    }
    batch.forEach((write, i) => {
      const result = results[i];
      if (result?.ok) write.resolve(result.value);
      else write.reject(result?.value);
    });
  }
}
