import { describe, expect, it } from 'vitest';
import type { ReviewPhase } from '../model/phase.js';
import type { ReviewSnapshot } from './review-snapshot.js';
import { samplePledges, sampleRecusal, sampleSnapshot } from '../../test/fixtures/sample-panel.js';
import { visibilityFor } from './visibility.js';

/** E01 and E02 have submitted; E03 has not; E04 is recused; E05 has not signed the pledge. */
const snapshot = (phase: ReviewPhase): ReviewSnapshot => {
  const base = sampleSnapshot(
    phase,
    Array.from({ length: 5 }, () => ({ scores: [15, 10, 22, 10, 15], recommendation: 'pass' as const })),
  );
  return {
    ...base,
    pledges: samplePledges(['E01', 'E02', 'E03', 'E04']),
    recusals: [sampleRecusal('E04', 'confirmed')],
    sheets: base.sheets.map((s) => (s.expertId === 'E03' ? { ...s, status: 'draft' as const, versions: [] } : s)),
  };
};

const expert = (expertId: string) => ({ kind: 'expert' as const, expertId });

describe('visibility', () => {
  it('keeps independent scoring blind until an expert has submitted', () => {
    const scoring = snapshot('scoring');
    expect(visibilityFor(scoring, expert('E01'))).toMatchObject({ ownSheet: 'read', othersScores: true, aggregates: true });
    expect(visibilityFor(scoring, expert('E03'))).toEqual({
      ownSheet: 'edit',
      othersScores: false,
      aggregates: false,
      progress: true,
      verdict: false,
      reason: '独立评分阶段：提交本人评分后才能查看其他专家的评分',
      reasonMessage: { code: 'visibility.submitFirst', params: {} },
    });
  });

  it('shows nothing of the scores to a recused expert, in any phase', () => {
    for (const phase of ['scoring', 'discussion', 'finalised'] as const) {
      const seen = visibilityFor(snapshot(phase), expert('E04'));
      expect(seen).toMatchObject({ ownSheet: 'none', othersScores: false, aggregates: false });
      expect(seen.reason).toBe('您已回避该项目，不参与评分和表决，也不能查看评分');
    }
    expect(visibilityFor(snapshot('finalised'), expert('E04')).verdict).toBe(true);
  });

  it('asks for the pledge before any scoring', () => {
    expect(visibilityFor(snapshot('scoring'), expert('E05'))).toMatchObject({ ownSheet: 'none', reason: '请先签署公正性声明及保密承诺' });
  });

  it('reveals scores in discussion and allows revisions until the vote closes', () => {
    expect(visibilityFor(snapshot('discussion'), expert('E03'))).toMatchObject({ ownSheet: 'edit', othersScores: true });
    expect(visibilityFor(snapshot('vote'), expert('E03')).ownSheet).toBe('edit');
    expect(visibilityFor(snapshot('sign-off'), expert('E03')).ownSheet).toBe('read');
  });

  it('gives the secretary progress but no scores during the blind phase', () => {
    expect(visibilityFor(snapshot('scoring'), { kind: 'secretary' })).toMatchObject({ progress: true, othersScores: false });
    expect(visibilityFor(snapshot('discussion'), { kind: 'secretary' })).toMatchObject({ othersScores: true, verdict: false });
  });

  it('shows the bureau only a finalised review, and strangers nothing', () => {
    expect(visibilityFor(snapshot('vote'), { kind: 'bureau' })).toMatchObject({ othersScores: false, verdict: false });
    expect(visibilityFor(snapshot('reported'), { kind: 'bureau' })).toMatchObject({ othersScores: true, verdict: true });
    expect(visibilityFor(snapshot('discussion'), expert('E99'))).toMatchObject({ othersScores: false, reason: '您不是本次会议的专家组成员' });
  });
});
