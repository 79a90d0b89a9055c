import type { Block } from '../layout/blocks.js';
import { type LayoutContext, flowLines } from './layout-context.js';
import { pngSize } from './png-size.js';
import { furnitureGrey, leading, mm, typeSizes } from './pdf-style.js';
import { layoutText, placeLine } from './styled-text.js';

type SignaturesBlock = Extract<Block, { kind: 'signatures' }>;

const labelSize = typeSizes.body;
const labelLineHeight = labelSize * leading.body;
const captionSize = typeSizes.margin;
const captionLineHeight = captionSize * leading.margin;
/** Room for a drawn signature, or for signing on the printed page. */
const signingHeight = mm(16);
const cellInset = 6;
const rowGap = 10;

/** A grid of signing places: role and name, the drawn signature (or an empty line), its caption. */
export const layoutSignatures = (context: LayoutContext, block: SignaturesBlock): void => {
  const { flow, fonts, ascender } = context;
  const perRow = context.landscape ? 4 : 3;
  const cellWidth = flow.width / perRow;
  const innerWidth = cellWidth - 2 * cellInset;
  const cells = block.items.map((item) => ({
    item,
    label: layoutText(
      fonts,
      [
        { text: `${item.label}：`, font: 'sans' },
        { text: item.name, font: 'serif' },
      ],
      { size: labelSize, maxWidth: innerWidth },
    ),
    note: item.image !== undefined || item.note === undefined ? [] : layoutText(fonts, [{ text: item.note, font: 'serif' }], { size: labelSize, maxWidth: innerWidth }),
    caption:
      item.image === undefined ? [] : layoutText(fonts, [{ text: item.image.caption, font: 'serif' }], { size: captionSize, maxWidth: innerWidth }),
    size: item.image === undefined ? undefined : pngSize(item.image.png, item.image.caption),
  }));
  const cellHeight = (cell: (typeof cells)[number]) =>
    cell.label.length * labelLineHeight + signingHeight + cell.caption.length * captionLineHeight + 2;

  const rowHeights: number[] = [];
  for (let start = 0; start < cells.length; start += perRow) rowHeights.push(Math.max(...cells.slice(start, start + perRow).map(cellHeight)));
  const whole = rowHeights.reduce((sum, height) => sum + height + rowGap, 0) + (block.date === undefined ? 0 : labelLineHeight);

  flow.space(labelLineHeight / 2);
  // The signing places and their date go on one page whenever they fit on one.
  if (whole <= flow.pageHeight) flow.ensure(whole);
  for (let start = 0; start < cells.length; start += perRow) {
    const row = cells.slice(start, start + perRow);
    const height = Math.max(...row.map(cellHeight));
    flow.ensure(height);
    const top = flow.y;
    row.forEach((cell, column) => {
      const x = flow.left + column * cellWidth + cellInset;
      let y = top;
      for (const line of cell.label) {
        for (const op of placeLine(line, { x, top: y, width: innerWidth, size: labelSize, lineHeight: labelLineHeight, align: 'left', ascender })) {
          flow.draw(op);
        }
        y += labelLineHeight;
      }
      const ruleY = y + signingHeight;
      if (cell.item.image !== undefined && cell.size !== undefined) {
        const scale = Math.min(innerWidth / cell.size.width, (signingHeight - 2) / cell.size.height);
        const width = cell.size.width * scale;
        const imageHeight = cell.size.height * scale;
        flow.draw({ kind: 'image', png: cell.item.image.png, x: x + (innerWidth - width) / 2, top: ruleY - 1 - imageHeight, width, height: imageHeight });
      }
      // A note in place of a signature sits just above the line, where a hand would sign.
      cell.note.forEach((line, index) => {
        const top = ruleY - 2 - (cell.note.length - index) * labelLineHeight;
        for (const op of placeLine(line, { x, top, width: innerWidth, size: labelSize, lineHeight: labelLineHeight, align: 'center', ascender })) flow.draw(op);
      });
      flow.draw({ kind: 'line', x1: x, y1: ruleY, x2: x + innerWidth, y2: ruleY, thickness: 0.5 });
      cell.caption.forEach((line, index) => {
        const placement = { x, top: ruleY + 2 + index * captionLineHeight, width: innerWidth, size: captionSize };
        for (const op of placeLine(line, { ...placement, lineHeight: captionLineHeight, align: 'center', ascender, grey: furnitureGrey })) {
          flow.draw(op);
        }
      });
    });
    flow.advance(height + rowGap);
  }
  if (block.date !== undefined) {
    const lines = layoutText(fonts, [{ text: block.date, font: 'serif' }], { size: labelSize, maxWidth: flow.width });
    flowLines(context, lines, { size: labelSize, lineHeight: labelLineHeight, align: 'right' });
  }
  flow.space(labelLineHeight);
};
