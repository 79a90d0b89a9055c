import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelayMs, defaultBackoff } from './backoff.js';

const policy = { baseMs: 1_000, maxMs: 60_000 };

describe('backoffDelayMs', () => {
  it('doubles the ceiling after each failure', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, () => 0.999_999, policy))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, () => 0, policy))).toEqual([500, 1_000, 2_000, 4_000]);
  });

  it('never waits longer than the cap, however many failures', () => {
    expect(backoffDelayMs(7, () => 0.999_999, policy)).toBe(60_000);
    expect(backoffDelayMs(5_000, () => 0.999_999, policy)).toBe(60_000);
    expect(backoffDelayMs(5_000, () => 0.999_999)).toBe(defaultBackoff.maxMs);
  });

  it('stays within [ceiling/2, ceiling] for any failure count and random draw', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (failures, draw) => {
        const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, failures - 1));
        const delay = backoffDelayMs(failures, () => draw, policy);
        return delay >= Math.floor(ceiling / 2) && delay <= ceiling;
      }),
    );
  });

  it('spreads workstations that failed together', () => {
    const draws = [0.1, 0.5, 0.9];
    const delays = draws.map((d) => backoffDelayMs(3, () => d, policy));
    expect(new Set(delays).size).toBe(3);
  });
});
