import type { PositionedText } from '../materials/text-lines.js';
import type { DraftBlock } from './draft-block.js';
import { compact, zzbCodePattern } from './draft-text.js';
import { leadingCitation } from './standard-codes.js';

/** A page's text runs in PDF user space (y grows upwards), as the PDF reader hands them over. */
export type PageText = { page: number; width: number; height: number; runs: PositionedText[] };

/** A visual line with its extent, split into cells where a gap wider than two characters lies. */
export type PdfLine = { page: number; text: string; cells: string[]; x: number; right: number; y: number; size: number; pageHeight: number };

const columnGapEms = 2;
const wordGapEms = 0.3;

const latinEdge = /[A-Za-z0-9%)]$/u;
const latinStart = /^[A-Za-z0-9(]/u;

export const pageLines = ({ page, height: pageHeight, runs }: PageText): PdfLine[] => {
  const order = runs.filter((run) => run.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; size: number; members: PositionedText[] }[] = [];
  for (const run of order) {
    const row = rows.at(-1);
    if (row && Math.abs(row.y - run.y) <= Math.max(run.height, row.size) / 2) {
      row.members.push(run);
      row.size = Math.max(row.size, run.height);
    } else rows.push({ y: run.y, size: run.height, members: [run] });
  }
  return rows.map((row) => {
    const members = [...row.members].sort((a, b) => a.x - b.x);
    const cells: string[] = [''];
    let end: number | null = null;
    for (const run of members) {
      const gap = end === null ? 0 : run.x - end;
      const em = run.height || row.size;
      if (end !== null && gap > columnGapEms * em) cells.push('');
      else if (end !== null && gap > wordGapEms * em) cells[cells.length - 1] += ' ';
      cells[cells.length - 1] += run.str;
      end = Math.max(end ?? 0, run.x + run.width);
    }
    const trimmed = cells.map((cell) => cell.replace(/\s+/gu, ' ').trim()).filter(Boolean);
    return { page, text: trimmed.join(' '), cells: trimmed, x: members[0]?.x ?? 0, right: end ?? 0, y: row.y, size: row.size, pageHeight };
  });
};

const pageNumber = /^(?:第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|[-—–]?\s*[IVXLivxl\d]+\s*[-—–]?|\d+\s*\/\s*\d+)$/u;
const marginShare = 0.09;

/** Running headers and footers: short lines in the page's top or bottom band that repeat or number the page. */
const markFurniture = (lines: PdfLine[]): Set<PdfLine> => {
  const band = (line: PdfLine) => line.y > line.pageHeight * (1 - marginShare) || line.y < line.pageHeight * marginShare;
  const counts = new Map<string, number>();
  for (const line of lines) if (band(line)) counts.set(compact(line.text), (counts.get(compact(line.text)) ?? 0) + 1);
  const furniture = new Set<PdfLine>();
  for (const line of lines) {
    if (!band(line) || line.text.length > 40) continue;
    const key = compact(line.text);
    const repeated = (counts.get(key) ?? 0) > 1;
    if (repeated || pageNumber.test(line.text.trim()) || new RegExp(`^${zzbCodePattern().source}$`, 'u').test(key)) furniture.add(line);
  }
  return furniture;
};

const mostCommon = (values: number[]): number => {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
};

/** Lines that always open a paragraph of their own: clause numbers, list items, notes, captions, element names. */
const opensParagraph = /^(?:[1-9]\d?(?:\.\d+)*[ \t\u3000]|[A-Z]\.\d|[a-z][)）]|\d+[)）]|注\s?\d*[：:]|示例|表\s?[A-Z]?\.?\d|图\s?[A-Z]?\.?\d|附\s*录|前\s*言$|引\s*言$|目\s*次$|参\s*考\s*文\s*献$)/u;

const joinText = (before: string, after: string): string => (latinEdge.test(before) && latinStart.test(after) ? `${before} ${after}` : `${before}${after}`);

/**
 * A PDF's pages as paragraphs: lines joined where the text runs on (no indent, the line before
 * reaching the right margin), table rows kept as rows. Headers and footers come out marked.
 */
export const pdfBlocks = (pages: readonly PageText[]): DraftBlock[] => {
  const lines = pages.flatMap(pageLines);
  const furniture = markFurniture(lines);
  const body = lines.filter((line) => !furniture.has(line));
  const left = mostCommon(body.map((line) => Math.round(line.x)));
  const rights = body.map((line) => line.right).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? 0;

  const blocks: DraftBlock[] = [];
  let open: { block: DraftBlock; line: PdfLine } | null = null;
  let inTable = false;
  for (const line of lines) {
    if (furniture.has(line)) {
      blocks.push({ page: line.page, text: line.text, furniture: true });
      continue;
    }
    const text = line.text;
    const captionOrRow = /^表\s?[A-Z]?\.?\d/u.test(text);
    // A reference entry sets its code apart by a wide gap, as a table row would. A heading set the same
    // way comes out as a row too: the structure tells them apart, knowing which number comes next.
    const row = line.cells.length >= 2 && (inTable || line.cells.length >= 3) && !leadingCitation(text);
    if (row) {
      blocks.push({ page: line.page, text, cells: line.cells });
      open = null;
      inTable = true;
      continue;
    }
    const indented = line.x > left + 0.8 * line.size;
    if (inTable && open === null && indented && !opensParagraph.test(text) && text.length < 30) {
      // A cell's text wrapped onto a line of its own: it belongs to the row above.
      const last = blocks.at(-1);
      if (last?.cells) {
        last.cells[last.cells.length - 1] = joinText(last.cells.at(-1) ?? '', text);
        last.text = joinText(last.text, text);
        continue;
      }
    }
    inTable = captionOrRow;
    const previous = open?.line;
    const runsOn =
      previous !== undefined &&
      !indented &&
      !opensParagraph.test(text) &&
      previous.right >= right - 1.5 * previous.size &&
      Math.abs(previous.size - line.size) < 1;
    if (runsOn && open) {
      open.block.text = joinText(open.block.text, text);
      open.line = line;
      continue;
    }
    const block: DraftBlock = { page: line.page, text };
    blocks.push(block);
    open = { block, line };
  }
  return blocks;
};
