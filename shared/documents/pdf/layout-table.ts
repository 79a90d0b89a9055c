import type { Block } from '../layout/blocks.js';
import type { LayoutContext } from './layout-context.js';
import { headerFillGrey, leading, ruleThickness, tableCellPadding, typeSizes } from './pdf-style.js';
import { type TextAlign, type TextLine, layoutText, placeLine, styledRuns } from './styled-text.js';

type TableBlock = Extract<Block, { kind: 'table' }>;

const size = typeSizes.table;
const lineHeight = size * leading.table;
const pad = tableCellPadding;

type Column = { x: number; width: number; align: TextAlign };

type LaidOutRow = { cells: TextLine[][]; lines: number };

const columnsOf = (context: LayoutContext, block: TableBlock): Column[] => {
  const { flow } = context;
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  if (!(total > 0)) throw new Error('表格的列宽 columns[].width 之和必须大于零');
  let x = flow.left;
  return block.columns.map((column) => {
    const width = (column.width / total) * flow.width;
    const laidOut: Column = { x, width, align: column.align === undefined || column.align === 'left' ? 'justify' : column.align };
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
    return { cells, lines: Math.max(1, ...cells.map((cell) => cell.length)) };
  })();
  const rows: LaidOutRow[] = block.rows.map((row, rowIndex) => {
    if (row.length !== columns.length) {
      throw new Error(`表格第 ${rowIndex + 1} 行有 ${row.length} 个单元格，表头有 ${columns.length} 列`);
    }
    const cells = columns.map((column, index) =>
      layoutText(fonts, styledRuns(row[index] ?? '', 'serif', 'serifBold'), { size, maxWidth: cellWidth(column) }),
    );
    return { cells, lines: Math.max(1, ...cells.map((cell) => cell.length)) };
  });
  const headerHeight = rowHeight(header.lines);
  const left = flow.left;
  const right = flow.left + flow.width;

  const drawCells = (cells: readonly TextLine[][], from: number, count: number, top: number, height: number, centred: boolean) => {
    columns.forEach((column, index) => {
      const lines = (cells[index] ?? []).slice(from, from + count);
      const offset = centred ? (height - lines.length * lineHeight) / 2 : pad.y;
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
    drawCells(header.cells, 0, header.lines, top, headerHeight, true);
    drawRules(top, headerHeight, true);
    flow.advance(headerHeight);
  };

  const drawFragment = (row: LaidOutRow, from: number, count: number) => {
    const height = rowHeight(count);
    drawCells(row.cells, from, count, flow.y, height, false);
    drawRules(flow.y, height, false);
    flow.advance(height);
  };

  const continueOnNewPage = () => {
    flow.newPage();
    drawHeader();
  };

  flow.space(size / 2);
  const firstRow = rows[0];
  flow.ensure(headerHeight + rowHeight(Math.min(firstRow?.lines ?? 1, 2)));
  drawHeader();
  const linesThatFit = () => Math.floor((flow.remaining - 2 * pad.y) / lineHeight + 0.001);
  const rowsPerPage = Math.floor((flow.pageHeight - headerHeight - 2 * pad.y) / lineHeight);
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
