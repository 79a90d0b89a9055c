import { describe, expect, it } from 'vitest';
import { cleanDraftText, draftFromText } from '../../../test/support/compliance-draft-text.js';
import { hangingParagraph, loneSubclause, numberingGap } from './numbering.js';

const draft = (edit: (text: string) => string) => draftFromText(edit(cleanDraftText));

describe('numbering.gap', () => {
  it('reports a sub-clause number kept after its predecessor was deleted', () => {
    const findings = numberingGap(draft((text) => text.replace('6.2　A计权声功率级', '6.3　A计权声功率级')));
    expect(findings).toEqual([expect.objectContaining({ clause: '6.3', message: { code: 'compliance.numberingGap', params: { found: '6.3', expected: '6.2' } } })]);
  });

  it('reports a chapter number skipped', () => {
    const skipped = draft((text) => text.replace('8　标志', '9　标志').replace(/^8\.(\d)/gmu, '9.$1').replace('9　质量承诺', '10　质量承诺').replace(/^9\.(\d)\u3000(自销售|制造商)/gmu, '10.$1　$2'));
    expect(numberingGap(skipped).map((finding) => finding.clause)).toEqual(['9']);
  });

  it('is silent on continuous numbering, annex clauses included', () => {
    expect(numberingGap(draft((text) => text))).toEqual([]);
  });
});

describe('numbering.lone-subclause', () => {
  it('reports a clause with a single sub-clause, on the parent', () => {
    const findings = loneSubclause(draft((text) => text.replace('5.1.2　铭牌和警示标志应清晰、牢固，并标有“严禁拆卸”字样。\n', '')));
    expect(findings).toEqual([expect.objectContaining({ clause: '5.1', quote: '5.1 外观' })]);
  });

  it('accepts a terms chapter of one entry', () => {
    expect(loneSubclause(draft((text) => text))).toEqual([]);
  });
});

describe('paragraph.hanging', () => {
  it('reports text between a chapter heading and its first sub-clause', () => {
    const findings = hangingParagraph(draft((text) => text.replace('6　试验方法\n', '6　试验方法\n试验用仪器设备应经计量检定合格。\n')));
    expect(findings).toEqual([expect.objectContaining({ clause: '6', quote: '试验用仪器设备应经计量检定合格。' })]);
  });

  it('accepts the lead-in of the terms chapter and text under a clause without sub-clauses', () => {
    expect(hangingParagraph(draft((text) => text))).toEqual([]);
  });
});
