import type { DraftStructure } from '../draft-structure.js';
import { compact, sentences } from '../draft-text.js';
import { type Finding, finding } from '../finding.js';

export const drafting1120Sentence = '本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。';

/** A sentence that means to state the drafting rules, however it was altered. */
const aboutDraftingRules = /GB\/?T1\.1|标准化工作导则|结构和起草规则|按照.*规定起草/u;

/** The foreword states that the document was drafted to GB/T 1.1—2020, in its exact words. */
export const forewordStatement = (draft: DraftStructure): Finding[] => {
  const foreword = draft.elements.find((element) => element.kind === 'foreword');
  const text = (draft.forewordText ?? '').replace(/\n/gu, '');
  const candidates = sentences(text).filter((sentence) => aboutDraftingRules.test(compact(sentence)));
  if (candidates.some((sentence) => compact(sentence) === compact(drafting1120Sentence))) return [];
  const quote = candidates[0] ?? '';
  return [
    finding('foreword.statement', {
      ...(foreword ? { page: foreword.page } : {}),
      quote,
      message: quote === '' ? { code: 'compliance.forewordMissing', params: {} } : { code: 'compliance.forewordAltered', params: { expected: drafting1120Sentence } },
      suggestion: drafting1120Sentence,
    }),
  ];
};
