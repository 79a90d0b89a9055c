import type { DraftBlock } from './draft-block.js';
import { compact } from './draft-text.js';
import type { ExplanatoryNote, NoteIndicator } from './explanatory-note.js';

/** The column of the draft's own values in a benchmarking table. */
const ownColumn = /^(?:本文件|本标准|本标准指标|本文件指标|浙江制造标准|浙江制造|本团体标准)/u;
const unitColumn = /^单位/u;
/** A row that is only a 序号 before its name. */
const serial = /^\d{1,3}$/u;

/**
 * The indicators of the 编制说明's benchmarking tables: a table whose header has a column for this
 * document (本文件 / 本标准); each row gives the indicator's name (its first cell after any 序号), its
 * unit when the table has a 单位 column, and this document's value.
 */
export const noteIndicators = (blocks: readonly DraftBlock[]): ExplanatoryNote => {
  const indicators: NoteIndicator[] = [];
  let header: { own: number; unit: number; width: number } | null = null;
  for (const block of blocks) {
    if (block.furniture) continue;
    const cells = block.cells?.map((cell) => cell.trim());
    if (!cells) {
      // A cell's text wrapped onto a line of its own ('序' / '号', 'm）') does not end the table; a paragraph does.
      if (compact(block.text).length > 12 && !/^表\s?\d/u.test(block.text.trim())) header = null;
      continue;
    }
    const own = cells.findIndex((cell) => ownColumn.test(compact(cell)));
    if (own > 0) {
      header = { own, unit: cells.findIndex((cell) => unitColumn.test(compact(cell))), width: cells.length };
      continue;
    }
    if (!header) continue;
    // Columns are counted from the right edge: a 序号 header that wrapped, or a 序号 run together with
    // the name, leaves a row with one cell more or fewer than its header on the left.
    const shift = header.width - cells.length;
    const at = (index: number) => (index - shift >= 0 ? cells[index - shift] : undefined);
    const value = at(header.own);
    const named = serial.test(compact(cells[0] ?? '')) ? cells.slice(1) : cells;
    const name = (named[0] ?? '').replace(/^\d{1,3}\s+/u, '').trim();
    const unit = header.unit >= 0 ? at(header.unit) : undefined;
    // A lone character is the tail of a cell that wrapped ('准'), not an indicator.
    if (value === undefined || !/[^\d\s.]/u.test(name) || compact(name).length < 2) continue;
    indicators.push({ name, ...(unit ? { unit } : {}), value, page: block.page });
  }
  return { indicators };
};
