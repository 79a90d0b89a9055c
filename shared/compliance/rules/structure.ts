import type { DraftStructure, ElementKind } from '../draft-structure.js';
import { type Finding, finding } from '../finding.js';

/** GB/T 1.1—2020's order of elements; every chapter after 术语和定义 shares one rank. */
const rank: Record<ElementKind, number> = {
  cover: 0,
  toc: 1,
  foreword: 2,
  introduction: 3,
  scope: 4,
  'normative-references': 5,
  terms: 6,
  chapter: 7,
  annex: 8,
  bibliography: 9,
};

const required: { kind: ElementKind; name: string }[] = [
  { kind: 'scope', name: '范围' },
  { kind: 'normative-references', name: '规范性引用文件' },
  { kind: 'terms', name: '术语和定义' },
];

/**
 * The elements out of GB/T 1.1—2020's order: those outside the longest run that keeps the order, so one
 * moved element is reported once, not every element it jumped. On a tie the earlier element stays.
 */
export const elementOrder = (draft: DraftStructure): Finding[] => {
  const ranks = draft.elements.map((element) => rank[element.kind]);
  const length: number[] = [];
  const previous: number[] = [];
  ranks.forEach((value, index) => {
    length[index] = 1;
    previous[index] = -1;
    for (let before = 0; before < index; before += 1) {
      if ((ranks[before] ?? 0) <= value && (length[before] ?? 0) + 1 > (length[index] ?? 0)) {
        length[index] = (length[before] ?? 0) + 1;
        previous[index] = before;
      }
    }
  });
  const longest = Math.max(0, ...length);
  const kept = new Set<number>();
  for (let at = length.indexOf(longest); at !== -1 && longest > 0; at = previous[at] ?? -1) kept.add(at);
  return draft.elements.flatMap((element, index) => {
    if (kept.has(index)) return [];
    const after = draft.elements[index - 1]?.title ?? '';
    return [
      finding('structure.element-order', {
        ...(element.number ? { clause: element.number } : {}),
        page: element.page,
        quote: element.title,
        message: { code: 'compliance.elementOrder', params: { element: element.title, after } },
      }),
    ];
  });
};

/** 范围, 规范性引用文件 and 术语和定义 keep their chapters even when empty. */
export const missingElements = (draft: DraftStructure): Finding[] =>
  draft.elements.some((element) => element.kind === 'chapter' || element.kind === 'scope')
    ? required
        .filter(({ kind }) => !draft.elements.some((element) => element.kind === kind))
        .map(({ name }) => finding('structure.missing-element', { quote: name, message: { code: 'compliance.missingElement', params: { element: name } } }))
    : [];
