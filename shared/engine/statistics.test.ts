import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from './statistics.js';

const trimmed = { method: 'trimmed-mean', trimFrom: 5 } as const;

describe('summarize', () => {
  it('uses the plain mean below 5 scores', () => {
    const { stats } = summarize([10, 20, 30, 0], trimmed);
    expect(stats.method).toBe('mean');
    expect(stats.trimmedMean).toBeNull();
    expect(stats.value).toBe(15);
  });

  it('drops one highest and one lowest from 5 scores up', () => {
    const { stats, exact } = summarize([0, 20, 22, 24, 100], trimmed);
    expect(stats.method).toBe('trimmed-mean');
    expect(stats.trimmedMean).toBe(22);
    expect(stats.value).toBe(22);
    expect(exact).toEqual({ numerator: 66, denominator: 3 });
    expect(stats.mean).toBe(33.2);
  });

  it('always reports median, min, max and population standard deviation', () => {
    const { stats } = summarize([2, 4, 4, 4, 5, 5, 7, 9], trimmed);
    expect(stats).toMatchObject({ count: 8, median: 4.5, min: 2, max: 9, stdDev: 2 });
  });

  it('aggregates by median when the rules say so', () => {
    const { stats, exact } = summarize([1, 2, 9, 10], { method: 'median', trimFrom: 5 });
    expect(stats.method).toBe('median');
    expect(exact).toEqual({ numerator: 11, denominator: 2 });
  });

  it('refuses an empty list', () => {
    expect(() => summarize([], trimmed)).toThrow(RangeError);
  });

  it('keeps the trimmed mean, mean and median within min..max', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 30 }), (scores) => {
        const { stats } = summarize(scores, trimmed);
        for (const value of [stats.value, stats.mean, stats.median, stats.trimmedMean ?? stats.mean]) {
          expect(value).toBeGreaterThanOrEqual(stats.min);
          expect(value).toBeLessThanOrEqual(stats.max);
        }
        expect(stats.trimmedMean === null).toBe(scores.length < 5);
      }),
    );
  });
});
