import { describe, expect, it } from 'vitest';
import { outcomeOf } from '../engine/lifecycle-guards.js';
import type { ReviewSnapshot } from '../engine/review-snapshot.js';
import { sampleRecusal, sampleSnapshot } from '../../test/fixtures/sample-panel.js';
import { draftVerdict } from '../engine/verdict-draft.js';
import { zzbTechnicalRubric } from '../rubrics/zzb-technical.js';
import { signingRefusal } from './sign-off-order.js';

const base = sampleSnapshot(
  'sign-off',
  Array.from({ length: 6 }, () => ({ scores: [16, 12, 24, 12, 16], recommendation: 'pass' as const })),
);
const withSignatures = (snapshot: ReviewSnapshot, expertIds: string[]): ReviewSnapshot => {
  const verdict = draftVerdict({ id: 'V1', verdictId: 'V', meetingId: 'M-2026-0147', submissionId: 'S01' }, zzbTechnicalRubric, outcomeOf(snapshot));
  return {
    ...snapshot,
    verdict: { ...verdict, signatures: expertIds.map((expertId) => ({ expertId, signedAt: '2026-11-28T12:00:00+08:00', image: null })) },
  };
};

describe('sign-off order', () => {
  it('lets members sign in any order, once each', () => {
    expect(signingRefusal(withSignatures(base, []), 'E03')).toBeNull();
    expect(signingRefusal(withSignatures(base, ['E03']), 'E03')).toBe('专家3已签名');
  });

  it('keeps the chair (E01) for last', () => {
    expect(signingRefusal(withSignatures(base, ['E02', 'E03']), 'E01')).toBe('组长最后签名：尚待专家4、专家5、专家6签名');
    expect(signingRefusal(withSignatures(base, ['E02', 'E03', 'E04', 'E05', 'E06']), 'E01')).toBeNull();
  });

  it('refuses recused and absent experts, and does not wait for them', () => {
    const snapshot: ReviewSnapshot = {
      ...base,
      recusals: [sampleRecusal('E06', 'confirmed')],
      experts: base.experts.map((e) => (e.id === 'E05' ? { ...e, present: false } : e)),
    };
    expect(signingRefusal(withSignatures(snapshot, []), 'E06')).toBe('只有到会且无需回避的专家签署审评结论');
    expect(signingRefusal(withSignatures(snapshot, []), 'E05')).toBe('只有到会且无需回避的专家签署审评结论');
    expect(signingRefusal(withSignatures(snapshot, ['E02', 'E03', 'E04']), 'E01')).toBeNull();
  });
});
