import { describe, expect, it, vi } from 'vitest';
import { announcer, createChangeFeed, isChangeEvent, type ChangeEvent } from './change-feed.js';

describe('createChangeFeed', () => {
  it('tells every subscriber until it unsubscribes', () => {
    const feed = createChangeFeed();
    const first: ChangeEvent[] = [];
    const second: ChangeEvent[] = [];
    const stopFirst = feed.subscribe((event) => first.push(event));
    feed.subscribe((event) => second.push(event));
    const saved: ChangeEvent = { meetingId: 'M-2026-0147', kind: 'meeting', submissionId: 'S01', revision: 1 };
    const restored: ChangeEvent = { meetingId: null, kind: 'meeting', submissionId: null, revision: 2 };
    feed.publish(saved);
    stopFirst();
    feed.publish(restored);
    expect(first).toEqual([saved]);
    expect(second).toEqual([saved, restored]);
  });

  it('keeps a failing subscriber from reaching the publisher, whose write is already committed', () => {
    const feed = createChangeFeed();
    const told: ChangeEvent[] = [];
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    feed.subscribe(() => {
      throw new Error('窗口已关闭');
    });
    feed.subscribe((event) => told.push(event));
    const saved: ChangeEvent = { meetingId: 'M-2026-0147', kind: 'meeting', submissionId: null, revision: 3 };
    expect(() => feed.publish(saved)).not.toThrow();
    expect(told).toEqual([saved]);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});

describe('announcer', () => {
  it('numbers every change in order, a store commit being of the meeting\'s records unless it says it is the hub\'s', () => {
    const told: ChangeEvent[] = [];
    const announce = announcer({ publish: (event) => told.push(event) });
    announce({ meetingId: 'M-2026-0147', submissionId: 'S01' });
    announce({ meetingId: 'M-2026-0147', kind: 'hub' });
    announce({ meetingId: null });
    expect(told).toEqual([
      { meetingId: 'M-2026-0147', kind: 'meeting', submissionId: 'S01', revision: 1 },
      { meetingId: 'M-2026-0147', kind: 'hub', submissionId: null, revision: 2 },
      { meetingId: null, kind: 'meeting', submissionId: null, revision: 3 },
    ]);
  });
});

describe('isChangeEvent', () => {
  it('accepts a meeting id or null, a known kind, a submission id or null and an integer revision', () => {
    const valid = { meetingId: 'M-2026-0147', kind: 'meeting', submissionId: 'S01', revision: 0 };
    expect(isChangeEvent(valid)).toBe(true);
    expect(isChangeEvent({ meetingId: null, kind: 'hub', submissionId: null, revision: 4 })).toBe(true);
    expect(isChangeEvent({ ...valid, meetingId: 7 })).toBe(false);
    expect(isChangeEvent({ ...valid, revision: 1.5 })).toBe(false);
    expect(isChangeEvent({ ...valid, kind: 'presence' })).toBe(false);
    expect(isChangeEvent({ ...valid, submissionId: 3 })).toBe(false);
    expect(isChangeEvent({ meetingId: null, revision: 1 })).toBe(false);
    expect(isChangeEvent(null)).toBe(false);
    expect(isChangeEvent(JSON.stringify(valid))).toBe(false);
  });
});
