import { describe, expect, it } from 'vitest';
import { ruleTexts } from '../compliance/finding.js';
import type { StoredFinding } from '../model/compliance-report.js';
import { commentFromFinding } from './finding-comment.js';

const modalVerb: StoredFinding = {
  rule: 'wording.modal-verb',
  clause: '5.2.1',
  page: 6,
  quote: '外壳表面必须平整。',
  ruleText: ruleTexts['wording.modal-verb'],
  message: { code: 'compliance.modalVerb', params: { found: '必须', suggested: '应' } },
  suggestion: '应',
};

describe('commentFromFinding', () => {
  it('cites the clause, quotes the draft before the rule and proposes the suggested wording', () => {
    expect(commentFromFinding(modalVerb)).toEqual({
      clause: '5.2.1',
      type: 'editorial',
      text: `「外壳表面必须平整。」：${ruleTexts['wording.modal-verb']}`,
      proposedChange: '应',
    });
  });

  it('names the foreword, the cover or the whole text when the finding has no clause, and the rule alone when nothing is quoted', () => {
    const missing = { ...modalVerb, clause: undefined, suggestion: undefined, quote: '' };
    expect(commentFromFinding({ ...missing, rule: 'foreword.statement', ruleText: ruleTexts['foreword.statement'] })).toMatchObject({ clause: '前言', text: ruleTexts['foreword.statement'], proposedChange: '' });
    expect(commentFromFinding({ ...missing, rule: 'zzb.code-format' }).clause).toBe('封面');
    expect(commentFromFinding({ ...missing, rule: 'zzb.required-chapter' }).clause).toBe('全文');
  });

  it('makes an indicator that differs from the 编制说明 a technical comment', () => {
    expect(commentFromFinding({ ...modalVerb, rule: 'zzb.indicator-mismatch' }).type).toBe('technical');
  });
});
