import { describe, expect, it } from 'vitest';
import { cleanDraftText, draftFromText } from '../../test/support/compliance-draft-text.js';
import { checkDraft } from './check-draft.js';
import { draftStructureSchema } from './draft-structure.js';
import { ruleIds, ruleTexts } from './finding.js';

describe('checkDraft', () => {
  it('finds nothing in a well-formed draft', () => {
    expect(checkDraft(draftFromText(cleanDraftText))).toEqual([]);
  });

  it('reads what the schema allows: a structure from JSON checks like the one it came from', () => {
    const draft = draftFromText(cleanDraftText.replace('必须', '').replace('应平整', '必须平整'));
    const parsed = draftStructureSchema.parse(JSON.parse(JSON.stringify(draft)));
    expect(checkDraft(parsed)).toEqual(checkDraft(draft));
    expect(checkDraft(parsed).map((finding) => finding.rule)).toEqual(['wording.modal-verb']);
  });

  it('states every rule in Chinese', () => {
    for (const rule of ruleIds) expect(ruleTexts[rule]).toMatch(/\p{Script=Han}/u);
  });

  it('checks a draft of 200 pages’ worth of clauses and stays silent on it', () => {
    const body = cleanDraftText.split('---\n锂离子电池充电式电钻')[1] ?? '';
    const chapter = (number: number) =>
      Array.from({ length: 30 }, (_, index) => `${number}.${index + 1}\u3000条款${index + 1}\n本条规定的内容应符合GB/T 191的规定，试验按${number}.1进行，结果应不小于${index} mm。`).join('\n');
    const long = `${cleanDraftText.split('锂离子电池充电式电钻\n1\u3000范围')[0] ?? ''}锂离子电池充电式电钻\n${body.split('9\u3000质量承诺')[0] ?? ''}${Array.from({ length: 40 }, (_, index) => `${index + 9}\u3000质量承诺${index}\n${chapter(index + 9)}`).join('\n')}`;
    const draft = draftFromText(long);
    expect(draft.clauses.length).toBeGreaterThan(1200);
    // The time is the benchmark's (test/bench/compliance-bench.ts); here only that scale changes nothing.
    expect(checkDraft(draft)).toEqual([]);
  });
});
