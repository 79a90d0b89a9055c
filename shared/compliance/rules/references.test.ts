import { describe, expect, it } from 'vitest';
import { cleanDraftText, draftFromText } from '../../../test/support/compliance-draft-text.js';
import { datedMismatch, leadIn, noReferences, referencesLeadIn, unlisted, unused } from './references.js';

const draft = (edit: (text: string) => string) => draftFromText(edit(cleanDraftText));

describe('references.lead-in', () => {
  it('accepts the exact lead-in', () => {
    expect(leadIn(draft((text) => text))).toEqual([]);
  });

  it('reports the lead-in without （包括所有的修改单）', () => {
    const findings = leadIn(draft((text) => text.replace('（包括所有的修改单）', '')));
    expect(findings).toEqual([expect.objectContaining({ clause: '2', suggestion: referencesLeadIn })]);
  });

  it('reports the 2009 lead-in', () => {
    const old = '下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。凡是不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';
    expect(leadIn(draft((text) => text.replace(referencesLeadIn, old)))).toHaveLength(1);
  });

  it('accepts 「本文件没有规范性引用文件。」 only when nothing is listed', () => {
    const none = draft((text) => text.replace(/下列文件中的内容[^\n]*\nGB\/T 191[^\n]*\nGB\/T 3768[^\n]*\nGB 31241[^\n]*/u, noReferences));
    expect(none.references).toEqual([]);
    expect(leadIn(none)).toEqual([]);
    expect(leadIn(draft((text) => text.replace(referencesLeadIn, noReferences)))).toHaveLength(1);
  });
});

describe('references.unused and references.unlisted', () => {
  it('reports a listed document the text no longer cites', () => {
    const findings = unused(draft((text) => text.replace('包装储运图示标志应符合GB/T 191的规定。', '包装箱外应印有“小心轻放”“怕湿”等图示标志。')));
    expect(findings).toEqual([expect.objectContaining({ rule: 'references.unused', clause: '2', quote: 'GB/T 191' })]);
  });

  it('does not count a citation in a note as normative', () => {
    const findings = unused(draft((text) => text.replace('包装储运图示标志应符合GB/T 191的规定。', '包装储运图示标志应清晰。\n注：图示标志见GB/T 191。')));
    expect(findings.map((finding) => finding.quote)).toEqual(['GB/T 191']);
  });

  it('reports a cited document missing from the list once, where it is first cited', () => {
    const findings = unlisted(draft((text) => text.replace('产品应贮存在干燥、通风的库房内。', '产品应贮存在干燥、通风的库房内，收发货标志应符合GB/T 6388的规定。').replace('每批产品应经检验合格方可出厂。', '每批产品应按GB/T 6388检验。')));
    expect(findings).toEqual([expect.objectContaining({ rule: 'references.unlisted', clause: '7.1', quote: 'GB/T 6388' })]);
  });

  it('takes neither the draft’s own code nor a part of an all-parts entry for unlisted', () => {
    const text = (cleanDraftText.replace('GB 31241　便携式', 'GB/T 39560（所有部分）　电子电气产品中某些物质的测定\nGB 31241　便携式').replace('产品应贮存在干燥、通风的库房内。', '产品应贮存在干燥、通风的库房内，有害物质按GB/T 39560.1测定，并在T/ZZB 2311—2026规定的条件下贮存。'));
    expect(unlisted(draftFromText(text))).toEqual([]);
    expect(unused(draftFromText(text))).toEqual([]);
  });
});

describe('references.dated-mismatch', () => {
  it('reports a dated entry cited undated in the text', () => {
    const findings = datedMismatch(draft((text) => text.replace('按GB/T 3768—2017的规定测定。', '按GB/T 3768的规定测定。')));
    expect(findings).toEqual([expect.objectContaining({ clause: '6.2', quote: 'GB/T 3768', suggestion: 'GB/T 3768—2017' })]);
  });

  it('reports an undated entry cited dated in the text', () => {
    const findings = datedMismatch(draft((text) => text.replace('应符合GB/T 191的规定', '应符合GB/T 191—2008的规定')));
    expect(findings).toEqual([expect.objectContaining({ clause: '8.1', quote: 'GB/T 191—2008' })]);
  });

  it('is silent when the text dates as the list does', () => {
    expect(datedMismatch(draft((text) => text))).toEqual([]);
  });
});
