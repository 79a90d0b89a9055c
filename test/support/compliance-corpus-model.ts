/**
 * The format-neutral shape of a corpus draft: a 浙江制造 product standard as a drafter lays it out,
 * before it is written to DOCX or PDF. Defects are planted by editing this shape, so the same slip
 * reads identically in both formats.
 */

/** The ideographic space drafters put between a number and its title or text (5.1\u3000外观). */
export const gap = '\u3000';

export type DraftTable = { caption: string; columns: string[]; rows: string[][] };

/**
 * A numbered clause. With a `title` it is a heading (5.1 外观); without one the number leads its
 * first paragraph (5.1.1 表面应平整…). `text` under a titled clause that also has `children` is a
 * hanging paragraph, which GB/T 1.1-2020 does not allow: clean drafts never carry one.
 */
export type Clause = {
  title?: string;
  text: string[];
  table?: DraftTable;
  children: Clause[];
  /** A typed number that differs from the position, as when a drafter deletes 5.3 and keeps 5.4. */
  typedNumber?: string;
};

/** What a body element is, for the element-order and required-chapter rules. */
export type ChapterRole =
  | 'scope'
  | 'references'
  | 'terms'
  | 'basic'
  | 'technical'
  | 'methods'
  | 'inspection'
  | 'marking'
  | 'commitment';

export type Chapter = Clause & { kind: 'chapter'; role: ChapterRole; title: string };

export type Annex = {
  kind: 'annex';
  letter: string;
  /** （规范性） or （资料性）. */
  status: '规范性' | '资料性';
  title: string;
  clauses: Clause[];
};

export type BodyPart = Chapter | Annex;

/** A row of the 编制说明's benchmarking table: the indicator, this standard, national, international. */
export type BenchmarkRow = { indicator: string; draft: string; national: string; international: string; conclusion: string };

export type ExplanatoryNote = {
  title: string;
  sections: { title: string; paragraphs: string[] }[];
  benchmark: BenchmarkRow[];
};

/**
 * How the draft is typeset, varied across the corpus the way drafts arrive: Word's Heading styles, a
 * drafting template's own styles (章标题, 一级条标题 …), or bold text in ordinary paragraphs; an
 * ideographic space or two plain spaces after a number; terms inline (3.1 术语) or stacked as
 * GB/T 1.1-2020 prints them (the number alone on a line, the term below it, then the definition).
 */
export type Presentation = {
  headings: 'word-headings' | 'template-styles' | 'bold-text';
  separator: string;
  stackedTerms: boolean;
};

export type CorpusDraft = {
  code: string;
  title: string;
  englishTitle: string;
  ics: string;
  ccs: string;
  /** 目次 before 前言 (false only where a drafter swapped them). */
  contentsFirst: boolean;
  foreword: string[];
  body: BodyPart[];
  /** 参考文献 entries after the annexes; informative, so never part of the reference checks. */
  bibliography: string[];
  /** DOCX only: Word's automatic multi-level numbering instead of numbers typed into the text. */
  automaticNumbering: boolean;
  presentation: Presentation;
  note: ExplanatoryNote;
};

/** Chapters only, in order; annexes are lettered, not numbered. */
export const chaptersOf = (draft: CorpusDraft): Chapter[] => draft.body.filter((part): part is Chapter => part.kind === 'chapter');

/** Every clause with the number a reader sees printed before it, in document order (chapters first level). */
export const numberedClauses = (draft: CorpusDraft): { number: string; clause: Clause }[] => {
  const out: { number: string; clause: Clause }[] = [];
  const walk = (clauses: Clause[], prefix: string) =>
    clauses.forEach((clause, index) => {
      const number = clause.typedNumber ?? `${prefix}${index + 1}`;
      out.push({ number, clause });
      walk(clause.children, `${number}.`);
    });
  walk(chaptersOf(draft), '');
  for (const annex of draft.body) {
    if (annex.kind !== 'annex') continue;
    annex.clauses.forEach((clause, index) => {
      const number = clause.typedNumber ?? `${annex.letter}.${index + 1}`;
      out.push({ number, clause });
      walk(clause.children, `${number}.`);
    });
  }
  return out;
};

/** The printed number of a clause found by identity, after every edit to the draft. */
export const numberOf = (draft: CorpusDraft, clause: Clause): string => {
  const number = numberedClauses(draft).find((entry) => entry.clause === clause)?.number;
  if (number === undefined) throw new Error('语料草案中找不到该条');
  return number;
};

export const clause = (title: string | undefined, text: string[], children: Clause[] = [], table?: DraftTable): Clause => ({
  ...(title === undefined ? {} : { title }),
  text,
  children,
  ...(table === undefined ? {} : { table }),
});

export const leaf = (text: string): Clause => ({ text: [text], children: [] });
