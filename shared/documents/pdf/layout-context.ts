import type { PageFlow } from './page-flow.js';
import { type LayoutFonts, type TextAlign, type TextLine, placeLine } from './styled-text.js';

export type LayoutContext = {
  fonts: LayoutFonts;
  flow: PageFlow;
  /** Top of the ideographic em box above the baseline, in ems, shared by the serif and sans faces. */
  ascender: number;
  landscape: boolean;
};

export type LineStyle = { size: number; lineHeight: number; align: TextAlign; x?: number; width?: number; grey?: number };

/**
 * Places lines one below the other, moving to a new page between lines when the page is full.
 * `keepTogether` lines at the start stay on one page (at least two, so no paragraph starts with a
 * lone line at the foot of a page).
 */
export const flowLines = (context: LayoutContext, lines: readonly TextLine[], style: LineStyle, keepTogether = 2): void => {
  const { flow } = context;
  flow.ensure(Math.min(lines.length, keepTogether) * style.lineHeight);
  for (const line of lines) {
    flow.ensure(style.lineHeight);
    const ops = placeLine(line, {
      x: style.x ?? flow.left,
      top: flow.y,
      width: style.width ?? flow.width,
      size: style.size,
      lineHeight: style.lineHeight,
      align: style.align,
      ascender: context.ascender,
      ...(style.grey === undefined ? {} : { grey: style.grey }),
    });
    for (const op of ops) flow.draw(op);
    flow.advance(style.lineHeight);
  }
};
