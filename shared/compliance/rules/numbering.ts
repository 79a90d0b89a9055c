import type { Clause, DraftStructure } from '../draft-structure.js';
import { type Finding, finding } from '../finding.js';

const parentOf = (number: string): string => number.split('.').slice(0, -1).join('.');
const lastPart = (number: string): string => number.split('.').at(-1) ?? '';
const ordinal = (part: string): number => (/^\d+$/u.test(part) ? Number(part) : part.charCodeAt(0) - 64);
const partFor = (value: number, letters: boolean): string => (letters ? String.fromCharCode(64 + value) : String(value));
const heading = (clause: Clause): string => `${clause.number} ${clause.title ?? clause.text.split('\n')[0] ?? ''}`.trim();

/** Each clause's sub-clauses, in order, keyed by the parent's number ('' for chapters, '#' for annexes). */
const childrenOf = (clauses: readonly Clause[]): Map<string, Clause[]> => {
  const children = new Map<string, Clause[]>();
  for (const clause of clauses) {
    const parent = clause.level === 1 ? (/^\d/u.test(clause.number) ? '' : '#') : parentOf(clause.number);
    const siblings = children.get(parent);
    if (siblings) siblings.push(clause);
    else children.set(parent, [clause]);
  }
  return children;
};

/** Chapters, sub-clauses and annexes are numbered from 1 (or A) without a gap. */
export const numberingGap = (draft: DraftStructure): Finding[] => {
  const findings: Finding[] = [];
  for (const [parent, siblings] of childrenOf(draft.clauses)) {
    let expected = 1;
    for (const clause of siblings) {
      const value = ordinal(lastPart(clause.number));
      if (value > expected) {
        const missing = [parent === '' || parent === '#' ? '' : parent, partFor(expected, parent === '#')].filter(Boolean).join('.');
        findings.push(
          finding('numbering.gap', {
            clause: clause.number,
            page: clause.page,
            quote: heading(clause),
            message: { code: 'compliance.numberingGap', params: { found: clause.number, expected: missing } },
          }),
        );
      }
      expected = Math.max(expected, value + 1);
    }
  }
  return findings;
};

/** A clause divided into a single sub-clause; a terms chapter of one entry numbers it all the same. */
export const loneSubclause = (draft: DraftStructure): Finding[] => {
  const byNumber = new Map(draft.clauses.map((clause) => [clause.number, clause]));
  const terms = draft.elements.find((element) => element.kind === 'terms')?.number;
  return [...childrenOf(draft.clauses)].flatMap(([parent, siblings]) => {
    const owner = byNumber.get(parent);
    const [only] = siblings;
    if (!owner || !only || siblings.length !== 1 || parent === terms) return [];
    return [
      finding('numbering.lone-subclause', {
        clause: owner.number,
        page: owner.page,
        quote: heading(owner),
        message: { code: 'compliance.loneSubclause', params: { clause: owner.number, subclause: only.number } },
      }),
    ];
  });
};

/** Text between a heading and its first sub-clause; the terms chapter's lead-in is the one GB/T 1.1 sets there. */
export const hangingParagraph = (draft: DraftStructure): Finding[] => {
  const terms = draft.elements.find((element) => element.kind === 'terms')?.number;
  const children = childrenOf(draft.clauses);
  return draft.clauses.flatMap((clause) => {
    const first = children.get(clause.number)?.[0];
    if (!first || clause.text.trim() === '' || clause.number === terms) return [];
    return [
      finding('paragraph.hanging', {
        clause: clause.number,
        page: clause.page,
        quote: clause.text.split('\n')[0] ?? '',
        message: { code: 'compliance.hangingParagraph', params: { clause: clause.number, subclause: first.number } },
      }),
    ];
  });
};
