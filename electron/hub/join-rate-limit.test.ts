import { describe, expect, it } from 'vitest';
import { createJoinRateLimit } from './join-rate-limit.js';

describe('join rate limit', () => {
  it('lets `limit` attempts per address through in any window, counting each address apart', () => {
    let now = 0;
    const limit = createJoinRateLimit({ limit: 3, windowMs: 60_000, now: () => now });
    expect([1, 2, 3, 4].map(() => limit.take('10.0.0.2'))).toEqual([true, true, true, false]);
    expect(limit.take('10.0.0.3')).toBe(true);
    now = 59_999;
    expect(limit.take('10.0.0.2')).toBe(false);
    now = 60_000;
    expect(limit.take('10.0.0.2')).toBe(true);
  });
});
