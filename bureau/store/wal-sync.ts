import { closeSync, fsyncSync, openSync } from 'node:fs';
import { open } from 'node:fs/promises';

const datasync = async (path: string): Promise<void> => {
  const handle = await open(path, 'r');
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
};

/** Makes a newly created file's name itself survive a power cut, as SQLite does for a file it creates when it syncs it. */
export const syncDirectory = (path: string): void => {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

/**
 * What `synchronous=FULL` does after each commit in WAL mode, off the event loop: an fdatasync of
 * the WAL file, on libuv's thread pool. The commit itself ran with `synchronous=NORMAL` (written,
 * not yet flushed), so the bureau goes on verifying the next requests while the disk flushes.
 * One flush at a time: commits made while one runs share the next, which starts when it ends.
 * A flush covers every commit made to the file before it started, by this process or another
 * (fdatasync flushes the file, not one descriptor's writes), so a promise is kept only once its
 * commit and whatever the commit read are on disk.
 */
export class WalSync {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  /** `flush` is fdatasync by default; a test passes one it can hold. */
  constructor(
    private readonly walPath: string,
    private readonly flush: (path: string) => Promise<void> = datasync,
  ) {}

  /** Resolves once a flush that started after this call has finished. */
  afterCommit(): Promise<void> {
    if (this.next) return this.next;
    if (!this.running) return this.start();
    const next: Promise<void> = this.running.then(this.startQueued, this.startQueued);
    this.next = next;
    return next;
  }

  /** Starts the flush the waiting callers share; there is only ever one such `next`. */
  private readonly startQueued = (): Promise<void> => {
    this.next = null;
    return this.start();
  };

  private start(): Promise<void> {
    const run: Promise<void> = this.flush(this.walPath).finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }
}
