import { describe, expect, it } from 'vitest';
import { compactDecimal, oneDecimal } from './one-decimal.js';

describe('oneDecimal', () => {
  it('rounds half up from the exact quotient', () => {
    expect(oneDecimal({ numerator: 265, denominator: 4 })).toBe('66.3');
    expect(oneDecimal(66.25)).toBe('66.3');
    expect(oneDecimal({ numerator: 1321, denominator: 20 })).toBe('66.1');
    expect(oneDecimal(1321 / 20)).toBe('66.1');
    expect(oneDecimal({ numerator: 331, denominator: 5 })).toBe('66.2');
    expect(oneDecimal(66)).toBe('66.0');
    expect(oneDecimal(0.04)).toBe('0.0');
  });

  it('gives the same form for a quotient and its float', () => {
    for (let denominator = 1; denominator <= 40; denominator += 1) {
      for (let numerator = 0; numerator <= 100 * denominator; numerator += 7) {
        expect(oneDecimal(numerator / denominator)).toBe(oneDecimal({ numerator, denominator }));
      }
    }
  });

  it('never lifts a total below an integer threshold onto it for panels under 22 experts', () => {
    for (let denominator = 1; denominator < 20; denominator += 1) {
      for (let numerator = 0; numerator <= 100 * denominator; numerator += 1) {
        const printed = Number(oneDecimal({ numerator, denominator }));
        const exact = numerator / denominator;
        expect(Math.floor(printed)).toBeLessThanOrEqual(exact);
      }
    }
  });
});

describe('compactDecimal', () => {
  it('drops a trailing zero tenth', () => {
    expect(compactDecimal({ numerator: 3, denominator: 10 })).toBe('0.3');
    expect(compactDecimal(30)).toBe('30');
    expect(compactDecimal(100 / 3)).toBe('33.3');
    expect(compactDecimal(4.5)).toBe('4.5');
  });
});
