import { withoutContents } from './table-of-contents.js';
import { groupIntoLines, type PositionedText } from './text-lines.js';

/** Where a line sits: its page (1-based) and how far down that page, in the reader's own unit. */
export type LineLocation = { page: number; offset: number };

export type LocatedLine = LineLocation & { text: string };

/** A numbered clause (条款) of a standard, e.g. `5.2.1` with heading `5.2.1 耐压强度`. */
export type Clause = LineLocation & { number: string; title: string; heading: string };

/**
 * Chapter numbers 1–99 with up to five sub-levels (`5`, `5.2`, `5.2.1`), or an annex clause (`A.1`).
 * Each level is 1–99: a four-digit year or a `0` part is never a clause.
 */
const clauseNumber = String.raw`(?:[1-9]\d?(?:\.[1-9]\d?){0,5}|[A-Z](?:\.[1-9]\d?){1,5})`;
const headedLine = new RegExp(String.raw`^(${clauseNumber})[ \t\u3000]+(.+)$`, 'u');
const bareNumberLine = new RegExp(String.raw`^(${clauseNumber})$`, 'u');

/** A heading is Chinese text: `3.5 MPa`, `12 mm` and `1 :` are measurements or list items, not clauses. */
const startsWithHan = /^\p{Script=Han}/u;
/**
 * A heading may open with a value before its Chinese: `20 ℃放电容量`, `−10 ℃放电容量`, `2C倍率放电`,
 * `5 个样品的…`. At most a short unit lies between them, and never a digit, so the `000次` of a
 * wrapped `10 000次` is no heading.
 */
const startsWithValue = /^[−+±-]?(?:0|[1-9]\d*)(?:\.\d+)?\s?[^\s\d\p{Script=Han}]{0,3}\s?\p{Script=Han}/u;
/**
 * Words that follow a number in running text, not in a heading: a quantity that wrapped to a new line
 * (`5 个样品`, `3 次`, `24 小时`) or a cross-reference (`6 章`, `5.2 条`, `6.3.1 的规定`).
 */
const runningTextWord = /^(?:个|只|件|次|倍|年|月|周|小时|分钟|秒|毫米|厘米|千克|吨|章|条|的)/u;
/** Dot leaders or a trailing page number set off by a column gap: a line of the table of contents. */
const contentsLine = /(?:\.{3,}|…|·{3,}|\t\s*\d+\s*$)/u;
/** A heading never runs on across a column gap; a line that does is a table row such as `1  外观  目测`. */
const columnGap = /\t/;

const maxTitleLength = 40;

const tidy = (text: string): string => {
  const single = text.replace(/[\s\u3000]+/gu, ' ').trim();
  return single.length > maxTitleLength ? `${single.slice(0, maxTitleLength)}…` : single;
};

const acceptableTitle = (title: string): boolean =>
  ((startsWithHan.test(title) && !runningTextWord.test(title)) || startsWithValue.test(title)) && !contentsLine.test(title) && !columnGap.test(title);

/** The clause a single line opens, or null. */
export const clauseFromLine = (text: string): { number: string; title: string } | null => {
  const match = headedLine.exec(text.trim());
  if (!match) return null;
  const [, number = '', rest = ''] = match;
  const title = rest.trim();
  return acceptableTitle(title) ? { number, title: tidy(title) } : null;
};

/** `5.2.1` belongs to chapter `5`; an annex clause (`A.1`) to no chapter. */
const chapterOf = (number: string): string | null => (/^\d/.test(number) ? (number.split('.')[0] ?? null) : null);

/**
 * The clauses of a document's body, in reading order, each number once (its first occurrence, so a
 * running header cannot move a clause). The table of contents is left out, so a chapter is found where
 * its text starts. A dotted number alone on its line takes the next line as its title, as terms and
 * definitions (`3.1` / `耐压强度`) are set; a whole number alone on a line is a page number. A
 * sub-clause comes after its chapter's heading: a number met earlier is a cross-reference that wrapped.
 */
export const findClauses = (lines: readonly LocatedLine[]): Clause[] => {
  const body = withoutContents(lines);
  const seen = new Set<string>();
  const clauses: Clause[] = [];
  body.forEach((line, index) => {
    const text = line.text.trim();
    let found = clauseFromLine(text);
    const bare = bareNumberLine.exec(text)?.[1];
    const next = body[index + 1];
    if (!found && bare !== undefined && bare.includes('.') && next !== undefined && next.page === line.page) {
      const title = next.text.trim();
      if (acceptableTitle(title) && clauseFromLine(title) === null) found = { number: bare, title: tidy(title) };
    }
    if (!found || seen.has(found.number)) return;
    const chapter = chapterOf(found.number);
    if (chapter !== null && chapter !== found.number && !seen.has(chapter)) return;
    seen.add(found.number);
    clauses.push({ ...found, heading: `${found.number} ${found.title}`, page: line.page, offset: line.offset });
  });
  return clauses;
};

/** A PDF page's lines, located by the distance of their glyph tops from the page's top edge. */
export const pdfPageLines = (items: readonly PositionedText[], page: number, pageHeight: number): LocatedLine[] =>
  groupIntoLines(items).map((line) => {
    const height = items[line.firstItem]?.height ?? 0;
    return { text: line.text, page, offset: pageHeight - line.y - height };
  });

const before = (a: LineLocation, b: LineLocation) => a.page < b.page || (a.page === b.page && a.offset <= b.offset);

/** The clause a location falls under: the last one that starts at or before it. */
export const clauseAt = (clauses: readonly Clause[], location: LineLocation): Clause | null => {
  let found: Clause | null = null;
  for (const clause of clauses) {
    if (!before(clause, location)) break;
    found = clause;
  }
  return found;
};
