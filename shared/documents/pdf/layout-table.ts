import type { Block, SignatureImage, TableCell } from '../layout/blocks.js';
import { captionText, continuedCaptionText } from '../layout/table-caption.js';
import type { LayoutContext } from './layout-context.js';
import { pngSize } from './png-size.js';
import { headerFillGrey, leading, mm, ruleThickness, tableCellPadding, typeSizes } from './pdf-style.js';
import { type TextAlign, type TextLine, layoutText, placeLine, styledRuns } from './styled-text.js';

type TableBlock = Extract<Block, { kind: 'table' }>;

const size = typeSizes.table;
const lineHeight = size * leading.table;
const pad = tableCellPadding;

type Column = { x: number; width: number; align: TextAlign };

/**
 * A signature cell holds the drawing in its first lines and its caption below; `offsets` is where
 * each cell's text starts, in lines.
 */
type LaidOutRow = { cells: TextLine[][]; lines: number; offsets: number[]; signatures: (SignatureImage | undefined)[] };

/** Room for a drawn signature in a table row, or for signing on the printed page: whole text lines. */
const signingLines = Math.ceil(mm(10) / lineHeight);

const isSignature = (cell: TableCell): cell is { signature: SignatureImage | null } => typeof cell === 'object' && 'signature' in cell;

const columnsOf = (context: LayoutContext, block: TableBlock): Column[] => {
  const { flow } = context;
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  if (!(total > 0)) throw new Error('表格的列宽 columns[].width 之和必须大于零');
  let x = flow.left;
  return block.columns.map((column) => {
    const width = (column.width / total) * flow.width;
    // Never justified: a wrapped cell line spread to the cell's width reads as letter-spaced (「教 授 级 高 级」).
    const laidOut: Column = { x, width, align: column.align ?? 'left' };
    x += width;
    return laidOut;
  });
};

const rowHeight = (lines: number): number => lines * lineHeight + 2 * pad.y;

/**
 * Tables wrap text inside their cells and continue on the next page between rows, with the header
 * row repeated; only a row taller than a whole page is cut between two of its lines.
 */
