import { describe, expect, it } from 'vitest';
import { cleanDraftText, draftFromText } from '../../../test/support/compliance-draft-text.js';
import { codeFormat, indicatorMismatch, requiredChapters } from './zzb.js';

const draft = (edit: (text: string) => string) => draftFromText(edit(cleanDraftText));

describe('zzb.required-chapter', () => {
  it('reports a product standard without 质量承诺', () => {
    const findings = requiredChapters(draft((text) => text.replace(/9\u3000质量承诺[\s\S]*?(?=---)/u, '')));
    expect(findings).toEqual([expect.objectContaining({ rule: 'zzb.required-chapter', quote: '质量承诺' })]);
  });

  it('reports a product standard without 基本要求', () => {
    const findings = requiredChapters(draft((text) => text.replace(/4\u3000基本要求[\s\S]*?(?=5\u3000技术要求)/u, '')));
    expect(findings.map((finding) => finding.quote)).toEqual(['基本要求']);
  });

  it('leaves a method standard alone', () => {
    const method = draftFromText('前　言\n本文件按照规定起草。\n1　范围\n本文件规定了方法。\n2　规范性引用文件\n本文件没有规范性引用文件。\n3　术语和定义\n本文件没有需要界定的术语和定义。\n4　原理\n测量。\n5　仪器\n天平。');
    expect(requiredChapters(method)).toEqual([]);
    expect(requiredChapters(draft((text) => text))).toEqual([]);
  });
});

describe('zzb.code-format', () => {
  it('reports a hyphen or an en dash once per form, where first printed', () => {
    const findings = codeFormat(draft((text) => text.replaceAll('T/ZZB 2311—2026', 'T/ZZB 2311-2026')));
    expect(findings).toEqual([expect.objectContaining({ quote: 'T/ZZB 2311-2026', page: 1, suggestion: 'T/ZZB 2311—2026' })]);
    expect(codeFormat(draft((text) => text.replace('T/ZZB 2311—2026\n锂离子', 'T/ZZB 2311–2026\n锂离子')))).toHaveLength(1);
  });

  it('accepts the em dash, a placeholder number and an undated group-standard reference', () => {
    expect(codeFormat(draft((text) => text))).toEqual([]);
    expect(codeFormat(draft((text) => text.replaceAll('T/ZZB 2311—2026', 'T/ZZB XXXX—2026')))).toEqual([]);
    expect(codeFormat(draft((text) => text.replaceAll('T/ZZB 2311—2026', 'T/ZZB 2311—202X')))).toEqual([]);
    expect(codeFormat(draft((text) => text.replace('GB 31241　便携式', 'T/ZZB 0001　便携式')))).toEqual([]);
  });
});

describe('zzb.indicator-mismatch', () => {
  const note = (value: string) => ({ indicators: [{ name: '空载转速偏差（%）', value }, { name: 'A计权声功率级（dB(A)）', value: '≤85' }] });

  it('reports a table limit that differs from the note', () => {
    const findings = indicatorMismatch(draft((text) => text), note('≤3'));
    expect(findings).toEqual([expect.objectContaining({ clause: '5.2', message: expect.objectContaining({ params: expect.objectContaining({ indicator: '空载转速偏差（%）', note: '≤3' }) }) })]);
  });

  it('reports a clause limit that differs from the note', () => {
    const clauses = draft((text) => text.replace('性能指标应符合表1的规定。\n表1　性能指标\n序号 | 项目 | 单位 | 指标\n1 | 空载转速偏差 | % | ≤5\n2 | A计权声功率级 | dB(A) | ≤85', '5.2.1　空载转速偏差\n空载转速偏差应不大于10 %。\n5.2.2　A计权声功率级\nA计权声功率级应不大于85 dB(A)。'));
    expect(indicatorMismatch(clauses, note('≤5')).map((finding) => finding.clause)).toEqual(['5.2.1']);
  });

  it('is silent when the values agree, the indicator is not in 技术要求, or no note was read', () => {
    expect(indicatorMismatch(draft((text) => text), note('≤5'))).toEqual([]);
    expect(indicatorMismatch(draft((text) => text), { indicators: [{ name: '整机质量', value: '≤1.5' }] })).toEqual([]);
    expect(indicatorMismatch(draft((text) => text))).toEqual([]);
  });
});
