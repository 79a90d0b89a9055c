import type { DraftStructure, Reference } from '../draft-structure.js';
import { compact } from '../draft-text.js';
import { type Finding, finding } from '../finding.js';
import { type Citation, citesListed, findCitations } from '../standard-codes.js';

export const referencesLeadIn =
  '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';
export const noReferences = '本文件没有规范性引用文件。';

const referencesElement = (draft: DraftStructure) => draft.elements.find((element) => element.kind === 'normative-references');

/** Chapter 2 opens with the exact lead-in, or says there are no normative references (and lists none). */
export const leadIn = (draft: DraftStructure): Finding[] => {
  const element = referencesElement(draft);
  if (!element) return [];
  const printed = (draft.referencesLeadIn ?? '').trim();
  const key = compact(printed);
  const fitting = draft.references.length > 0 ? compact(referencesLeadIn) : compact(noReferences);
  if (key === fitting) return [];
  const expected = draft.references.length > 0 ? referencesLeadIn : noReferences;
  return [
    finding('references.lead-in', {
      ...(element.number ? { clause: element.number } : {}),
      page: element.page,
      quote: printed,
      message: printed === '' ? { code: 'compliance.leadInMissing', params: {} } : { code: 'compliance.leadInAltered', params: { expected } },
      suggestion: expected,
    }),
  ];
};

type Cited = Citation & { clause: string; page: number };

/** Paragraphs that cite informatively: notes and examples. */
const informative = /^(?:注\s?\d*[：:]|示例)/u;

const citationsOf = new WeakMap<DraftStructure, Cited[]>();

/** Every normative citation in the body: clauses and their tables, never the list itself, the foreword or 参考文献. */
export const normativeCitations = (draft: DraftStructure): Cited[] => {
  const known = citationsOf.get(draft);
  if (known) return known;
  const found = collectCitations(draft);
  citationsOf.set(draft, found);
  return found;
};

const collectCitations = (draft: DraftStructure): Cited[] => {
  const listChapter = referencesElement(draft)?.number;
  const own = draft.code ? findCitations(draft.code)[0]?.code : undefined;
  const cited: Cited[] = [];
  for (const clause of draft.clauses) {
    if (clause.number === listChapter) continue;
    for (const paragraph of clause.text.split('\n')) {
      if (informative.test(paragraph.trim())) continue;
      for (const citation of findCitations(paragraph)) cited.push({ ...citation, clause: clause.number, page: clause.page });
    }
  }
  for (const table of draft.tables) {
    for (const cell of table.rows.flat()) {
      if (informative.test(cell.trim())) continue;
      for (const citation of findCitations(cell)) cited.push({ ...citation, clause: table.clause ?? '', page: table.page });
    }
  }
  return cited.filter((citation) => citation.code !== own);
};

const listedFor = (references: readonly Reference[], code: string): Reference | undefined =>
  references.find((reference) => reference.code === code) ?? references.find((reference) => citesListed(code, reference.code));

const display = (reference: Reference): string => (reference.year ? `${reference.code}—${reference.year}` : reference.code);

/** A listed document no clause cites normatively. */
export const unused = (draft: DraftStructure): Finding[] => {
  const cited = normativeCitations(draft);
  const element = referencesElement(draft);
  return draft.references
    .filter((reference) => !cited.some((citation) => citesListed(citation.code, reference.code)))
    .map((reference) =>
      finding('references.unused', {
        ...(element?.number ? { clause: element.number } : {}),
        page: reference.page,
        quote: reference.code,
        message: { code: 'compliance.referenceUnused', params: { reference: display(reference) } },
      }),
    );
};

/** A document cited normatively that the list lacks; reported once, where it is first cited. */
export const unlisted = (draft: DraftStructure): Finding[] => {
  if (!referencesElement(draft)) return [];
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const citation of normativeCitations(draft)) {
    if (reported.has(citation.code) || listedFor(draft.references, citation.code)) continue;
    reported.add(citation.code);
    findings.push(
      finding('references.unlisted', {
        ...(citation.clause ? { clause: citation.clause } : {}),
        page: citation.page,
        quote: citation.text,
        message: { code: 'compliance.referenceUnlisted', params: { reference: citation.text } },
      }),
    );
  }
  return findings;
};

/** Dated in the list and undated in the text, or the other way round, or two different years; once per document. */
export const datedMismatch = (draft: DraftStructure): Finding[] => {
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const citation of normativeCitations(draft)) {
    const listed = draft.references.find((reference) => reference.code === citation.code);
    if (!listed || reported.has(listed.code) || (listed.year ?? '') === (citation.year ?? '')) continue;
    reported.add(listed.code);
    findings.push(
      finding('references.dated-mismatch', {
        ...(citation.clause ? { clause: citation.clause } : {}),
        page: citation.page,
        quote: citation.text,
        message: { code: 'compliance.referenceDatedMismatch', params: { cited: citation.text, listed: display(listed) } },
        suggestion: display(listed),
      }),
    );
  }
  return findings;
};
