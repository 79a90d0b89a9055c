import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { WalSync } from './wal-sync.js';
import { WriteBatcher } from './write-batcher.js';

const settled = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('WriteBatcher', () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE IF NOT EXISTS t (k TEXT PRIMARY KEY)');
  afterEach(() => db.exec('DELETE FROM t'));

  /** A WAL flush the test finishes by hand. */
  const heldWal = () => {
    const flushes: (() => void)[] = [];
    const wal = { afterCommit: () => new Promise<void>((resolve) => flushes.push(resolve)) } as unknown as WalSync;
    return { wal, flushes };
  };

  it('answers a durable write only after the flush that follows its commit, and a nonce at its commit', async () => {
    const { wal, flushes } = heldWal();
    const batcher = new WriteBatcher(db, wal);
    const durable = batcher.write(() => db.prepare('INSERT INTO t VALUES (?)').run('verdict').changes);
    const nonce = batcher.write(() => db.prepare('INSERT INTO t VALUES (?)').run('nonce').changes, { durable: false });
    expect(await settled(nonce)).toBe(true);
    expect(await settled(durable)).toBe(false);
    // Committed (visible to readers) but not yet acknowledged.
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 2 });
    expect(flushes).toHaveLength(1);
    flushes[0]!();
    await expect(durable).resolves.toBe(1);
  });

  it('refuses a failing write at once and keeps the others of its batch', async () => {
    const { wal, flushes } = heldWal();
    const batcher = new WriteBatcher(db, wal);
    const ok = batcher.write(() => db.prepare('INSERT INTO t VALUES (?)').run('a').changes);
    const failing = batcher.write(() => db.prepare('INSERT INTO t VALUES (?)').run('a').changes);
    await expect(failing).rejects.toThrow(/UNIQUE/);
    flushes[0]!();
    await expect(ok).resolves.toBe(1);
  });

  it('answers no durable write when its flush fails', async () => {
    const wal = { afterCommit: () => Promise.reject(new Error('磁盘错误')) } as unknown as WalSync;
    const batcher = new WriteBatcher(db, wal);
    await expect(batcher.write(() => db.prepare('INSERT INTO t VALUES (?)').run('b').changes)).rejects.toThrow('磁盘错误');
  });
});
