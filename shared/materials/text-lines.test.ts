import { describe, expect, it } from 'vitest';
import { groupIntoLines, type PositionedText } from './text-lines.js';

const run = (str: string, x: number, y: number, width: number, height = 10): PositionedText => ({ str, x, y, width, height });

describe('groupIntoLines', () => {
  it('orders lines top to bottom and runs left to right, tolerating small baseline shifts', () => {
    const lines = groupIntoLines([run('第二行', 72, 600, 30), run('耐压', 100, 701, 20), run('5.2', 72, 700, 15), run('强度', 120, 700, 20)]);
    expect(lines.map((line) => line.text)).toEqual(['5.2 耐压强度', '第二行']);
    expect(lines[0]?.firstItem).toBe(2);
  });

  it('writes a space for a gap the PDF left as positioning and a tab for a column gap', () => {
    const lines = groupIntoLines([run('1', 72, 500, 5), run('外观', 82, 500, 20), run('目测', 200, 500, 20)]);
    expect(lines[0]?.text).toBe('1 外观\t目测');
  });

  it('joins touching runs without a space and drops blank runs', () => {
    const lines = groupIntoLines([run('耐压', 72, 500, 20), run(' ', 92, 500, 3), run('强度', 92, 500, 20)]);
    expect(lines.map((line) => line.text)).toEqual(['耐压强度']);
  });
});
