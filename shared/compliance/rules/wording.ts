import type { DraftStructure } from '../draft-structure.js';
import { type Finding, finding } from '../finding.js';

/** Forms GB/T 1.1—2020 does not use for provisions, with the form its Annex C gives instead. */
export const modalReplacements: { form: string; suggested: string; pattern: RegExp }[] = [
  { form: '不得不', suggested: '应', pattern: /不得不/gu },
  { form: '不得', suggested: '不应', pattern: /(?<!舍|巴|怪|由|记|恨|晓)不得(?!不|已|了|而知|要领)/gu },
  { form: '必须', suggested: '应', pattern: /必须/gu },
  { form: '务必', suggested: '应', pattern: /务必/gu },
  { form: '严禁', suggested: '不应', pattern: /严禁/gu },
  { form: '禁止', suggested: '不应', pattern: /禁止(?!标志|符号|标识|类|令)/gu },
  { form: '不准', suggested: '不应', pattern: /不准(?!确)/gu },
  { form: '不许', suggested: '不应', pattern: /不许/gu },
];

/** Text inside quotation marks is quoted (a warning label's words, a title), not a provision of the draft. */
const quoted = /“[^”]*”|「[^」]*」|『[^』]*』|《[^》]*》|"[^"]*"/gu;
const sentenceAround = (text: string, index: number): string => {
  const start = Math.max(text.lastIndexOf('。', index - 1), text.lastIndexOf('\n', index - 1), text.lastIndexOf('；', index - 1)) + 1;
  const ends = ['。', '\n', '；'].map((mark) => text.indexOf(mark, index)).filter((at) => at !== -1);
  const end = ends.length > 0 ? Math.min(...ends) + 1 : text.length;
  return text.slice(start, end).trim();
};

type Passage = { clause?: string; page: number; text: string };

const passages = (draft: DraftStructure): Passage[] => [
  ...draft.clauses.map((clause) => ({ clause: clause.number, page: clause.page, text: clause.text })),
  ...draft.tables.flatMap((table) => table.rows.flat().map((cell) => ({ ...(table.clause ? { clause: table.clause } : {}), page: table.page, text: cell }))),
];

/** Every 必须, 不得, 严禁 … in the body, one finding per occurrence. */
export const modalVerbs = (draft: DraftStructure): Finding[] => {
  const findings: Finding[] = [];
  for (const passage of passages(draft)) {
    const masked = passage.text.replace(quoted, (span) => '　'.repeat(span.length));
    const taken = new Set<number>();
    for (const { form, suggested, pattern } of modalReplacements) {
      for (const match of masked.matchAll(pattern)) {
        if (taken.has(match.index)) continue;
        for (let at = match.index; at < match.index + form.length; at += 1) taken.add(at);
        findings.push(
          finding('wording.modal-verb', {
            ...(passage.clause ? { clause: passage.clause } : {}),
            page: passage.page,
            quote: sentenceAround(passage.text, match.index),
            message: { code: 'compliance.modalVerb', params: { found: form, suggested } },
            suggestion: suggested,
          }),
        );
      }
    }
  }
  return findings;
};
