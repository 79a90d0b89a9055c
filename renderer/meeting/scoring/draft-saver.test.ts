import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftSaver, type SaveStatus } from './draft-saver.js';

const setup = (write: (value: string) => Promise<void>) => {
  const statuses: SaveStatus['state'][] = [];
  const saver = createDraftSaver<string>({ write, delayMs: 300, onStatus: (s) => statuses.push(s.state) });
  return { saver, statuses };
};

describe('draft saver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the newest value once after a quiet period, and only then reports saved', async () => {
    const written: string[] = [];
    const { saver, statuses } = setup(async (v) => void written.push(v));
    saver.update('1');
    saver.update('18');
    await vi.advanceTimersByTimeAsync(299);
    expect(written).toEqual([]);
    expect(statuses.at(-1)).toBe('saving');
    await vi.advanceTimersByTimeAsync(1);
    expect(written).toEqual(['18']);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('writes at once on flush and does not write again when the timer would have fired', async () => {
    const written: string[] = [];
    const { saver } = setup(async (v) => void written.push(v));
    saver.update('a');
    await saver.flush();
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual(['a']);
  });

  it('never overlaps writes and keeps saving while a newer value waits', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const { saver, statuses } = setup(
      (v) =>
        new Promise<void>((resolve) => {
          order.push(`start ${v}`);
          release = () => (order.push(`end ${v}`), resolve());
        }),
    );
    saver.update('a');
    const first = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    saver.update('b');
    const second = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['start a']);
    release();
    await first;
    expect(statuses.at(-1)).toBe('saving');
    await vi.advanceTimersByTimeAsync(0);
    release();
    await second;
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b']);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('reports a failed write and retries the value with the next flush', async () => {
    const written: string[] = [];
    let fail = true;
    const statuses: SaveStatus[] = [];
    const saver = createDraftSaver<string>({
      write: async (v) => {
        if (fail) throw new Error('磁盘已满');
        written.push(v);
      },
      delayMs: 300,
      onStatus: (s) => statuses.push(s),
    });
    saver.update('x');
    await saver.flush();
    expect(statuses.at(-1)).toEqual({ state: 'error', message: '磁盘已满' });
    fail = false;
    await saver.flush();
    expect(written).toEqual(['x']);
    expect(statuses.at(-1)).toEqual({ state: 'saved' });
  });
});
