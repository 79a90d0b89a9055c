import { describe, expect, it } from 'vitest';
import { clauseAt, clauseFromLine, findClauses, pdfPageLines, type LocatedLine } from './clauses.js';
import type { PositionedText } from './text-lines.js';

const lines = (...texts: string[]): LocatedLine[] => texts.map((text, offset) => ({ text, page: 1, offset }));
const numbers = (texts: string[]) => findClauses(lines(...texts)).map((clause) => clause.number);

describe('clauseFromLine', () => {
  it.each([
    ['1 范围', '1', '范围'],
    ['5 技术要求', '5', '技术要求'],
    ['5.2 物理性能', '5.2', '物理性能'],
    ['5.2.1 耐压强度', '5.2.1', '耐压强度'],
    ['5.2.1\u3000耐压强度', '5.2.1', '耐压强度'],
    ['5.12.3\t试验步骤', '5.12.3', '试验步骤'],
    ['A.1 试验装置', 'A.1', '试验装置'],
    ['7.2 组批', '7.2', '组批'],
    ['6.3.1 20 ℃放电容量', '6.3.1', '20 ℃放电容量'],
    ['6.3.3 −10 ℃放电容量', '6.3.3', '−10 ℃放电容量'],
    ['6.3.3 20 ℃ 时的放电容量', '6.3.3', '20 ℃ 时的放电容量'],
    ['6.3.7 2C倍率放电', '6.3.7', '2C倍率放电'],
    ['6.3.1 5 个样品的平均值', '6.3.1', '5 个样品的平均值'],
  ])('takes %s as clause %s', (line, number, title) => {
    expect(clauseFromLine(line)).toEqual({ number, title });
  });

  it.each([
    'GB/T 1.1-2020 标准化工作导则',
    '1.1-2020 标准化工作导则',
    '2026-01-15 发布',
    '2026 年 1 月 15 日',
    '12 月 1 日实施',
    '3.5 MPa',
    '3.5 MPa 时不应破裂',
    '12 mm',
    '5 个样品进行试验',
    '24 小时内完成',
    '3 次',
    '12',
    '— 12 —',
    '0.5 倍',
    '10 000次充放电循环后',
    '6 章规定的全部项目',
    '5.2 条的规定',
    '6.3.1 的方法测量',
    '2 h，试验后检查',
    '5.0 技术要求',
    '1 外观\t目测\t5.1',
    '5 技术要求 .................... 3',
    '5 技术要求……3',
    '5 技术要求\t3',
    '前言',
    'a) 外观应平整',
  ])('does not take %s as a clause', (line) => {
    expect(clauseFromLine(line)).toBeNull();
  });

  it('keeps a long run-in clause to a readable length', () => {
    const found = clauseFromLine('5.2.1 产品按照 6.3 规定的方法试验时，其耐压强度应不小于 3.5 MPa，且试样不应出现裂纹、渗漏或永久变形等缺陷。');
    expect(found?.number).toBe('5.2.1');
    expect(found?.title.length).toBe(41);
    expect(found?.title.endsWith('…')).toBe(true);
  });
});

