import { describe, expect, it } from 'vitest';
import { entryOf, steppedScore, typedScore } from './score-keys.js';

describe('score entry from the keyboard', () => {
  it('keeps digits only and refuses a score above the maximum', () => {
    expect(typedScore(entryOf(null), '1', 20)).toEqual({ text: '1', score: 1 });
    expect(typedScore(entryOf(1), '18', 20)).toEqual({ text: '18', score: 18 });
    expect(typedScore(entryOf(2), '25', 20)).toEqual({ text: '2', score: 2 });
    expect(typedScore(entryOf(null), ' 1a6 ', 20)).toEqual({ text: '16', score: 16 });
    expect(typedScore(entryOf(null), '007', 20)).toEqual({ text: '7', score: 7 });
    expect(typedScore(entryOf(null), '0', 20)).toEqual({ text: '0', score: 0 });
    expect(typedScore(entryOf(5), '', 20)).toEqual({ text: '', score: null });
  });

  it('steps with the arrow and page keys inside 0..max', () => {
    expect(steppedScore(null, 'ArrowUp', 15)).toBe(0);
    expect(steppedScore(null, 'ArrowDown', 15)).toBe(15);
    expect(steppedScore(15, 'ArrowUp', 15)).toBe(15);
    expect(steppedScore(0, 'ArrowDown', 15)).toBe(0);
    expect(steppedScore(7, 'ArrowUp', 15)).toBe(8);
    expect(steppedScore(12, 'PageUp', 15)).toBe(15);
    expect(steppedScore(3, 'PageDown', 15)).toBe(0);
    expect(steppedScore(9, 'Home', 15)).toBe(0);
    expect(steppedScore(9, 'End', 15)).toBe(15);
    expect(steppedScore(9, 'Tab', 15)).toBeUndefined();
  });
});
