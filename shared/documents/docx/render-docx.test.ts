import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Block, DocumentSpec } from '../layout/blocks.js';
import { signatureImage } from '../content/format.js';
import { sampleSignature } from '../../../test/fixtures/sample-meeting.js';
import { renderDocx } from './render-docx.js';

const dir = mkdtempSync(join(tmpdir(), 'zz-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const image = signatureImage(sampleSignature, '签于 2026年11月26日 16:00')!;

const blocks: Block[] = [
  { kind: 'title', text: '审评会议纪要', subtitle: '《不锈钢真空保温杯》' },
  { kind: 'heading', level: 1, text: '一、会议概况' },
  { kind: 'facts', items: [{ label: '会议名称', value: '2026年第四批“浙江制造”标准技术审评会' }] },
  { kind: 'heading', level: 2, text: '评分' },
  { kind: 'paragraph', text: [{ text: '审评结论：', bold: true }, { text: '修改后通过' }], indentFirstLine: true },
  { kind: 'table', columns: [{ title: '评审要素', width: 0.6 }, { title: '得分', width: 0.4, align: 'center' }], rows: [['合规性', '18']] },
  { kind: 'heading', level: 3, text: '修改要求' },
  { kind: 'numbered-list', items: ['补充型式试验的抽样数量。', '统一额定容量的指标值。'] },
  { kind: 'spacer', lines: 1 },
  { kind: 'page-break' },
  { kind: 'signatures', items: [{ label: '组长', name: '沈立群', image }, { label: '专家', name: '周雅琴' }], date: '2026年11月26日' },
];

const spec = (extra: Partial<DocumentSpec> = {}): DocumentSpec => ({
  metadata: {
    title: '审评会议纪要：《不锈钢真空保温杯》',
    author: '浙江省品牌建设联合会',
    subject: 'T/ZZB 3582—2026 技术审评',
    language: 'zh-CN',
    keywords: ['浙江制造', '会议纪要'],
    createdAt: new Date('2026-11-26T09:00:00Z'),
  },
  runningHeader: '2026年第四批“浙江制造”标准技术审评会',
  pageNumberLabel: (page, pages) => `第 ${page} 页 共 ${pages} 页`,
  blocks,
  ...extra,
});

let count = 0;
const partsOf = async (document: DocumentSpec) => {
  count += 1;
  const path = join(dir, `document-${count}.docx`);
  writeFileSync(path, await renderDocx(document));
  const part = (name: string) => execFileSync('unzip', ['-p', path, name], { encoding: 'utf8' });
  const listing = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).split('\n');
  return { part, listing };
};

describe('renderDocx', () => {
  it('uses Word styles with 宋体 for body text and 黑体 for headings, named as East Asian fonts', async () => {
    const { part } = await partsOf(spec());
    const styles = part('word/styles.xml');
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`, 'su').exec(styles)?.[0] ?? '';
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3']) expect(style(id), id).toContain('w:eastAsia="黑体"');
    expect(/<w:docDefaults>.*w:eastAsia="宋体".*<\/w:docDefaults>/su.test(styles)).toBe(true);
    expect(styles).toContain('w:eastAsia="zh-CN"');
    const document = part('word/document.xml');
    for (const id of ['Title', 'Subtitle', 'Heading1', 'Heading2', 'Heading3']) expect(document).toContain(`<w:pStyle w:val="${id}"/>`);
    expect(document).not.toContain('<w:b w:val="false"/>');
  });

  it('lays out A4 with the PDF margins, portrait or landscape', async () => {
    const portrait = (await partsOf(spec())).part('word/document.xml');
    expect(portrait).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/u);
    expect(portrait).toMatch(/<w:pgMar w:top="1701" w:right="1474" w:bottom="1587" w:left="1587"/u);
    const landscape = (await partsOf(spec({ orientation: 'landscape' }))).part('word/document.xml');
    expect(landscape).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/u);
  });

  it('numbers pages 第 N 页 共 M 页 with PAGE and NUMPAGES fields and prints the running header', async () => {
    const { part, listing } = await partsOf(spec());
    const footer = part(listing.find((name) => name.startsWith('word/footer'))!);
    expect(footer.replace(/<[^>]+>/gu, '')).toMatch(/^第 \s*PAGE\s*.*页 共 \s*NUMPAGES\s*.*页$/su);
    const header = part(listing.find((name) => name.startsWith('word/header'))!);
    expect(header).toContain('2026年第四批“浙江制造”标准技术审评会');
  });

  it('repeats table header rows, embeds drawn signatures and keeps the metadata', async () => {
    const { part, listing } = await partsOf(spec());
    const document = part('word/document.xml');
    expect(document.match(/<w:tblHeader\/>/gu)).toHaveLength(1);
    expect(listing.filter((name) => /^word\/media\/.+\.png$/u.test(name))).toHaveLength(1);
    expect(document).toContain('<pic:pic');
    const core = part('docProps/core.xml');
    for (const value of ['<dc:title>审评会议纪要：《不锈钢真空保温杯》</dc:title>', '<dc:creator>浙江省品牌建设联合会</dc:creator>', '<dc:language>zh-CN</dc:language>', '<cp:keywords>浙江制造; 会议纪要</cp:keywords>', '2026-11-26T09:00:00Z']) {
      expect(core).toContain(value);
    }
  });

  it('refuses a page label that hides the page number', async () => {
    await expect(renderDocx(spec({ pageNumberLabel: () => '第 N 页' }))).rejects.toThrow('页码格式「第 N 页」');
  });
});
