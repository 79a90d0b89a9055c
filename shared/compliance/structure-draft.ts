import type { DraftBlock } from './draft-block.js';
import type { Clause, DraftElement, DraftStructure, DraftTable, ElementKind, Reference } from './draft-structure.js';
import { compact, zzbCodePattern } from './draft-text.js';
import { leadingCitation } from './standard-codes.js';

const contentsHeading = /^目[次录]$/u;
const namedElements: Record<string, ElementKind> = { 前言: 'foreword', 引言: 'introduction', 参考文献: 'bibliography' };
const annexHeading = /^附录([A-Z])(.*)$/u;
const annexType = /^[（(](规范性|资料性)(?:附录)?[）)]/u;

/** A contents entry or a heading reduced to what both share: '1 范围 ……… 1', '前言 Ⅱ' and the heading 前言 alike. */
const entryKey = (text: string): string =>
  compact(text)
    .replace(/(?:[.．·…]{2,}|…).*$/u, '')
    .replace(/(?:\d+|[IVXivxⅠ-Ⅻ]+)$/u, '');

/**
 * The blocks without the table of contents, whose entries would read as headings. The contents run
 * from their heading to the first entry's coming round again as a heading; failing that, to the end
 * of the heading's page (a document without pages then loses only the heading). Returns the blocks
 * kept and where the contents stood.
 */
const skipContents = <Block extends DraftBlock>(blocks: readonly Block[]): { kept: Block[]; contents?: Block } => {
  const heading = blocks.findIndex((block) => contentsHeading.test(compact(block.text)));
  const contents = blocks[heading];
  if (!contents) return { kept: [...blocks] };
  const firstEntry = blocks.findIndex((block, index) => index > heading && entryKey(block.text) !== '');
  const first = entryKey(blocks[firstEntry]?.text ?? '');
  let end = -1;
  for (let index = firstEntry + 1; first !== '' && index < blocks.length && end === -1; index += 1) {
    const text = compact(blocks[index]?.text ?? '');
    if (text.startsWith(first) && entryKey(text) === first) end = index;
  }
  if (end === -1) end = blocks.findIndex((block, index) => index > heading && block.page !== contents.page);
  return { kept: [...blocks.slice(0, heading), ...blocks.slice(end === -1 ? heading + 1 : end)], contents };
};

/** `5`, `5.2.1` or `A.1`, then a space, then the rest of the line. */
const numberedLine = /^([1-9]\d?(?:\.[1-9]\d{0,2}){0,5}|[A-Z](?:\.[1-9]\d{0,2}){1,5})[ \t\u3000]+(\S.*)$/su;
/** Words after a number in running text (a wrapped quantity or cross-reference), never a heading. */
const runningTextWord = /^(?:个|只|件|次|倍|年|月|周|天|小时|分钟|秒|[章条](?:[的中规所，。、）]|$)|的|(?:和|或|至|～|、)\s?[\dA-Z])/u;
const bareNumber = /^(?:[1-9]\d?(?:\.[1-9]\d{0,2}){1,5}|[A-Z](?:\.[1-9]\d{0,2}){1,5})$/u;
const sentenceMark = /[。，；：:,;]/u;
const tableCaption = /^表\s?([A-Z]?\.?\d+)(?:\s*[（(]续[）)])?\s*(.*)$/u;
const figureCaption = /^图\s?([A-Z]?\.?\d+)\s+(\S.{0,30})$/u;
const maxTitleLength = 30;

const chapterKind = (title: string): ElementKind => {
  const key = compact(title);
  if (key === '范围') return 'scope';
  if (key === '规范性引用文件') return 'normative-references';
  if (key.startsWith('术语和定义') || key.startsWith('术语、定义')) return 'terms';
  return 'chapter';
};

const parts = (number: string): string[] => number.split('.');
/** Document order of two clause numbers of one chapter or annex. */
const after = (a: string, b: string): boolean => {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    if (x[i] !== y[i]) return Number(x[i]) > Number(y[i]) || (Number.isNaN(Number(x[i])) && (x[i] ?? '') > (y[i] ?? ''));
  }
  return x.length > y.length;
};

type Builder = {
  structure: DraftStructure;
  element: DraftElement | null;
  clause: Clause | null;
  table: DraftTable | null;
  seen: Set<string>;
  lastChapter: number;
  annex: string | null;
  referencesSeen: boolean;
};

const addText = (target: { text: string }, text: string) => {
  target.text = target.text === '' ? text : `${target.text}\n${text}`;
};

const openElement = (b: Builder, element: DraftElement) => {
  b.structure.elements.push(element);
  b.element = element;
  b.clause = null;
  b.table = null;
};

