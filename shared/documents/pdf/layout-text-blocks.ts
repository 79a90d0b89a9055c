import type { Block, RichText } from '../layout/blocks.js';
import { type LayoutContext, flowLines } from './layout-context.js';
import { leading, typeSizes } from './pdf-style.js';
import { layoutText, placeLine, styledRuns } from './styled-text.js';

type BlockOf<K extends Block['kind']> = Extract<Block, { kind: K }>;

const bodyLineHeight = typeSizes.body * leading.body;
/** Space after a paragraph, list item group or grid; headings and the title bring their own. */
const paragraphGap = 4;

export const layoutTitle = (context: LayoutContext, block: BlockOf<'title'>): void => {
  const { flow, fonts } = context;
  flow.space(typeSizes.title);
  const size = typeSizes.title;
  const lines = layoutText(fonts, [{ text: block.text, font: 'sansBold' }], { size, maxWidth: flow.width });
  flowLines(context, lines, { size, lineHeight: size * leading.title, align: 'center' }, lines.length);
  if (block.subtitle !== undefined) {
    const subSize = typeSizes.subtitle;
    const subLines = layoutText(fonts, [{ text: block.subtitle, font: 'sans' }], { size: subSize, maxWidth: flow.width });
    flowLines(context, subLines, { size: subSize, lineHeight: subSize * leading.title, align: 'center' });
  }
  flow.space(bodyLineHeight);
};

export const layoutHeading = (context: LayoutContext, block: BlockOf<'heading'>): void => {
  const { flow, fonts } = context;
  const size = typeSizes.heading[block.level];
  const lineHeight = size * leading.heading;
  flow.space(block.level === 1 ? size * 0.8 : size * 0.5);
  const lines = layoutText(fonts, [{ text: block.text, font: block.level === 3 ? 'sans' : 'sansBold' }], {
    size,
    maxWidth: flow.width,
  });
  // A heading keeps with the first two lines of what follows it.
  flow.ensure(lines.length * lineHeight + 2 * bodyLineHeight);
  flowLines(context, lines, { size, lineHeight, align: 'left' }, lines.length);
  flow.advance(size * 0.25);
};

export const layoutParagraph = (context: LayoutContext, block: BlockOf<'paragraph'>): void => {
  const size = typeSizes.body;
  const lines = layoutText(context.fonts, styledRuns(block.text, 'serif', 'serifBold'), {
    size,
    maxWidth: context.flow.width,
    firstLineIndent: block.indentFirstLine === true ? 2 * size : 0,
  });
  flowLines(context, lines, { size, lineHeight: bodyLineHeight, align: block.align ?? 'justify' });
  context.flow.space(paragraphGap);
};

const widest = (context: LayoutContext, texts: readonly string[], font: 'serif' | 'sansBold', size: number): number =>
  Math.max(
    0,
    ...texts.map((text) =>
      layoutText(context.fonts, [{ text, font }], { size, maxWidth: Number.POSITIVE_INFINITY }).reduce(
        (width, line) => Math.max(width, line.width),
        0,
      ),
    ),
  );

/** A label column and a text column: the label printed once, the text wrapping under itself. */
const layoutHanging = (
  context: LayoutContext,
  rows: readonly { label: string; text: RichText }[],
  labelFont: 'serif' | 'sansBold',
  labelWidth: number,
  align: 'left' | 'justify',
): void => {
  const { flow, fonts } = context;
  const size = typeSizes.body;
  const textX = flow.left + labelWidth;
  const textWidth = flow.width - labelWidth;
  for (const row of rows) {
    const labelLines = layoutText(fonts, [{ text: row.label, font: labelFont }], { size, maxWidth: labelWidth });
    const lines = layoutText(fonts, styledRuns(row.text, 'serif', 'serifBold'), { size, maxWidth: textWidth });
    flow.ensure(Math.max(labelLines.length, Math.min(lines.length, 2)) * bodyLineHeight);
    const top = flow.y;
    const page = flow.pages.length;
    labelLines.forEach((line, index) => {
      const placement = { x: flow.left, top: top + index * bodyLineHeight, width: labelWidth, size };
      for (const op of placeLine(line, { ...placement, lineHeight: bodyLineHeight, align: 'left', ascender: context.ascender })) {
        flow.draw(op);
      }
    });
    flowLines(context, lines, { size, lineHeight: bodyLineHeight, align, x: textX, width: textWidth });
    const labelBottom = top + labelLines.length * bodyLineHeight;
    if (flow.pages.length === page && flow.y < labelBottom) flow.advance(labelBottom - flow.y);
    flow.advance(paragraphGap / 2);
  }
  flow.space(paragraphGap);
};

export const layoutNumberedList = (context: LayoutContext, block: BlockOf<'numbered-list'>): void => {
  const labels = block.items.map((_, index) => `${index + 1}.`);
  const labelWidth = widest(context, labels, 'serif', typeSizes.body) + typeSizes.body / 2;
  layoutHanging(
    context,
    block.items.map((text, index) => ({ label: labels[index] ?? '', text })),
    'serif',
    labelWidth,
    'justify',
  );
};

export const layoutFacts = (context: LayoutContext, block: BlockOf<'facts'>): void => {
  const labels = block.items.map((item) => `${item.label}：`);
  const labelWidth = Math.min(widest(context, labels, 'sansBold', typeSizes.body), context.flow.width * 0.35);
  layoutHanging(
    context,
    block.items.map((item, index) => ({ label: labels[index] ?? '', text: item.value })),
    'sansBold',
    labelWidth,
    // A grid's values are set flush left, as table cells are: never spread apart.
    'left',
  );
};

export const layoutSpacer = (context: LayoutContext, block: BlockOf<'spacer'>): void => {
  context.flow.space(block.lines * bodyLineHeight);
};

export const layoutPageBreak = (context: LayoutContext): void => {
  if (!context.flow.atPageTop) context.flow.newPage();
};
