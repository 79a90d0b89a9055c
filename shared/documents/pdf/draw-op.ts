import type { FontRole } from './pdf-fonts.js';

/**
 * What the layout puts on a page, in points measured from the page's top-left corner; the painter
 * turns these into pdf-lib calls once every page is known.
 */
export type DrawOp =
  | {
      kind: 'text';
      x: number;
      baseline: number;
      size: number;
      font: FontRole;
      text: string;
      /** Extra space after every glyph, which justifies a line (PDF operator Tc). */
      characterSpacing: number;
      /** 0 black … 1 white. */
      grey: number;
    }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; thickness: number }
  | { kind: 'fill'; x: number; top: number; width: number; height: number; grey: number }
  | { kind: 'image'; png: Uint8Array; x: number; top: number; width: number; height: number };
