/**
 * Line breaking for Chinese text mixed with Latin words and numbers: a line may break between any
 * two Chinese characters, never inside a Latin word, a number or a standard's designation when it
 * can be avoided, and never against the kinsoku rules (DESIGN.md section 6): no line begins with a
 * closing punctuation mark and none ends with an opening one.
 */

/** Closing marks of Chinese text: none may begin a line. */
const closingWide = new Set([...'，。、；：？！」』）】》〕〉〗〙］｝”’…‥·・％‰℃．￠']);
/** Their half-width forms, which in Latin text also glue to the word before them. */
const closingNarrow = new Set([...',.;:?!)]}%']);
/** Opening marks: none may end a line. */
const openingWide = new Set([...'「『（【《〔〈〖〘［｛“‘']);
const openingNarrow = new Set([...'([{']);
/** Dashes stay with the words or dashes on both sides: 1234—2026, ——. */
const dashes = new Set([...'—–⸺']);

type CharClass = 'newline' | 'space' | 'close-wide' | 'close-narrow' | 'open-wide' | 'open-narrow' | 'dash' | 'cjk' | 'word';

const isCjk = (codePoint: number): boolean =>
  (codePoint >= 0x2e80 && codePoint <= 0x9fff) ||
  (codePoint >= 0x2460 && codePoint <= 0x24ff) ||
  (codePoint >= 0xac00 && codePoint <= 0xd7af) ||
  (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
  (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
  (codePoint >= 0xff00 && codePoint <= 0xffef) ||
  (codePoint >= 0x20000 && codePoint <= 0x3ffff);

const classify = (char: string): CharClass => {
  const codePoint = char.codePointAt(0) ?? 0;
  // Most characters of a Chinese document are unified ideographs; answer them without set lookups.
  if (codePoint >= 0x4e00 && codePoint <= 0x9fff) return 'cjk';
  if (char === '\n') return 'newline';
  if (char === ' ') return 'space';
  if (closingWide.has(char)) return 'close-wide';
  if (closingNarrow.has(char)) return 'close-narrow';
  if (openingWide.has(char)) return 'open-wide';
  if (openingNarrow.has(char)) return 'open-narrow';
  if (dashes.has(char)) return 'dash';
  return isCjk(codePoint) ? 'cjk' : 'word';
};

/** Is `char` a mark no line may begin with? Exported for tests and for checking rendered output. */
export const isClosingPunctuation = (char: string): boolean => closingWide.has(char) || closingNarrow.has(char);

/** Is `char` a mark no line may end with? */
export const isOpeningPunctuation = (char: string): boolean => openingWide.has(char) || openingNarrow.has(char);

/**
 * Standard designations and clause references such as `T/ZZB 1234—2026`, `GB/T 1.1-2020` or
 * `ISO 9001:2015` contain a space but read as one word.
 */
const designation = /[A-Z][A-Z0-9]*(?:\/[A-Z0-9]+)* \d+(?:\.\d+)*(?:[—–:-]\d{2,4})?/g;

const gluedPositions = (text: string, chars: readonly string[]): Set<number> => {
  const glued = new Set<number>();
  if (!/[A-Z]/.test(text)) return glued;
  // Regex indices count UTF-16 units; map them to code point positions.
  const unitToChar: number[] = [];
  chars.forEach((char, index) => {
    for (let unit = 0; unit < char.length; unit += 1) unitToChar.push(index);
  });
  for (const match of text.matchAll(designation)) {
    const first = unitToChar[match.index] ?? 0;
    const last = unitToChar[match.index + match[0].length - 1] ?? first;
    for (let position = first + 1; position <= last; position += 1) glued.add(position);
  }
  return glued;
};

/** May a line break between `before` and `after` (classes of two neighbouring characters)? */
const mayBreakBetween = (before: CharClass, after: CharClass, beforeChar: string): boolean => {
  if (after === 'space' || after === 'close-wide' || after === 'close-narrow') return false;
  if (before === 'open-wide' || before === 'open-narrow') return false;
  if (before === 'space') return true;
  const wordLike = (c: CharClass) => c === 'word' || c === 'dash';
  if (wordLike(before) && wordLike(after)) return false;
  if (before === 'close-narrow' && (after === 'word' || after === 'open-narrow')) return false;
  if (before === 'word' && after === 'open-narrow') return false;
  // ’ doubles as the apostrophe of English words (don’t).
  if (beforeChar === '’' && after === 'word') return false;
  return true;
};

/** One laid-out line: characters `start` to `end` (exclusive, trailing spaces left out). */
export type LineSpan = {
  start: number;
  end: number;
  /** Sum of the widths of the line's characters. */
  width: number;
  /** The paragraph or a hard line break ends here: such a line is not justified. */
  last: boolean;
};

export type LineBreakInput = {
  /** The text as code points (`Array.from(text)`); `\n` forces a break. */
  chars: readonly string[];
  /** Advance width of each character, in the same unit as `maxWidth`. */
  widths: readonly number[];
  maxWidth: number;
  /** Space taken before the paragraph's first line, e.g. two characters of indent. */
  firstLineIndent?: number;
  /** Positions no line may break before (inside a word kept together, such as 不通过), unless the word is wider than a line. */
  unbreakable?: ReadonlySet<number>;
};

const tolerance = 1e-6;
/** A line kept shorter than this share of its width to hold a designation together would look gapped; the designation breaks instead. */
const minimumFill = 0.75;

/**
 * Greedy line filling. When a character overflows, the line breaks at the last allowed break
 * opportunity; a standard's designation breaks at its inner space only when keeping it whole would
 * leave the line less than three quarters full, and only a word longer than a whole line is cut
 * inside, then still not before a closing or after an opening mark when another cut point exists.
 */
export const breakLines = ({ chars, widths, maxWidth, firstLineIndent = 0, unbreakable }: LineBreakInput): LineSpan[] => {
  const classes = chars.map(classify);
  const glued = gluedPositions(chars.join(''), chars);
  const allowed = (index: number): boolean =>
    unbreakable?.has(index) !== true && mayBreakBetween(classes[index - 1] ?? 'newline', classes[index] ?? 'newline', chars[index - 1] ?? '');
  const kinsokuAllows = (index: number): boolean => {
    const after = classes[index];
    const before = classes[index - 1];
    return after !== 'close-wide' && after !== 'close-narrow' && before !== 'open-wide' && before !== 'open-narrow';
  };

  const lines: LineSpan[] = [];
  const pushLine = (start: number, end: number, last: boolean) => {
    let trimmed = end;
    while (trimmed > start && classes[trimmed - 1] === 'space') trimmed -= 1;
    let width = 0;
    for (let index = start; index < trimmed; index += 1) width += widths[index] ?? 0;
    lines.push({ start, end: trimmed, width, last });
  };

  let lineStart = 0;
  let available = maxWidth - firstLineIndent;
  let width = 0;
  let lastBreak = -1;
  let widthAtBreak = 0;
  // The last place inside a designation where a break is allowed, used when keeping the designation whole would leave a line too short.
  let lastGluedBreak = -1;
  let index = 0;
  const startLine = (at: number) => {
    lineStart = at;
    while (lineStart < chars.length && classes[lineStart] === 'space') lineStart += 1;
    index = lineStart;
    width = 0;
    lastBreak = -1;
    lastGluedBreak = -1;
  };

  while (index < chars.length) {
    const kind = classes[index];
    if (kind === 'newline') {
      pushLine(lineStart, index, true);
      available = maxWidth;
      lineStart = index + 1;
      index = lineStart;
      width = 0;
      lastBreak = -1;
      lastGluedBreak = -1;
      continue;
    }
    if (index > lineStart && allowed(index)) {
      if (glued.has(index)) {
        lastGluedBreak = index;
      } else {
        lastBreak = index;
        widthAtBreak = width;
      }
    }
    const advance = widths[index] ?? 0;
    if (kind !== 'space' && index > lineStart && width + advance > available + tolerance) {
      let breakAt = lastBreak;
      if (lastGluedBreak > lastBreak && (breakAt <= lineStart || widthAtBreak < minimumFill * available)) breakAt = lastGluedBreak;
      if (breakAt <= lineStart) {
        breakAt = index;
        while (breakAt > lineStart + 1 && !kinsokuAllows(breakAt)) breakAt -= 1;
        if (!kinsokuAllows(breakAt)) breakAt = index;
      }
      pushLine(lineStart, breakAt, false);
      available = maxWidth;
      startLine(breakAt);
      continue;
    }
    width += advance;
    index += 1;
  }
  if (lineStart < chars.length || lines.length === 0) {
    pushLine(lineStart, chars.length, true);
  }
  return lines;
};
