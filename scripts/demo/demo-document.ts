import type { Block, DocumentSpec, TableColumn } from '../../shared/documents/layout/blocks.js';
import type { MaterialSource, ReportSource, SourceNode, StandardSource } from './demo-source.js';

/** Printed on every title page: the demo must never pass for a real standard or company. */
const demoNotice = '（示例材料：标准内容、企业及人员均为虚构，仅供演示审评工作站使用）';

/** Between a clause number and its title, as standards are typeset. */
const numberGap = '　';

const paragraph = (text: string, align?: 'left' | 'center' | 'right'): Block => ({ kind: 'paragraph', text, ...(align ? { align } : {}) });
const indented = (text: string): Block => ({ kind: 'paragraph', text, indentFirstLine: true });
const bold = (text: string, align: 'left' | 'center' | 'right'): Block => ({ kind: 'paragraph', text: [{ text, bold: true }], align });

const headingLevel = (number: string): 1 | 2 | 3 => {
  const depth = number.split('.').length;
  return depth >= 3 ? 3 : depth === 2 ? 2 : 1;
};

const listLabel = (style: 'letter' | 'dash', index: number): string =>
  style === 'dash' ? '——' : `${String.fromCharCode(97 + index)})${numberGap}`;

const nodeBlocks = (node: SourceNode): Block[] => {
  switch (node.k) {
    case 'h':
      return node.n === undefined
        ? [{ kind: 'heading', level: node.l ?? 1, text: node.t }]
        : [{ kind: 'heading', level: headingLevel(node.n), text: `${node.n}${numberGap}${node.t}` }];
    case 'p':
      if (node.n === undefined) return [{ kind: 'paragraph', text: node.t, indentFirstLine: true }];
      return [{ kind: 'paragraph', text: [{ text: node.n, bold: true }, ...(typeof node.t === 'string' ? [{ text: `${numberGap}${node.t}` }] : node.t)] }];
    case 'ref':
      return node.items.map(indented);
    case 'list': {
      const { style, items } = node;
      if (style === 'number') return [{ kind: 'numbered-list', items }];
      return items.map((item, index) => indented(`${listLabel(style, index)}${item}`));
    }
    case 'table': {
      const columns: TableColumn[] = node.cols.map(([title, width, align]) => ({ title, width, ...(align ? { align } : {}) }));
      return [bold(node.title, 'center'), { kind: 'table', columns, rows: node.rows }];
    }
    case 'note':
      return [paragraph(`注：${node.t}`)];
    case 'break':
      return [{ kind: 'page-break' }];
  }
};

/** The title page of a T/ZZB standard: ICS/CCS, 团体标准, the code, the name, the stage, the dates and the publisher. */
const standardCover = ({ cover }: StandardSource): Block[] => [
  paragraph(cover.ics, 'left'),
  paragraph(cover.ccs, 'left'),
  { kind: 'spacer', lines: 2 },
  { kind: 'title', text: '团　体　标　准' },
  bold(cover.code, 'right'),
  ...(cover.replaces === undefined ? [] : [paragraph(cover.replaces, 'right')]),
  { kind: 'spacer', lines: 4 },
  { kind: 'title', text: cover.name, subtitle: cover.english },
  paragraph(cover.stage, 'center'),
  { kind: 'spacer', lines: 8 },
  paragraph(`${cover.issued}${'\u3000'.repeat(12)}${cover.effective}`, 'center'),
  { kind: 'spacer', lines: 1 },
  bold(cover.publisher, 'center'),
  { kind: 'spacer', lines: 2 },
  paragraph(demoNotice, 'center'),
  { kind: 'page-break' },
];

/** 目次 lists the foreword and the chapters; page numbers are left out because the layout is not known here. */
const tableOfContents = (source: StandardSource): Block[] => [
  { kind: 'title', text: '目　　次' },
  paragraph('前言'),
  ...source.body.flatMap((node) => (node.k === 'h' && node.n !== undefined && !node.n.includes('.') ? [paragraph(`${node.n}${numberGap}${node.t}`)] : [])),
  { kind: 'page-break' },
];

const foreword = (source: StandardSource): Block[] => [
  { kind: 'title', text: '前　　言' },
  ...source.foreword.map(indented),
  { kind: 'page-break' },
];

const standardBlocks = (source: StandardSource): Block[] => [
  ...standardCover(source),
  ...tableOfContents(source),
  ...foreword(source),
  { kind: 'title', text: source.cover.name },
  ...source.body.flatMap(nodeBlocks),
];

const reportBlocks = (source: ReportSource): Block[] => [
  { kind: 'spacer', lines: 6 },
  { kind: 'title', text: source.cover.title },
  { kind: 'title', text: source.cover.name, subtitle: source.cover.document },
  { kind: 'spacer', lines: 10 },
  ...source.cover.lines.map((line) => paragraph(line, 'center')),
  { kind: 'spacer', lines: 2 },
  paragraph(demoNotice, 'center'),
  { kind: 'page-break' },
  { kind: 'title', text: `${source.cover.name}${source.cover.document}` },
  ...source.body.flatMap(nodeBlocks),
];

/** The format-neutral document of one material; every date in it is the source's fixed `createdAt`. */
export const demoDocumentSpec = (source: MaterialSource): DocumentSpec => ({
  metadata: {
    title: source.title,
    author: source.author,
    subject: source.subject,
    language: 'zh-CN',
    keywords: source.keywords,
    createdAt: new Date(source.createdAt),
  },
  runningHeader: source.runningHeader,
  pageNumberLabel: (page, pages) => `第 ${page} 页\u3000共 ${pages} 页`,
  ...(source.orientation ? { orientation: source.orientation } : {}),
  blocks: source.kind === 'standard' ? standardBlocks(source) : reportBlocks(source),
});
