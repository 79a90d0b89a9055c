import { describe, expect, it } from 'vitest';
import { withoutContents } from './table-of-contents.js';

type Line = { text: string; page: number };
const texts = (lines: readonly Line[]) => lines.map((line) => line.text);
const onPage = (page: number, ...lines: string[]): Line[] => lines.map((text) => ({ text, page }));

describe('withoutContents', () => {
  it('keeps a document without contents as it is', () => {
    const lines = onPage(1, '1 范围', '本文件规定了……');
    expect(withoutContents(lines)).toEqual(lines);
  });

  it('drops the contents up to the body heading their first entry names, however either is spaced', () => {
    const lines = [
      ...onPage(1, 'T/ZZB 3581—2026', '团 体 标 准'),
      ...onPage(2, 'T/ZZB 3581—2026', '目 次', '前言', '1 范围', '9 质量承诺', '第 2 页 共 12 页'),
      ...onPage(3, 'T/ZZB 3581—2026', '前 言', '本文件按照GB/T 1.1—2020的规定起草。'),
      ...onPage(4, '1 范围'),
    ];
    expect(texts(withoutContents(lines))).toEqual(['T/ZZB 3581—2026', '团 体 标 准', 'T/ZZB 3581—2026', '前 言', '本文件按照GB/T 1.1—2020的规定起草。', '1 范围']);
  });

  it('drops contents that run over several pages, with their leaders and page numbers', () => {
    const lines = [
      ...onPage(2, 'T/ZZB 0999—2026', '目次', '1　范围 ........................ 1', '5 技术要求……3'),
      ...onPage(3, 'T/ZZB 0999—2026', '9 质量承诺\t12', '附录 A（规范性）试验装置 ........ 14'),
      ...onPage(4, 'T/ZZB 0999—2026', '1 范围', '本文件规定了……'),
    ];
    expect(texts(withoutContents(lines))).toEqual(['T/ZZB 0999—2026', '1 范围', '本文件规定了……']);
  });

  it('ends the contents with their page when their first entry never comes round again', () => {
    const lines = [...onPage(2, '目录', '概述 ........ 1', '结论 ........ 9'), ...onPage(3, '一、概况', '1 范围')];
    expect(texts(withoutContents(lines))).toEqual(['一、概况', '1 范围']);
  });

  it('drops only the heading of a document without pages whose first entry never comes round again', () => {
    expect(texts(withoutContents(onPage(1, '目录', '概况', '1 范围')))).toEqual(['概况', '1 范围']);
  });
});
