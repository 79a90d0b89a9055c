import { describe, expect, it } from 'vitest';
import { WalSync } from './wal-sync.js';

/** A flush that finishes when the test says so, recording when each one started. */
const heldFlushes = () => {
  const started: (() => void)[] = [];
  const flush = () => new Promise<void>((resolve) => started.push(resolve));
  return { flush, started };
};

const settled = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('WalSync', () => {
  it('keeps a promise only with a flush that started after it was asked for, sharing that flush among the askers', async () => {
    const { flush, started } = heldFlushes();
    const wal = new WalSync('/unused', flush);
    const first = wal.afterCommit();
    expect(started).toHaveLength(1);
    const second = wal.afterCommit();
    const third = wal.afterCommit();
    // The running flush may have missed their commits: they wait for the next one, which waits its turn.
    expect(started).toHaveLength(1);
    started[0]!();
    expect(await settled(first)).toBe(true);
    expect(await settled(second)).toBe(false);
    expect(started).toHaveLength(2);
    started[1]!();
    expect(await settled(second)).toBe(true);
    expect(await settled(third)).toBe(true);
    const fourth = wal.afterCommit();
    expect(started).toHaveLength(3);
    started[2]!();
    expect(await settled(fourth)).toBe(true);
  });

  it('passes a failed flush to those who waited for it, and flushes again for the next', async () => {
    let calls = 0;
    const wal = new WalSync('/unused', async () => {
      calls += 1;
      if (calls === 1) throw new Error('磁盘错误');
    });
    await expect(wal.afterCommit()).rejects.toThrow('磁盘错误');
    await expect(wal.afterCommit()).resolves.toBeUndefined();
    expect(calls).toBe(2);
  });
});
