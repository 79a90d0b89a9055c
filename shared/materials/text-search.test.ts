import { describe, expect, it } from 'vitest';
import { searchPages } from './text-search.js';

describe('searchPages', () => {
  it('finds a Chinese term on every page, in document order', () => {
    const hits = searchPages([['1 范围', '本文件规定了耐压强度的要求。'], ['5.2.1 耐压强度', '耐压强度应不小于 3.5 MPa。']], '耐压强度');
    expect(hits).toEqual([
      { page: 1, parts: [{ item: 1, start: 6, end: 10 }] },
      { page: 2, parts: [{ item: 0, start: 6, end: 10 }] },
      { page: 2, parts: [{ item: 1, start: 0, end: 4 }] },
    ]);
  });

  it('finds a term broken across runs or spaced out, and splits the hit per run', () => {
    expect(searchPages([['技术', '要 求']], '技术要求')).toEqual([
      { page: 1, parts: [{ item: 0, start: 0, end: 2 }, { item: 1, start: 0, end: 3 }] },
    ]);
    expect(searchPages([['前 言']], '前言')[0]?.parts).toEqual([{ item: 0, start: 0, end: 3 }]);
  });

  it('folds full-width letters and case', () => {
    expect(searchPages([['按 ＧＢ／Ｔ 1.1 起草']], 'gb/t')).toHaveLength(1);
  });

  it('counts offsets in UTF-16 units past characters outside the basic plane', () => {
    expect(searchPages([['𠀀耐压']], '耐压')[0]?.parts).toEqual([{ item: 0, start: 2, end: 4 }]);
  });

  it('returns nothing for a blank query and stops at the limit', () => {
    expect(searchPages([['耐压']], '  ')).toEqual([]);
    expect(searchPages([['压压压压压']], '压', 3)).toHaveLength(3);
  });
});