export const layoutTable = (context: LayoutContext, block: TableBlock): void => {
  const { flow, fonts } = context;
  const columns = columnsOf(context, block);
  const cellWidth = (column: Column) => Math.max(column.width - 2 * pad.x, size);
  const header: LaidOutRow = (() => {
    const cells = columns.map((column, index) =>
      layoutText(fonts, [{ text: block.columns[index]?.title ?? '', font: 'sansBold' }], { size, maxWidth: cellWidth(column) }),
    );
    return { cells, lines: Math.max(1, ...cells.map((cell) => cell.length)), offsets: [], signatures: [] };
  })();
  const rows: LaidOutRow[] = block.rows.map((row, rowIndex) => {
    if (row.length !== columns.length) {
      throw new Error(`表格第 ${rowIndex + 1} 行有 ${row.length} 个单元格，表头有 ${columns.length} 列`);
    }
    const cellsOfRow = columns.map((_, index) => row[index] ?? '');
    const cells = columns.map((column, index) => {
      const cell = cellsOfRow[index] ?? '';
      const text = isSignature(cell) ? (cell.signature?.caption ?? '') : cell;
      return layoutText(fonts, styledRuns(text, 'serif', 'serifBold'), { size, maxWidth: cellWidth(column) });
    });
    const offsets = cellsOfRow.map((cell) => (isSignature(cell) ? signingLines : 0));
    const signatures = cellsOfRow.map((cell) => (isSignature(cell) ? (cell.signature ?? undefined) : undefined));
    return { cells, offsets, signatures, lines: Math.max(1, ...cells.map((cell, index) => (offsets[index] ?? 0) + cell.length)) };
  });
  const headerHeight = rowHeight(header.lines);
  const left = flow.left;
  const right = flow.left + flow.width;

  const drawCells = (row: LaidOutRow, from: number, count: number, top: number, height: number, centred: boolean) => {
    columns.forEach((column, index) => {
      const skip = row.offsets[index] ?? 0;
      const first = Math.max(from - skip, 0);
      const lines = (row.cells[index] ?? []).slice(first, Math.max(from + count - skip, 0));
      const offset = centred ? (height - lines.length * lineHeight) / 2 : pad.y + Math.max(skip - from, 0) * lineHeight;
      lines.forEach((line, lineIndex) => {
        const placement = { x: column.x + pad.x, top: top + offset + lineIndex * lineHeight, width: cellWidth(column) };
        const align: TextAlign = centred ? 'center' : column.align;
        for (const op of placeLine(line, { ...placement, size, lineHeight, align, ascender: context.ascender })) flow.draw(op);
      });
    });
  };

  const drawRules = (top: number, height: number, withTopRule: boolean) => {
    const bottom = top + height;
    if (withTopRule) flow.draw({ kind: 'line', x1: left, y1: top, x2: right, y2: top, thickness: ruleThickness });
    flow.draw({ kind: 'line', x1: left, y1: bottom, x2: right, y2: bottom, thickness: ruleThickness });
    for (const x of [...columns.map((column) => column.x), right]) {
      flow.draw({ kind: 'line', x1: x, y1: top, x2: x, y2: bottom, thickness: ruleThickness });
    }
  };

  const drawHeader = () => {
    const top = flow.y;
    flow.draw({ kind: 'fill', x: left, top, width: flow.width, height: headerHeight, grey: headerFillGrey });
    drawCells(header, 0, header.lines, top, headerHeight, true);
    drawRules(top, headerHeight, true);
    flow.advance(headerHeight);
  };

  /** A drawing sits, centred, in the lines reserved for it, on the page where its row begins. */
  const drawSignatures = (row: LaidOutRow, count: number) => {
    columns.forEach((column, index) => {
      const image = row.signatures[index];
      if (image === undefined) return;
      const box = { width: cellWidth(column), height: Math.min(row.offsets[index] ?? 0, count) * lineHeight };
      const natural = pngSize(image.png, image.caption);
      const scale = Math.min(box.width / natural.width, box.height / natural.height);
      const width = natural.width * scale;
      const height = natural.height * scale;
      flow.draw({ kind: 'image', png: image.png, x: column.x + pad.x + (box.width - width) / 2, top: flow.y + pad.y + (box.height - height) / 2, width, height });
    });
  };

  const drawFragment = (row: LaidOutRow, from: number, count: number) => {
    const height = rowHeight(count);
    if (from === 0) drawSignatures(row, count);
    drawCells(row, from, count, flow.y, height, false);
    drawRules(flow.y, height, false);
    flow.advance(height);
  };

  const { caption } = block;
  const captionLines = (text: string) => layoutText(fonts, [{ text, font: 'sansBold' }], { size, maxWidth: flow.width });
  const drawCaption = (lines: readonly TextLine[]) => {
    for (const line of lines) {
      for (const op of placeLine(line, { x: left, top: flow.y, width: flow.width, size, lineHeight, align: 'center', ascender: context.ascender })) flow.draw(op);
      flow.advance(lineHeight);
    }
  };
  const opening = caption === undefined ? [] : captionLines(captionText(caption));
  const continued = caption === undefined ? [] : captionLines(continuedCaptionText(caption));

  const continueOnNewPage = () => {
    flow.newPage();
    drawCaption(continued);
    drawHeader();
  };

  flow.space(size / 2);
  const firstRow = rows[0];
  const whole = opening.length * lineHeight + headerHeight + rows.reduce((sum, row) => sum + rowHeight(row.lines), 0);
  // A table of up to half a page is not split; a longer one starts where its header and first row fit.
  flow.ensure(whole <= flow.pageHeight / 2 ? whole : opening.length * lineHeight + headerHeight + rowHeight(Math.min(firstRow?.lines ?? 1, 2)));
  drawCaption(opening);
  drawHeader();
  const linesThatFit = () => Math.floor((flow.remaining - 2 * pad.y) / lineHeight + 0.001);
  const rowsPerPage = Math.floor((flow.pageHeight - continued.length * lineHeight - headerHeight - 2 * pad.y) / lineHeight);
  for (const row of rows) {
    if (!flow.fits(rowHeight(row.lines)) && row.lines <= rowsPerPage) continueOnNewPage();
    let from = 0;
    while (from < row.lines) {
      if (linesThatFit() < 1) {
        continueOnNewPage();
        if (linesThatFit() < 1) throw new Error('表格的表头高于一页，无法排版');
      }
      const count = Math.min(linesThatFit(), row.lines - from);
      drawFragment(row, from, count);
      from += count;
    }
  }
  flow.space(size);
};
