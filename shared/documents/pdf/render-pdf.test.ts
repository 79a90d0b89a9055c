import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { signaturePng } from '../../../test/support/signature-png.js';
import type { Block, DocumentSpec } from '../layout/blocks.js';
import { isClosingPunctuation, isOpeningPunctuation } from './line-break.js';
import { type PdfFonts, fontRoles, pdfFontFiles } from './pdf-fonts.js';
import { renderPdf } from './render-pdf.js';

const require = createRequire(import.meta.url);
const fonts = Object.fromEntries(
  fontRoles.map((role) => [role, new Uint8Array(readFileSync(require.resolve(pdfFontFiles[role].module)))]),
) as PdfFonts;

const workDir = mkdtempSync(join(tmpdir(), 'zz-pdf-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

let fileCount = 0;
const writePdf = (bytes: Uint8Array): string => {
  fileCount += 1;
  const path = join(workDir, `document-${fileCount}.pdf`);
  writeFileSync(path, bytes);
  return path;
};

const poppler = (tool: string, ...args: string[]): string => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 << 20 });


const createdAt = new Date('2026-11-28T09:30:00Z');

const specOf = (blocks: Block[], extra: Partial<DocumentSpec> = {}): DocumentSpec => ({
  metadata: {
    title: '审评会议纪要',
    author: '浙江省品牌建设联合会',
    subject: 'T/ZZB 1234—2026《不锈钢真空保温杯》送审稿审评',
    language: 'zh-CN',
    keywords: ['浙江制造', '审评', '会议纪要'],
    createdAt,
  },
  runningHeader: '2026年第12批浙江制造标准审评会',
  pageNumberLabel: (page, pages) => `第 ${page} 页 共 ${pages} 页`,
  blocks,
  ...extra,
});

const foreword =
  '本文件按照GB/T 1.1-2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。请注意本文件的某些内容可能涉及专利，本文件的发布机构不承担识别专利的责任。本文件由浙江省品牌建设联合会提出并归口，专家组对T/ZZB 1234—2026送审稿逐条审查，综合得分82.4分（满分100分）。';

const everyBlock: Block[] = [
  { kind: 'title', text: '审评会议纪要', subtitle: '《不锈钢真空保温杯》浙江制造标准送审稿' },
  {
    kind: 'facts',
    items: [
      { label: '会议名称', value: '2026年第12批浙江制造标准审评会' },
      { label: '时间', value: '2026年11月28日 9:00—12:00' },
      { label: '地点', value: '杭州市西湖区文三路90号 浙江省标准化研究院三楼会议室' },
    ],
  },
  { kind: 'heading', level: 1, text: '一、会议概况' },
  { kind: 'paragraph', text: foreword, indentFirstLine: true },
  { kind: 'paragraph', text: [{ text: '审评结论：', bold: true }, { text: '通过，需修改后报批。' }] },
  { kind: 'heading', level: 2, text: '（一）修改要求' },
  { kind: 'numbered-list', items: ['明确“范围”一章的适用对象。', foreword, [{ text: '补充', bold: true }, { text: '附录A的试验方法。' }]] },
  { kind: 'heading', level: 3, text: '评分汇总' },
  {
    kind: 'table',
    columns: [
      { title: '评分项', width: 0.55 },
      { title: '满分', width: 0.15, align: 'center' },
      { title: '平均分', width: 0.3, align: 'right' },
    ],
    rows: [
      ['标准的先进性', '30', '25.6'],
      [[{ text: '合计', bold: true }], '100', '82.4'],
    ],
  },
  { kind: 'spacer', lines: 1 },
  {
    kind: 'signatures',
    items: [
      { label: '组长', name: '张建国', image: { png: signaturePng(240, 80), caption: '张建国 手写签名' } },
      { label: '成员', name: '李秀英' },
    ],
    date: '2026年11月28日',
  },
  { kind: 'page-break' },
  { kind: 'paragraph', text: '附：专家签字表', align: 'center' },
];

