import type { RichText } from '../layout/blocks.js';
import type { DrawOp } from './draw-op.js';
import type { ParsedFont } from './fontkit-adapter.js';
import { breakLines } from './line-break.js';
import type { FontRole } from './pdf-fonts.js';

export type LayoutFonts = Record<FontRole, ParsedFont>;

export type StyledRun = { text: string; font: FontRole; keepTogether?: boolean };

/** A run of one face; `word` runs (Latin letters, digits and their punctuation) are never letter-spaced. */
export type LineSegment = { text: string; font: FontRole; width: number; glyphs: number; word: boolean };

/** Characters of Latin words and numbers, which justification must not pull apart (82.4, GB/T). */
const isWordChar = (char: string | undefined): boolean => char !== undefined && char !== ' ' && char !== '\n' && (char.codePointAt(0) ?? 0) < 0x2000;

/** One broken line, ready to be placed. */
export type TextLine = { segments: LineSegment[]; width: number; last: boolean; indent: number };

export type TextAlign = 'left' | 'center' | 'right' | 'justify';

/** Line breaks become `\n`, tabs spaces; invisible format characters are dropped rather than checked against the font. */
const normalise = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/\u00ad|[\u200b-\u200d]|\u2060|\ufe0e|\ufe0f|\ufeff/g, '');

const excerpt = (text: string): string => {
  const chars = Array.from(text);
  return chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : text;
};

const describe = (char: string): string =>
  `「${char}」(U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`;

/** Fails loudly: a character missing from the embedded font would otherwise print as a blank. */
const missingGlyphs = (font: ParsedFont, text: string): Error => {
  const missing = new Set<string>();
  for (const char of text) {
    if (char !== '\n' && font.advance(char.codePointAt(0) ?? 0) === undefined) missing.add(char);
  }
  return new Error(`PDF 字体 ${font.familyName} 中没有字符 ${[...missing].map(describe).join('、')}，无法绘制文本「${excerpt(text)}」`);
};

/** Plain text in the block's face; bold runs switch to the bold of the same family. */
export const styledRuns = (text: RichText, regular: FontRole, bold: FontRole): StyledRun[] =>
  typeof text === 'string'
    ? [{ text, font: regular }]
    : text.map((run) => ({ text: run.text, font: run.bold ? bold : regular, ...(run.keepTogether === true ? { keepTogether: true } : {}) }));

export type TextBox = { size: number; maxWidth: number; firstLineIndent?: number };

/** Breaks styled text into lines that fit `maxWidth` at `size` points. */
export const layoutText = (fonts: LayoutFonts, runs: readonly StyledRun[], box: TextBox): TextLine[] => {
  const chars: string[] = [];
  const widths: number[] = [];
  const roles: FontRole[] = [];
  const unbreakable = new Set<number>();
  for (const run of runs) {
    const text = normalise(run.text);
    const font = fonts[run.font];
    const runStart = chars.length;
    for (const char of text) {
      if (run.keepTogether === true && chars.length > runStart) unbreakable.add(chars.length);
      const advance = char === '\n' ? 0 : font.advance(char.codePointAt(0) ?? 0);
      if (advance === undefined) throw missingGlyphs(font, text);
      chars.push(char);
      widths.push(advance * box.size);
      roles.push(run.font);
    }
  }
  const indent = box.firstLineIndent ?? 0;
  return breakLines({ chars, widths, maxWidth: box.maxWidth, firstLineIndent: indent, unbreakable }).map((span, index) => {
    const segments: LineSegment[] = [];
    let start = span.start;
    while (start < span.end) {
      const font = roles[start] ?? 'serif';
      const word = isWordChar(chars[start]);
      let end = start;
      let width = 0;
      while (end < span.end && roles[end] === font && isWordChar(chars[end]) === word) {
        width += widths[end] ?? 0;
        end += 1;
      }
      segments.push({ text: chars.slice(start, end).join(''), font, width, glyphs: end - start, word });
      start = end;
    }
    return { segments, width: span.width, last: span.last, indent: index === 0 ? indent : 0 };
  });
};

/** Beyond this much extra space per gap a justified line reads as letter-spaced; it is set flush left instead. */
const maxJustifySpacing = 0.15;

export type LinePlacement = {
  x: number;
  top: number;
  width: number;
  size: number;
  lineHeight: number;
  align: TextAlign;
  /** Top of the ideographic em box above the baseline, in ems. */
  ascender: number;
  grey?: number;
};

/** Gaps that justification may widen: every gap except those inside a Latin word or number. */
const stretchableGaps = (segments: readonly LineSegment[]): number =>
  segments.reduce((gaps, segment, index) => {
    const inside = segment.word ? 0 : segment.glyphs - 1;
    const next = segments[index + 1];
    const after = next === undefined || (segment.word && next.word) ? 0 : 1;
    return gaps + inside + after;
  }, 0);

/** Adjacent segments of one face drawn as one text operation when nothing is stretched. */
const mergeByFont = (segments: readonly LineSegment[]): LineSegment[] => {
  const merged: LineSegment[] = [];
  for (const segment of segments) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && previous.font === segment.font) {
      merged[merged.length - 1] = {
        ...previous,
        text: previous.text + segment.text,
        width: previous.width + segment.width,
        glyphs: previous.glyphs + segment.glyphs,
      };
    } else {
      merged.push(segment);
    }
  }
  return merged;
};

/**
 * The text operations that draw `line` in the box `placement` describes. Justified lines widen the
 * gaps between Chinese characters and around words (PDF character spacing, Tc) but keep words tight.
 */
export const placeLine = (line: TextLine, placement: LinePlacement): DrawOp[] => {
  const { size, lineHeight, align } = placement;
  const available = placement.width - line.indent;
  let spacing = 0;
  let offset = line.indent;
  if (align === 'justify' && !line.last) {
    const gaps = stretchableGaps(line.segments);
    const candidate = gaps > 0 ? (available - line.width) / gaps : 0;
    if (candidate > 0 && candidate <= maxJustifySpacing * size) spacing = candidate;
  } else if (align === 'center') {
    offset += (available - line.width) / 2;
  } else if (align === 'right') {
    offset += available - line.width;
  }
  const baseline = placement.top + (lineHeight - size) / 2 + placement.ascender * size;
  const segments = spacing === 0 ? mergeByFont(line.segments) : line.segments;
  const ops: DrawOp[] = [];
  let x = placement.x + offset;
  segments.forEach((segment, index) => {
    const stretched = spacing !== 0 && !segment.word;
    ops.push({
      kind: 'text',
      x,
      baseline,
      size,
      font: segment.font,
      text: segment.text,
      characterSpacing: stretched ? spacing : 0,
      grey: placement.grey ?? 0,
    });
    // A stretched run's character spacing already follows its last glyph; a word gets its gap added here.
    const next = segments[index + 1];
    x += segment.width + (stretched ? spacing * segment.glyphs : next !== undefined && !next.word ? spacing : 0);
  });
  return ops;
};
