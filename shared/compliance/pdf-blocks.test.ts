import { describe, expect, it } from 'vitest';
import { type PageText, pdfBlocks } from './pdf-blocks.js';

const size = 10.5;
/** A line of runs on an A4 page at baseline `y`; each [x, text] a run, CJK one em wide, Latin half an em. */
const widthOf = (text: string) => [...text].reduce((sum, char) => sum + (char.charCodeAt(0) < 0x2000 ? 0.5 : 1), 0) * size;
const line = (y: number, ...runs: [number, string][]) => runs.map(([x, str]) => ({ str, x, y, width: widthOf(str), height: size }));
const page = (number: number, ...lines: ReturnType<typeof line>[]): PageText => ({ page: number, width: 595, height: 842, runs: lines.flat() });

const left = 90;

describe('pdfBlocks', () => {
  it('joins the lines of a paragraph and starts a new one at an indent, a number or a short line', () => {
    const blocks = pdfBlocks([
      page(
        1,
        line(800, [300, 'T/ZZB 2311—2026']),
        line(700, [left, '5.1.1'], [left + 4 * size, '外壳表面应平整光洁，不应有裂纹、缩孔、明显划痕和色差，各零部']),
        line(685, [left, '件之间的配合应紧密。']),
        line(670, [left + 2 * size, '铭牌应清晰、牢固，字迹不应因擦拭而模糊，警示标志应符合规定并且']),
        line(655, [left, '保持完整。']),
        line(640, [left, '5.2　性能']),
        line(40, [290, '1']),
      ),
    ]);
    expect(blocks).toEqual([
      { page: 1, text: 'T/ZZB 2311—2026', furniture: true },
      { page: 1, text: '5.1.1 外壳表面应平整光洁，不应有裂纹、缩孔、明显划痕和色差，各零部件之间的配合应紧密。' },
      { page: 1, text: '铭牌应清晰、牢固，字迹不应因擦拭而模糊，警示标志应符合规定并且保持完整。' },
      { page: 1, text: '5.2 性能' },
      { page: 1, text: '1', furniture: true },
    ]);
  });

  it('keeps table rows as cells, and a reference entry set off by a wide gap as text', () => {
    const blocks = pdfBlocks([
      page(
        1,
        line(700, [left + 2 * size, 'GB/T 191'], [left + 10 * size, '包装储运图示标志']),
        line(680, [200, '表1　性能指标']),
        line(660, [left, '序号'], [left + 6 * size, '项目'], [left + 20 * size, '指标']),
        line(645, [left, '1'], [left + 6 * size, '空载转速偏差'], [left + 20 * size, '≤5']),
      ),
    ]);
    expect(blocks.map((block) => block.cells ?? block.text)).toEqual(['GB/T 191 包装储运图示标志', '表1 性能指标', ['序号', '项目', '指标'], ['1', '空载转速偏差', '≤5']]);
  });
});
