import type { Block, DocumentSpec } from '../../shared/documents/layout/blocks.js';
import { renderPdf } from '../../shared/documents/pdf/render-pdf.js';
import type { Clause, CorpusDraft, DraftTable, ExplanatoryNote } from './compliance-corpus-model.js';
import { gap, numberedClauses } from './compliance-corpus-model.js';
import { benchmarkTable, contentsLines, coverLines, forewordTitle } from './compliance-corpus-layout.js';
import { loadPdfFonts } from './pdf-fonts.js';

/**
 * Corpus drafts as PDF through the project's own renderer (pdf-lib, upstream fontkit, the bundled
 * Noto SC faces as subsets): headings in 黑体, text in 宋体, the code as running header and a page
 * number on every page, so a reader meets the same page furniture as in a converted Word draft.
 */

const createdAt = new Date('2026-11-20T08:00:00Z');

const tableBlock = (table: DraftTable): Block => {
  const [, number = '0', title = ''] = /^表(\d+)\u3000(.*)$/u.exec(table.caption) ?? [];
  const widths = table.columns.map((column) => (column === '序号' ? 0.5 : column.length > 2 || column === '项目' || column === '指标' ? 2 : 1));
  const total = widths.reduce((sum, width) => sum + width, 0);
  return {
    kind: 'table',
    caption: { number: Number(number), title },
    columns: table.columns.map((title, index) => ({ title, width: (widths[index] ?? 1) / total, align: 'center' })),
    rows: table.rows,
  };
};

const bodyOrItem = (text: string): Block =>
  /^[a-z]\)/u.test(text) ? { kind: 'paragraph', text, align: 'left' } : { kind: 'paragraph', text, indentFirstLine: true };

/** A heading as a heading block, or, where the drafter only made it bold, as a bold line of body text. */
const headingBlock = (draft: CorpusDraft, depth: number, text: string): Block =>
  draft.presentation.headings === 'bold-text'
    ? { kind: 'paragraph', text: [{ text, bold: true }], align: 'left' }
    : { kind: 'heading', level: Math.min(depth + 1, 3) as 1 | 2 | 3, text };

const clauseBlocks = (draft: CorpusDraft, clause: Clause, depth: number, numbers: Map<Clause, string>, inTerms = false): Block[] => {
  const number = numbers.get(clause) ?? '';
  const { separator } = draft.presentation;
  const blocks: Block[] = [];
  if (inTerms && draft.presentation.stackedTerms && clause.title !== undefined) {
    blocks.push(headingBlock(draft, depth, number), { kind: 'paragraph', text: [{ text: clause.title, bold: true }], align: 'left' }, ...clause.text.map(bodyOrItem));
  } else if (clause.title !== undefined) {
    blocks.push(headingBlock(draft, depth, `${number}${separator}${clause.title}`), ...clause.text.map(bodyOrItem));
  } else {
    const [first = '', ...rest] = clause.text;
    blocks.push({ kind: 'paragraph', text: `${number}${separator}${first}` }, ...rest.map(bodyOrItem));
  }
  if (clause.table !== undefined) blocks.push(tableBlock(clause.table));
  const terms = 'role' in clause && clause.role === 'terms';
  for (const item of clause.children) blocks.push(...clauseBlocks(draft, item, depth + 1, numbers, terms));
  return blocks;
};

const draftSpec = (draft: CorpusDraft): DocumentSpec => {
  const numbers = new Map(numberedClauses(draft).map(({ number, clause }) => [clause, number]));
  const cover: Block[] = coverLines(draft).map((line) =>
    line.role === 'title' ? { kind: 'title', text: line.text } : { kind: 'paragraph', text: line.role === 'emphasis' ? [{ text: line.text, bold: true }] : line.text, align: line.align },
  );
  const contents: Block[] = [{ kind: 'title', text: '目　次' }, ...contentsLines(draft).map((text): Block => ({ kind: 'paragraph', text, align: 'left' }))];
  const foreword: Block[] = [{ kind: 'title', text: forewordTitle }, ...draft.foreword.map((text): Block => ({ kind: 'paragraph', text, indentFirstLine: true }))];
  const front = draft.contentsFirst ? [...contents, { kind: 'page-break' } as const, ...foreword] : [...foreword, { kind: 'page-break' } as const, ...contents];
  const main: Block[] = [{ kind: 'title', text: draft.title }];
  for (const part of draft.body) {
    if (part.kind === 'chapter') {
      main.push(...clauseBlocks(draft, part, 0, numbers));
      continue;
    }
    main.push(
      { kind: 'page-break' },
      { kind: 'title', text: `附${gap}录${gap}${part.letter}`, subtitle: `（${part.status}）` },
      { kind: 'paragraph', text: [{ text: part.title, bold: true }], align: 'center' },
    );
    for (const item of part.clauses) main.push(...clauseBlocks(draft, item, 1, numbers));
  }
  if (draft.bibliography.length > 0) {
    main.push({ kind: 'page-break' }, { kind: 'title', text: `参${gap}考${gap}文${gap}献` }, ...draft.bibliography.map((entry, index): Block => ({ kind: 'paragraph', text: `[${index + 1}]${gap}${entry}`, align: 'left' })));
  }
  return {
    metadata: { title: `${draft.code}${gap}${draft.title}`, author: '浙江制造标准起草组', subject: '送审稿', language: 'zh-CN', createdAt },
    runningHeader: draft.code,
    pageNumberLabel: (page) => String(page),
    blocks: [...cover, { kind: 'page-break' }, ...front, { kind: 'page-break' }, ...main],
  };
};

export const draftPdf = (draft: CorpusDraft): Promise<Uint8Array> => renderPdf(draftSpec(draft), loadPdfFonts());

export const notePdf = (note: ExplanatoryNote): Promise<Uint8Array> => {
  const blocks: Block[] = [{ kind: 'title', text: note.title }];
  for (const section of note.sections) {
    blocks.push({ kind: 'heading', level: 1, text: section.title }, ...section.paragraphs.map((text): Block => ({ kind: 'paragraph', text, indentFirstLine: true })));
    if (section.title.includes('对标')) blocks.push(tableBlock(benchmarkTable(note)));
  }
  return renderPdf(
    { metadata: { title: note.title, author: '浙江制造标准起草组', subject: '编制说明', language: 'zh-CN', createdAt }, pageNumberLabel: (page) => String(page), blocks },
    loadPdfFonts(),
  );
};
