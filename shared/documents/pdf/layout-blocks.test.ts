import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Block } from '../layout/blocks.js';
import type { DrawOp } from './draw-op.js';
import { parseFont } from './fontkit-adapter.js';
import { layoutBlocks } from './layout-blocks.js';
import type { LayoutContext } from './layout-context.js';
import { PageFlow } from './page-flow.js';
import { fontRoles, pdfFontFiles } from './pdf-fonts.js';
import { pageGeometry } from './pdf-style.js';
import type { LayoutFonts } from './styled-text.js';

const require = createRequire(import.meta.url);
const fonts = Object.fromEntries(
  fontRoles.map((role) => [role, parseFont(new Uint8Array(readFileSync(require.resolve(pdfFontFiles[role].module))))]),
) as LayoutFonts;

/** The pages `blocks` lay out on, as their text operations. */
const layOut = (blocks: readonly Block[]): Extract<DrawOp, { kind: 'text' }>[][] => {
  const flow = new PageFlow(pageGeometry('portrait'));
  const context: LayoutContext = { fonts, flow, ascender: fonts.serif.ascender, landscape: false };
  layoutBlocks(context, blocks);
  return flow.pages.filter((ops) => ops.length > 0).map((ops) => ops.filter((op) => op.kind === 'text'));
};

const pageText = (ops: readonly { text: string }[]): string => ops.map((op) => op.text).join('');

const paragraph = (text: string): Block => ({ kind: 'paragraph', indentFirstLine: true, text });
const filler = (lines: number): Block[] => Array.from({ length: lines }, (_, index) => paragraph(`第${index + 1}段。${'审评专家对送审材料逐条提出意见。'.repeat(2)}`));

describe('table layout', () => {
  const narrow: Block = {
    kind: 'table',
    caption: { number: 3, title: '意见汇总' },
    columns: [
      { title: '序号', width: 0.1, align: 'center' },
      { title: '意见内容', width: 0.78 },
      { title: '备注', width: 0.12 },
    ],
    rows: Array.from({ length: 80 }, (_, index) => [String(index + 1), '指标值与对标分析报告不一致，应统一。', '教授级高级工程师已列入修改要求']),
  };

  it('never letter-spaces a cell, however narrow its column', () => {
    const spaced = layOut([narrow]).flat().filter((op) => op.characterSpacing !== 0);
    expect(spaced).toEqual([]);
  });

  it('captions the table 「表N」 and every page it continues on 「表N（续）」 above the repeated header', () => {
    const pages = layOut([narrow]);
    expect(pages.length).toBeGreaterThan(1);
    expect(pageText(pages[0]!)).toMatch(/^表3\u3000意见汇总序号意见内容备注1/u);
    for (const page of pages.slice(1)) expect(pageText(page)).toMatch(/^表3（续）序号意见内容备注\d/u);
  });
});

describe('keeping together', () => {
  const signatures: Block = {
    kind: 'signatures',
    items: ['沈立群', '周雅琴', '吴海峰', '陈国栋'].map((name) => ({ label: '成员', name })),
    date: '2026年11月26日',
  };

  it('moves the end of the block before a signature block onto its page rather than leave the signatures alone', () => {
    for (let count = 20; count < 34; count += 1) {
      const pages = layOut([...filler(count), { kind: 'heading', level: 1, text: '专家组签字' }, signatures]);
      const last = pageText(pages.at(-1)!);
      expect(last, `${count} 段`).toMatch(/^第\d+段。.*专家组签字成员：沈立群.*2026年11月26日$/u);
      expect(pageText(pages.at(-2) ?? []), `${count} 段`).not.toMatch(/专家组签字$/u);
    }
  });

  it('starts a heading on the next page when what follows it would not begin on its own', () => {
    const table: Block = { kind: 'table', columns: [{ title: '要素', width: 1 }], rows: Array.from({ length: 8 }, (_, i) => [`第${i + 1}行`]) };
    for (let count = 24; count < 34; count += 1) {
      const pages = layOut([...filler(count), { kind: 'heading', level: 2, text: '（二）评分情况' }, table]);
      for (const page of pages) expect(pageText(page), `${count} 段`).not.toMatch(/评分情况$/u);
    }
  });
});