/** Opens a clause; a term or an annex always carries a title, another clause when its rest reads as one. */
const openClause = (b: Builder, number: string, page: number, rest: string, alwaysTitled = false) => {
  const titled = alwaysTitled || b.element?.kind === 'terms' || (!sentenceMark.test(rest) && rest.length <= maxTitleLength);
  const clause: Clause = { number, ...(titled ? { title: rest } : {}), text: titled ? '' : rest, page, level: parts(number).length, headingOnly: titled };
  b.structure.clauses.push(clause);
  b.seen.add(number);
  b.clause = clause;
  b.table = null;
};

/** A unit after a number: a line opening '5.3 mm的…' is a measurement that wrapped, not clause 5.3. */
const unitOpening = /^(?:mm|cm|km|m|kg|mg|g|min|s|h|d|V|kV|mA|A|W|kW|Hz|N|kN|Pa|kPa|MPa|℃|K|%|dB|μm|L|mL)(?=[\s，。、；的）)]|$)/u;

/** A top-level chapter heading: the next few numbers only, with a short title that is no sentence or table row. */
const chapterHeading = (b: Builder, number: string, rest: string, reach: number): boolean => {
  const value = Number(number);
  return (
    value > b.lastChapter &&
    value <= b.lastChapter + reach &&
    rest.length <= 25 &&
    /^[\p{Script=Han}A-Za-z]/u.test(rest) &&
    !unitOpening.test(rest) &&
    !/\s/u.test(rest) &&
    !sentenceMark.test(rest) &&
    !runningTextWord.test(rest)
  );
};

/** A sub-clause of the chapter or annex being read, new, and after the clause before it. */
const subclauseHeading = (b: Builder, number: string, rest: string): boolean => {
  const [head = ''] = parts(number);
  const inOwner = /^\d/u.test(head) ? b.element?.number === head && b.annex === null : b.annex === head;
  if (!inOwner || b.seen.has(number) || unitOpening.test(rest) || runningTextWord.test(rest)) return false;
  const last = b.clause?.number;
  return last === undefined || parts(last)[0] !== head || after(number, last);
};

const readAnnexHeading = (b: Builder, block: DraftBlock, letter: string, rest: string, next: DraftBlock[]): number => {
  let remaining = compact(rest);
  let consumed = 0;
  let type = annexType.exec(remaining);
  const following = [...next];
  if (!type && following[0] && annexType.test(compact(following[0].text))) {
    remaining = compact(following[0].text);
    type = annexType.exec(remaining);
    following.shift();
    consumed += 1;
  }
  let title = type ? remaining.slice(type[0].length) : remaining;
  if (title === '' && following[0] && !numberedLine.test(following[0].text.trim()) && following[0].cells === undefined) {
    title = following[0].text.trim();
    consumed += 1;
  }
  openElement(b, {
    kind: 'annex',
    title,
    number: letter,
    page: block.page,
    ...(type ? { annexType: type[1] === '规范性' ? ('normative' as const) : ('informative' as const) } : {}),
  });
  b.annex = letter;
  openClause(b, letter, block.page, title, true);
  return consumed;
};

const addReferenceEntry = (b: Builder, text: string, page: number): boolean => {
  const cited = leadingCitation(text);
  if (!cited) return false;
  const reference: Reference = { code: cited.code, ...(cited.year ? { year: cited.year } : {}), title: text.trim().slice(cited.text.length).trim(), page };
  b.structure.references.push(reference);
  return true;
};

const addTableRow = (b: Builder, block: DraftBlock) => {
  const cells = block.cells ?? [];
  if (!b.table) {
    b.table = { number: '', title: '', page: block.page, ...(b.clause ? { clause: b.clause.number } : {}), rows: [] };
    b.structure.tables.push(b.table);
  }
  b.table.rows.push(cells.map((cell) => cell.trim()));
};

const addCaption = (b: Builder, block: DraftBlock, text: string): boolean => {
  const table = tableCaption.exec(text);
  if (table && text.length <= 40 && !/。/u.test(text)) {
    const number = table[1] ?? '';
    const existing = b.structure.tables.find((candidate) => candidate.number === number);
    if (existing) b.table = existing;
    else {
      b.table = { number, title: (table[2] ?? '').trim(), page: block.page, ...(b.clause ? { clause: b.clause.number } : {}), rows: [] };
      b.structure.tables.push(b.table);
    }
    return true;
  }
  const figure = figureCaption.exec(text);
  if (figure && !/[。，]/u.test(text)) {
    b.structure.figures.push({ number: figure[1] ?? '', title: figure[2] ?? '', page: block.page, ...(b.clause ? { clause: b.clause.number } : {}) });
    return true;
  }
  return false;
};

