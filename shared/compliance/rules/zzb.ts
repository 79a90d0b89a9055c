import type { DraftStructure } from '../draft-structure.js';
import { compact } from '../draft-text.js';
import type { ExplanatoryNote, NoteIndicator } from '../explanatory-note.js';
import { type Finding, finding } from '../finding.js';

const zzbChapters = ['基本要求', '质量承诺'] as const;
/** A product standard: it sets requirements and tests them. Method or basic standards carry neither chapter. */
const productChapter = /技术要求|试验方法|检验规则/u;

/** A 浙江制造 product standard carries the 基本要求 and 质量承诺 chapters. */
export const requiredChapters = (draft: DraftStructure): Finding[] => {
  const titles = draft.elements.filter((element) => element.kind === 'chapter').map((element) => compact(element.title));
  if (!titles.some((title) => productChapter.test(title))) return [];
  return zzbChapters
    .filter((chapter) => !titles.some((title) => title.includes(chapter)))
    .map((chapter) => finding('zzb.required-chapter', { quote: chapter, message: { code: 'compliance.requiredChapter', params: { chapter } } }));
};

const wellFormed = /^T\/ZZB[0-9X×x]{4}—[0-9X×x]{4}$/u;
const hasYear = /[—–\-－―一~～]\s?[0-9X×xＸ]{2,4}$/u;
const corrected = (text: string): string => {
  const match = /^T\s?[/／]\s?ZZB\s?([0-9X×xＸ]+)\s?[—–\-－―一~～]{1,2}\s?([0-9X×xＸ]+)$/u.exec(text.trim());
  return match ? `T/ZZB ${match[1] ?? ''}—${match[2] ?? ''}` : 'T/ZZB NNNN—YYYY';
};

/** T/ZZB NNNN—YYYY, with the one-em dash; each distinct wrong form once, where it first appears. */
export const codeFormat = (draft: DraftStructure): Finding[] => {
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const occurrence of draft.codeOccurrences) {
    const key = compact(occurrence.text);
    if (!hasYear.test(key) || wellFormed.test(key) || reported.has(key)) continue;
    reported.add(key);
    const expected = corrected(occurrence.text);
    findings.push(
      finding('zzb.code-format', {
        page: occurrence.page,
        quote: occurrence.text,
        message: { code: 'compliance.codeFormat', params: { found: occurrence.text, expected } },
        suggestion: expected,
      }),
    );
  }
  return findings;
};

/** Numbers as printed in a value, with thin or plain spaces between digit groups closed up ('1 000' is 1000). */
const numbersIn = (text: string): string[] =>
  [...text.replace(/(\d)[ \u2009\u00a0](?=\d{3}(?!\d))/gu, '$1').matchAll(/\d+(?:\.\d+)?/gu)].map((match) => String(Number(match[0])));

const nameKey = (text: string): string => compact(text).replace(/[（(]/gu, '（').replace(/[）)]/gu, '）');

/** A table row without its 序号, which is no value. */
const withoutSerial = (row: readonly string[]): string[] => {
  const [first = '', ...rest] = row;
  return row.length >= 3 ? [first.replace(/^\d{1,3}(?:\s+|$)/u, ''), ...rest] : [...row];
};

/** `found` without one occurrence of each of `taken`: the numbers an indicator's own name carries ('−10 ℃放电容量'). */
const without = (found: string[], taken: string[]): string[] => {
  const rest = [...found];
  for (const number of taken) {
    const at = rest.indexOf(number);
    if (at !== -1) rest.splice(at, 1);
  }
  return rest;
};

/** A sentence or table row of the draft; `values` adds the rows of a table the sentence refers to ('应符合表1的规定'). */
type Passage = { clause?: string; page: number; text: string; values?: string };

/** Rows of tables and sentences of the 技术要求 chapter (or every 要求 chapter when there is no such title). */
const requirementPassages = (draft: DraftStructure): Passage[] => {
  const chapters = draft.elements.filter((element) => element.kind === 'chapter' && element.number);
  const technical = chapters.filter((element) => compact(element.title).includes('技术要求'));
  const scope = new Set((technical.length > 0 ? technical : chapters.filter((element) => compact(element.title).includes('要求'))).map((element) => element.number));
  const inScope = (clause?: string) => clause !== undefined && scope.has(clause.split('.')[0]);
  const tableText = (sentence: string): string =>
    [...sentence.matchAll(/表\s?([A-Z]?\.?\d+)/gu)]
      .flatMap((match) => draft.tables.filter((table) => table.number === match[1]).flatMap((table) => table.rows.map((row) => withoutSerial(row).join(' '))))
      .join(' ');
  return [
    ...draft.tables
      .filter((table) => inScope(table.clause))
      .flatMap((table) => table.rows.map((row) => ({ clause: table.clause, page: table.page, text: withoutSerial(row).join(' ') }))),
    ...draft.clauses
      .filter((clause) => inScope(clause.number))
      .flatMap((clause) => `${clause.title ?? ''}：${clause.text}`.split(/[。\n]/u).map((text) => ({ clause: clause.number, page: clause.page, text, values: tableText(text) }))),
  ];
};

/** The note's name, then the same without a trailing unit or qualifier in brackets ('最大扭矩（N·m）'). */
const namesOf = (indicator: NoteIndicator): string[] => {
  const full = nameKey(indicator.name);
  // A unit that wrapped in a PDF cell may have lost its closing bracket: '启闭力矩（N·'.
  const bare = full.replace(/（[^（]*$/u, '');
  return bare !== '' && bare !== full ? [full, bare] : [full];
};

const mismatchOf = (indicator: NoteIndicator, passages: readonly Passage[]): Finding | null => {
  const expected = numbersIn(indicator.value);
  let matches: Passage[] = [];
  for (const candidate of namesOf(indicator)) {
    if (matches.length === 0 && candidate !== '') matches = passages.filter((passage) => nameKey(passage.text).includes(candidate));
  }
  if (expected.length === 0) return null;
  const [first] = matches;
  if (!first) return null;
  const agrees = matches.some((passage) => {
    const found = without(numbersIn(`${passage.text} ${passage.values ?? ''}`), numbersIn(indicator.name));
    return expected.every((number) => found.includes(number));
  });
  if (agrees) return null;
  return finding('zzb.indicator-mismatch', {
    ...(first.clause ? { clause: first.clause } : {}),
    page: first.page,
    quote: first.text.trim(),
    message: { code: 'compliance.indicatorMismatch', params: { indicator: indicator.name, note: indicator.value, draft: first.text.trim() } },
  });
};

/** A limit the 编制说明's benchmarking table gives for the draft that 技术要求 does not set. */
export const indicatorMismatch = (draft: DraftStructure, note?: ExplanatoryNote): Finding[] => {
  if (!note) return [];
  const passages = requirementPassages(draft);
  return note.indicators.flatMap((indicator) => mismatchOf(indicator, passages) ?? []);
};
