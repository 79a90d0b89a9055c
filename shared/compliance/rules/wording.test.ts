import { describe, expect, it } from 'vitest';
import { cleanDraftText, draftFromText } from '../../../test/support/compliance-draft-text.js';
import { modalVerbs } from './wording.js';

const draft = (edit: (text: string) => string) => draftFromText(edit(cleanDraftText));

describe('wording.modal-verb', () => {
  it('reports 必须 with 应, quoting the sentence', () => {
    const findings = modalVerbs(draft((text) => text.replace('外壳表面应平整光洁', '外壳表面必须平整光洁')));
    expect(findings).toEqual([expect.objectContaining({ clause: '5.1.1', quote: '外壳表面必须平整光洁，不应有裂纹。', suggestion: '应', message: { code: 'compliance.modalVerb', params: { found: '必须', suggested: '应' } } })]);
  });

  it('reports 不得 and 严禁 with 不应, once per occurrence', () => {
    const findings = modalVerbs(draft((text) => text.replace('产品应贮存在干燥、通风的库房内。', '产品不得露天存放。严禁与腐蚀性物品混放，不得倒置。')));
    expect(findings.map((finding) => [finding.clause, finding.message.params])).toEqual([
      ['8.2', { found: '不得', suggested: '不应' }],
      ['8.2', { found: '不得', suggested: '不应' }],
      ['8.2', { found: '严禁', suggested: '不应' }],
    ]);
  });

  it('reports a forbidden form in a table cell, on the table’s clause', () => {
    const findings = modalVerbs(draft((text) => text.replace('1 | 空载转速偏差 | % | ≤5', '1 | 空载转速偏差 | % | ≤5，不得超差')));
    expect(findings.map((finding) => finding.clause)).toEqual(['5.2']);
  });

  it('leaves quoted label text, 禁止标志, 不得不 as 应 and allowed forms alone', () => {
    const findings = modalVerbs(
      draft((text) => text.replace('产品应贮存在干燥、通风的库房内。', '产品应贮存在干燥、通风的库房内，库房应设置禁止标志，包装上应有“严禁烟火”字样；不宜露天存放，可采用托盘，不必覆盖。')),
    );
    expect(findings).toEqual([]);
    expect(modalVerbs(draft((text) => text.replace('产品应贮存', '产品不得不贮存'))).map((finding) => finding.suggestion)).toEqual(['应']);
  });
});