const addBodyParagraph = (b: Builder, block: DraftBlock, text: string) => {
  const element = b.element;
  if (!element) return;
  if (element.kind === 'foreword') {
    b.structure.forewordText = b.structure.forewordText === undefined ? text : `${b.structure.forewordText}\n${text}`;
    return;
  }
  const clause = b.clause;
  if (element.kind === 'normative-references' && clause && clause.number === element.number) {
    if (!b.referencesSeen && b.structure.referencesLeadIn === undefined && !leadingCitation(text)) {
      b.structure.referencesLeadIn = text;
      addText(clause, text);
      clause.headingOnly = false;
      return;
    }
    if (addReferenceEntry(b, text, block.page)) {
      b.referencesSeen = true;
      return;
    }
  }
  if (!clause || element.kind === 'bibliography') return;
  addText(clause, text);
  clause.headingOnly = false;
};

/** Reads a draft's paragraphs, in order, into its elements, clauses, references, tables and figures. */
export const structureDraft = (input: readonly DraftBlock[], meta: { source: 'pdf' | 'docx'; pages: number }): DraftStructure => {
  const structure: DraftStructure = { source: meta.source, pages: meta.pages, codeOccurrences: [], elements: [], clauses: [], references: [], tables: [], figures: [] };
  const b: Builder = { structure, element: null, clause: null, table: null, seen: new Set(), lastChapter: 0, annex: null, referencesSeen: false };

  for (const block of input) {
    for (const match of block.text.matchAll(zzbCodePattern())) structure.codeOccurrences.push({ text: match[0], page: block.page });
  }
  const content = input.filter((block) => !block.furniture).map((block, order) => ({ ...block, order }));
  const { kept: blocks, contents } = skipContents(content);

  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index];
    if (!block) continue;
    const text = block.text.trim();
    const key = compact(text);
    if (key === '') continue;
    if (contents && block.order > contents.order && !structure.elements.some((element) => element.kind === 'toc')) {
      // The contents themselves are left out (their entries look like headings); only where they stood is kept.
      openElement(b, { kind: 'toc', title: '目次', page: contents.page });
    }
    if (structure.elements.length === 0 && !namedElements[key] && !numberedLine.test(text)) {
      structure.elements.push({ kind: 'cover', title: '封面', page: block.page });
      b.element = structure.elements[0] ?? null;
    }
    if (b.element?.kind === 'cover') {
      const code = [...text.matchAll(zzbCodePattern())][0];
      if (code && structure.code === undefined) structure.code = code[0];
    }
    if (block.cells && !numberedLine.test(text)) {
      if (b.element?.kind !== 'cover' && b.element?.kind !== 'bibliography') addTableRow(b, block);
      continue;
    }
    const named = namedElements[key];
    if (named) {
      openElement(b, { kind: named, title: key, page: block.page });
      continue;
    }
    const annex = annexHeading.exec(key);
    if (annex && b.lastChapter > 0 && key.length <= 40) {
      index += readAnnexHeading(b, block, annex[1] ?? '', annex[2] ?? '', blocks.slice(index + 1, index + 3));
      continue;
    }
    // GB/T 1.1 sets a term's number alone on its line, the term on the next: read them as one heading.
    const next = blocks[index + 1];
    const bare = bareNumber.test(text) && next && next.cells === undefined && !numberedLine.test(next.text.trim());
    const numbered = numberedLine.exec(bare ? `${text} ${next.text.trim()}` : text);
    if (numbered && b.element?.kind !== 'bibliography') {
      const [, number = '', rest = ''] = numbered;
      const restLine = rest.trim();
      if (!number.includes('.') && /^\d/.test(number) && chapterHeading(b, number, restLine, block.cells ? 1 : 3)) {
        openElement(b, { kind: chapterKind(restLine), title: restLine, number, page: block.page });
        b.lastChapter = Number(number);
        b.annex = null;
        b.referencesSeen = false;
        openClause(b, number, block.page, restLine);
        continue;
      }
      if (number.includes('.') && subclauseHeading(b, number, restLine)) {
        openClause(b, number, block.page, restLine);
        if (bare) index += 1;
        continue;
      }
    }
    if (block.cells) {
      if (b.element?.kind !== 'cover' && b.element?.kind !== 'bibliography') addTableRow(b, block);
      continue;
    }
    if (b.element?.kind !== 'cover' && addCaption(b, block, text)) continue;
    b.table = null;
    addBodyParagraph(b, block, text);
  }
  return structure;
};