describe('findClauses', () => {
  it('lists clauses in reading order with their headings and locations', () => {
    const found = findClauses([
      { text: '前言', page: 1, offset: 10 },
      { text: '1 范围', page: 2, offset: 20 },
      { text: '本文件规定了……', page: 2, offset: 30 },
      { text: '5 技术要求', page: 3, offset: 10 },
      { text: '5.2.1 耐压强度', page: 3, offset: 40 },
    ]);
    expect(found).toEqual([
      { number: '1', title: '范围', heading: '1 范围', page: 2, offset: 20 },
      { number: '5', title: '技术要求', heading: '5 技术要求', page: 3, offset: 10 },
      { number: '5.2.1', title: '耐压强度', heading: '5.2.1 耐压强度', page: 3, offset: 40 },
    ]);
  });

  it('takes the next line as the title of a term number standing alone', () => {
    const found = findClauses(lines('3 术语和定义', '3.1', '耐压强度 compressive strength', '试样在规定条件下破坏时承受的最大压力。'));
    expect(found.map((clause) => clause.heading)).toEqual(['3 术语和定义', '3.1 耐压强度 compressive strength']);
    expect(found[1]?.offset).toBe(1);
  });

  it('does not take a page number alone on its line as a clause', () => {
    expect(numbers(['5 技术要求', '3', '6 试验方法'])).toEqual(['5', '6']);
  });

  it('keeps the first occurrence of a number', () => {
    expect(findClauses(lines('5 技术要求', '5 技术要求（续）')).map((clause) => clause.title)).toEqual(['技术要求']);
  });

  it('skips the table of contents', () => {
    expect(numbers(['目次', '1 范围 ........ 1', '5 技术要求……3', '1 范围', '5 技术要求'])).toEqual(['1', '5']);
  });

  it('finds each chapter where its text starts, not on a contents page without page numbers', () => {
    const found = findClauses([
      { text: '目 次', page: 2, offset: 87 },
      { text: '前言', page: 2, offset: 133 },
      { text: '1 范围', page: 2, offset: 157 },
      { text: '6 试验方法', page: 2, offset: 273 },
      { text: '前 言', page: 3, offset: 87 },
      { text: '1 范围', page: 4, offset: 144 },
      { text: '6 试验方法', page: 8, offset: 487 },
      { text: '6.3 电性能试验', page: 9, offset: 87 },
      { text: '6.3.1 20 ℃放电容量：电池组按6.1.3标准充电后', page: 9, offset: 108 },
      { text: '6.3.2 质量能量密度：按6.3.1测得放电能量', page: 9, offset: 151 },
    ]);
    expect(found.map((clause) => [clause.number, clause.page])).toEqual([['1', 4], ['6', 8], ['6.3', 9], ['6.3.1', 9], ['6.3.2', 9]]);
  });

  it('takes a sub-clause number met before its chapter for a cross-reference that wrapped', () => {
    expect(numbers(['5 技术要求', '放电容量应按', '6.3.1 规定测得', '6 试验方法', '6.3.1 放电容量'])).toEqual(['5', '6', '6.3.1']);
  });

  it('lists annex clauses, which belong to no chapter', () => {
    expect(numbers(['9 质量承诺', '附录 A', 'A.1 试验装置'])).toEqual(['9', 'A.1']);
  });
});

describe('pdfPageLines', () => {
  const run = (str: string, x: number, y: number, size = 10.5): PositionedText => ({ str, x, y, width: [...str].length * size * (/^[\d.]+$/.test(str) ? 0.5 : 1), height: size });

  it('joins runs of one line, locates it from the top of the page and finds clauses in it', () => {
    const page = [run('本文件规定了产品的技术要求。', 90, 700), run('5.2.1', 72, 740), run('耐压强度', 102, 740), run('5 技术要求', 72, 770), run('12', 300, 40)];
    const located = pdfPageLines(page, 4, 842);
    expect(located.map((line) => line.text)).toEqual(['5 技术要求', '5.2.1 耐压强度', '本文件规定了产品的技术要求。', '12']);
    expect(located[1]).toMatchObject({ page: 4, offset: 842 - 740 - 10.5 });
    expect(findClauses(located).map((clause) => clause.heading)).toEqual(['5 技术要求', '5.2.1 耐压强度']);
  });
});

describe('clauseAt', () => {
  const clauses = findClauses([
    { text: '5 技术要求', page: 2, offset: 100 },
    { text: '5.1 外观', page: 2, offset: 300 },
    { text: '6 试验方法', page: 3, offset: 50 },
  ]);

  it('finds the clause a location falls under', () => {
    expect(clauseAt(clauses, { page: 2, offset: 200 })?.number).toBe('5');
    expect(clauseAt(clauses, { page: 2, offset: 300 })?.number).toBe('5.1');
    expect(clauseAt(clauses, { page: 3, offset: 10 })?.number).toBe('5.1');
    expect(clauseAt(clauses, { page: 9, offset: 0 })?.number).toBe('6');
  });

  it('finds none before the first clause', () => {
    expect(clauseAt(clauses, { page: 1, offset: 500 })).toBeNull();
  });
});
