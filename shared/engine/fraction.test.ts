import { describe, expect, it } from 'vitest';
import { exceedsShare, formatPercent, formatRatio, reachesRatio } from './fraction.js';
import { oneDecimal } from './one-decimal.js';
import { rationalAtLeast } from './rational.js';

const threeQuarters = { numerator: 3, denominator: 4 };

describe('ratios in integers', () => {
  it('6 of 8 reaches 3/4 and 5 of 7 does not', () => {
    expect(reachesRatio(6, 8, threeQuarters)).toBe(true);
    expect(reachesRatio(5, 7, threeQuarters)).toBe(false);
    expect(reachesRatio(6, 7, threeQuarters)).toBe(true);
    expect(reachesRatio(3, 4, threeQuarters)).toBe(true);
  });

  it('exceeds a share only strictly', () => {
    expect(exceedsShare(6, 20, { numerator: 3, denominator: 10 })).toBe(false);
    expect(exceedsShare(7, 20, { numerator: 3, denominator: 10 })).toBe(true);
  });

  it('formats ratios and percentages', () => {
    expect(formatRatio(threeQuarters)).toBe('3/4');
    expect(formatPercent({ numerator: 3, denominator: 10 })).toBe('30%');
    expect(formatPercent({ numerator: 1, denominator: 3 })).toBe('33.3%');
  });

  it('prints one decimal on the same side of an integer threshold as the exact value', () => {
    expect(oneDecimal({ numerator: 1198, denominator: 20 })).toBe('59.9');
    expect(rationalAtLeast({ numerator: 1198, denominator: 20 }, 60)).toBe(false);
    expect(oneDecimal({ numerator: 412, denominator: 5 })).toBe('82.4');
    expect(rationalAtLeast({ numerator: 180, denominator: 3 }, 60)).toBe(true);
  });
});
