import { describe, expect, it } from 'vitest';
import { sentence } from './sentence.js';

describe('sentence', () => {
  it('ends free text with exactly one full stop, whatever it was typed with', () => {
    expect(sentence('存在合作关系')).toBe('存在合作关系。');
    expect(sentence('存在合作关系。 ')).toBe('存在合作关系。');
    expect(sentence('存在合作关系；。')).toBe('存在合作关系。');
    expect(sentence('见“附件”。')).toBe('见“附件”。');
  });
});
