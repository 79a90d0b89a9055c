import { describe, expect, it } from 'vitest';
import { steppedScore, typedScore } from './score-keys.js';

describe('score entry from the keyboard', () => {
  it('takes a whole number from 0 to the maximum as the score', () => {
    expect(typedScore('1', 20)).toEqual({ text: '1', score: 1, refused: false });
    expect(typedScore('18', 20)).toEqual({ text: '18', score: 18, refused: false });
    expect(typedScore('20', 20)).toEqual({ text: '20', score: 20, refused: false });
    expect(typedScore('0', 20)).toEqual({ text: '0', score: 0, refused: false });
    expect(typedScore('007', 20)).toEqual({ text: '007', score: 7, refused: false });
    expect(typedScore(' 16 ', 20)).toEqual({ text: ' 16 ', score: 16, refused: false });
    expect(typedScore('１６', 20)).toEqual({ text: '１６', score: 16, refused: false });
    expect(typedScore('', 20)).toEqual({ text: '', score: null, refused: false });
  });

  it('keeps anything else exactly as typed, refused and standing for no score', () => {
    for (const text of ['35', '21', '7.5', '-3', '1a6', 'abc', '1e1', '0x10', '9999999999999999999999']) {
      expect(typedScore(text, 20)).toEqual({ text, score: null, refused: true });
    }
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
