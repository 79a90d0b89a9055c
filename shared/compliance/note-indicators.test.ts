import { describe, expect, it } from 'vitest';
import type { DraftBlock } from './draft-block.js';
import { noteIndicators } from './note-indicators.js';

const row = (...cells: string[]): DraftBlock => ({ page: 4, text: cells.join(' '), cells });
const text = (value: string): DraftBlock => ({ page: 4, text: value });

describe('noteIndicators', () => {
  it('reads the column headed 本文件 whatever the other columns are', () => {
    const note = noteIndicators([
      text('表1　本文件与现行国家标准主要指标对比'),
      row('项目', 'GB/T 36972—2018', 'GB 43854—2024', '本文件'),
      row('循环寿命（三元材料）', '≥600次', '—', '≥1 000次'),
      row('防护等级', '—', 'IPX5及以上', 'IP67'),
    ]);
    expect(note.indicators).toEqual([
      { name: '循环寿命（三元材料）', value: '≥1 000次', page: 4 },
      { name: '防护等级', value: 'IP67', page: 4 },
    ]);
  });

  it('reads rows whose 序号 wrapped out of the header, or ran into the name', () => {
    const note = noteIndicators([
      text('序'),
      row('指标', '本标准', '国家标准'),
      text('号'),
      row('1', '甲醛释放量', '≤0.03', '≤0.10'),
      row('2 木材含水率', '≤12', '≤15'),
      row('准', '50%'),
    ]);
    expect(note.indicators.map((indicator) => [indicator.name, indicator.value])).toEqual([
      ['甲醛释放量', '≤0.03'],
      ['木材含水率', '≤12'],
    ]);
  });

  it('ignores tables without a column for this document, and stops at the next paragraph', () => {
    expect(noteIndicators([row('序号', '检验项目', '出厂检验'), row('1', '外观', '●')]).indicators).toEqual([]);
    const note = noteIndicators([row('项目', '本标准'), row('噪声', '≤85'), text('四、与现行法律法规和强制性国家标准的关系'), row('1', '外观')]);
    expect(note.indicators.map((indicator) => indicator.name)).toEqual(['噪声']);
  });
});