/** Text with all white space removed, so that line breaks and layout columns do not matter. */
const squeeze = (text: string): string => text.replace(/\s+/g, '');

const expectInOrder = (text: string, expected: readonly string[]) => {
  const haystack = squeeze(text);
  let from = 0;
  for (const value of expected) {
    const at = haystack.indexOf(squeeze(value), from);
    expect(at, `「${value}」 after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + squeeze(value).length;
  }
};

describe('renderPdf', () => {
  it('renders every block kind with its text in reading order', async () => {
    const path = writePdf(await renderPdf(specOf(everyBlock), fonts));
    const text = poppler('pdftotext', path, '-');
    expectInOrder(text, [
      '2026年第12批浙江制造标准审评会',
      '审评会议纪要',
      '《不锈钢真空保温杯》浙江制造标准送审稿',
      '会议名称：',
      '2026年第12批浙江制造标准审评会',
      '一、会议概况',
      foreword,
      '审评结论：通过，需修改后报批。',
      '（一）修改要求',
      '1.',
      '明确“范围”一章的适用对象。',
      '3.',
      '补充附录A的试验方法。',
      '评分汇总',
      '评分项',
      '合计',
      '82.4',
      '组长：张建国',
      '成员：李秀英',
      '张建国 手写签名',
      '2026年11月28日',
      '第 1 页 共 2 页',
      '附：专家签字表',
      '第 2 页 共 2 页',
    ]);
  });

  it('embeds the four faces as subsets, far smaller than the fonts', async () => {
    const bytes = await renderPdf(specOf(everyBlock), fonts);
    expect(bytes.length).toBeLessThan(200_000);
    const listing = poppler('pdffonts', writePdf(bytes)).split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(listing).toHaveLength(4);
    for (const line of listing) expect(line).toMatch(/^[A-Z]{6}\+NotoS(erif|ans)SC-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });

  it('draws visible glyphs, not blanks', async () => {
    const darkPixels = async (blocks: Block[], name: string): Promise<number> => {
      const path = writePdf(await renderPdf(specOf(blocks), fonts));
      const root = join(workDir, name);
      execFileSync('pdftoppm', ['-gray', '-r', '50', '-singlefile', path, root]);
      // A binary PGM: "P5", width, height and maximum value, then one byte per pixel.
      const pgm = readFileSync(`${root}.pgm`);
      const [, width = 0, height = 0] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 20))?.map(Number) ?? [];
      return pgm.subarray(pgm.length - width * height).filter((value) => value < 160).length;
    };
    const furnitureOnly = await darkPixels([{ kind: 'paragraph', text: '' }], 'empty');
    const withText = await darkPixels([{ kind: 'title', text: '审评会议纪要' }, { kind: 'paragraph', text: foreword.repeat(6) }], 'text');
    expect(withText).toBeGreaterThan(furnitureOnly + 5000);
  });

  it('writes title, author, subject, keywords, language and creation date', async () => {
    const document = await PDFDocument.load(await renderPdf(specOf(everyBlock), fonts), { updateMetadata: false });
    expect(document.getTitle()).toBe('审评会议纪要');
    expect(document.getAuthor()).toBe('浙江省品牌建设联合会');
    expect(document.getSubject()).toBe('T/ZZB 1234—2026《不锈钢真空保温杯》送审稿审评');
    expect(document.getKeywords()).toBe('浙江制造 审评 会议纪要');
    expect(document.getCreationDate()?.toISOString()).toBe(createdAt.toISOString());
    expect(document.catalog.lookup(PDFName.of('Lang'))?.toString()).toBe('(zh-CN)');
    expect(document.getPageCount()).toBe(2);
  });

  it('lays out landscape pages when asked', async () => {
    const document = await PDFDocument.load(await renderPdf(specOf(everyBlock, { orientation: 'landscape' }), fonts));
    const { width, height } = document.getPage(0).getSize();
    expect(Math.round(width)).toBe(842);
    expect(Math.round(height)).toBe(595);
  });

  it('fails loudly, naming the character and its text, when the font lacks a glyph', async () => {
    await expect(renderPdf(specOf([{ kind: 'paragraph', text: '专家意见😀已记录' }]), fonts)).rejects.toThrow(
      /「😀」\(U\+1F600\).*专家意见😀已记录/,
    );
    await expect(
      renderPdf(specOf([{ kind: 'table', columns: [{ title: '意见', width: 1 }], rows: [['生僻字𪚥']] }]), fonts),
    ).rejects.toThrow(/U\+2A6A5/);
  });

  it('starts no line with closing punctuation and ends none with an opening mark', async () => {
    const narrowTable: Block = {
      kind: 'table',
      columns: [
        { title: '意见内容', width: 0.25 },
        { title: '修改建议', width: 0.75 },
      ],
      rows: Array.from({ length: 12 }, (_, index) => [`审${foreword.slice(index * 3)}`, `评${foreword.slice(index * 5)}`]),
    };
    const blocks: Block[] = Array.from({ length: 24 }, (_, index) => ({ kind: 'paragraph', text: `审${foreword.slice(index)}`, indentFirstLine: true }));
    const path = writePdf(await renderPdf(specOf([...blocks, narrowTable]), fonts));
    // -raw keeps the content stream's order, where every laid-out line is drawn on its own.
    const lines = poppler('pdftotext', '-raw', path, '-')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) {
      expect(isClosingPunctuation(Array.from(line)[0] ?? ''), line).toBe(false);
      expect(isOpeningPunctuation(Array.from(line).at(-1) ?? ''), line).toBe(false);
    }
  });
});

describe('renderPdf tables', () => {
  const columns = [
    { title: '序号', width: 0.08, align: 'center' as const },
    { title: '章条号', width: 0.1 },
    { title: '意见内容', width: 0.5 },
    { title: '提出专家', width: 0.16 },
    { title: '备注', width: 0.16 },
  ];

  it('splits a 300-row table between rows, repeating the header on every page', async () => {
    const rows = Array.from({ length: 300 }, (_, index) => [
      String(index + 1),
      `${(index % 9) + 1}.${(index % 4) + 1}`,
      `始${index + 1}号 ${index % 5 === 0 ? foreword : '术语的定义与GB/T 1.1-2020不一致，建议修改。'}终${index + 1}号`,
      '张建国',
      '',
    ]);
    const path = writePdf(await renderPdf(specOf([{ kind: 'table', columns, rows }]), fonts));
    const pages = poppler('pdftotext', '-layout', path, '-').split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(10);
    pages.forEach((page, index) => {
      expect(page.match(/意见内容/g), `page ${index + 1}`).toHaveLength(1);
      expect(page).toContain(`第 ${index + 1} 页 共 ${pages.length} 页`);
    });
    for (let row = 1; row <= 300; row += 1) {
      const page = pages.findIndex((text) => squeeze(text).includes(`始${row}号`));
      expect(page, `row ${row}`).toBeGreaterThanOrEqual(0);
      expect(squeeze(pages[page] ?? ''), `row ${row} ends on its page`).toContain(`终${row}号`);
    }
    expectInOrder(pages.join('\n'), rows.map((row) => `始${row[0]}号`));
  });

  it('splits a row taller than a page inside, continuing under a repeated header', async () => {
    const tall = `开头${'技术要求的内容应当与试验方法一一对应，'.repeat(120)}结尾`;
    const path = writePdf(await renderPdf(specOf([{ kind: 'table', columns, rows: [['1', '5.2', tall, '李秀英', '']] }]), fonts));
    const pages = poppler('pdftotext', '-layout', path, '-').split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(squeeze(pages[0] ?? '')).toContain('开头');
    expect(squeeze(pages.at(-1) ?? '')).toContain('结尾');
    for (const page of pages) expect(page.match(/意见内容/g)).toHaveLength(1);
  });

  it('rejects a row whose cell count differs from the columns', async () => {
    await expect(renderPdf(specOf([{ kind: 'table', columns, rows: [['1', '2']] }]), fonts)).rejects.toThrow(/第 1 行有 2 个单元格/);
  });
});
