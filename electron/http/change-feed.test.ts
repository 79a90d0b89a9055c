import { describe, expect, it, vi } from 'vitest';
import { createChangeFeed, isChangeEvent, type ChangeEvent } from './change-feed.js';

describe('createChangeFeed', () => {
  it('tells every subscriber until it unsubscribes', () => {
    const feed = createChangeFeed();
    const first: ChangeEvent[] = [];
    const second: ChangeEvent[] = [];
    const stopFirst = feed.subscribe((event) => first.push(event));
    feed.subscribe((event) => second.push(event));
    feed.publish({ meetingId: 'M-2026-0147', revision: 1 });
    stopFirst();
    feed.publish({ meetingId: null, revision: 2 });
    expect(first).toEqual([{ meetingId: 'M-2026-0147', revision: 1 }]);
    expect(second).toEqual([
      { meetingId: 'M-2026-0147', revision: 1 },
      { meetingId: null, revision: 2 },
    ]);
  });

  it('keeps a failing subscriber from reaching the publisher, whose write is already committed', () => {
    const feed = createChangeFeed();
    const told: ChangeEvent[] = [];
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    feed.subscribe(() => {
      throw new Error('窗口已关闭');
    });
    feed.subscribe((event) => told.push(event));
    expect(() => feed.publish({ meetingId: 'M-2026-0147', revision: 3 })).not.toThrow();
    expect(told).toEqual([{ meetingId: 'M-2026-0147', revision: 3 }]);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});

describe('isChangeEvent', () => {
  it('accepts only a meeting id or null with an integer revision', () => {
    expect(isChangeEvent({ meetingId: 'M-2026-0147', revision: 0 })).toBe(true);
    expect(isChangeEvent({ meetingId: null, revision: -1 })).toBe(true);
    expect(isChangeEvent({ meetingId: 7, revision: 1 })).toBe(false);
    expect(isChangeEvent({ meetingId: null, revision: 1.5 })).toBe(false);
    expect(isChangeEvent({ meetingId: null })).toBe(false);
    expect(isChangeEvent(null)).toBe(false);
    expect(isChangeEvent('{"meetingId":null,"revision":1}')).toBe(false);
  });
});
