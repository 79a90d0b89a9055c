import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChangeEvent } from './change-feed.js';
import { coalesceChanges } from './change-coalescing.js';

const change = (revision: number, submissionId: string | null = 'S01', kind: ChangeEvent['kind'] = 'meeting'): ChangeEvent => ({ meetingId: 'M1', kind, submissionId, revision });

describe('changes coalesced for one screen', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('passes the first change of a quiet spell at once and the rest of the burst together at the end of the window', () => {
    const heard: number[] = [];
    const screen = coalesceChanges((event) => heard.push(event.revision), 100);
    screen.listener(change(1));
    expect(heard).toEqual([1]);
    screen.listener(change(2));
    screen.listener(change(3, 'S02'));
    screen.listener(change(4));
    screen.listener(change(5, 'S02', 'hub'));
    expect(heard).toEqual([1]);
    vi.advanceTimersByTime(100);
    // One per meeting, kind and submission, the latest of each, in the order each last changed.
    expect(heard).toEqual([1, 3, 4, 5]);
  });

  it('keeps gathering while changes keep coming, and passes the next change at once after a quiet window', () => {
    const heard: number[] = [];
    const screen = coalesceChanges((event) => heard.push(event.revision), 100);
    screen.listener(change(1));
    vi.advanceTimersByTime(50);
    screen.listener(change(2));
    vi.advanceTimersByTime(50);
    expect(heard).toEqual([1, 2]);
    screen.listener(change(3));
    vi.advanceTimersByTime(99);
    expect(heard).toEqual([1, 2]);
    vi.advanceTimersByTime(1);
    expect(heard).toEqual([1, 2, 3]);
    vi.advanceTimersByTime(100);
    screen.listener(change(4));
    expect(heard).toEqual([1, 2, 3, 4]);
  });

  it('drops what it gathered once the screen is gone', () => {
    const heard: number[] = [];
    const screen = coalesceChanges((event) => heard.push(event.revision), 100);
    screen.listener(change(1));
    screen.listener(change(2));
    screen.stop();
    vi.advanceTimersByTime(500);
    expect(heard).toEqual([1]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
