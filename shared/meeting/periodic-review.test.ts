import { describe, expect, it } from 'vitest';
import { bundleDigest } from '../bundle/verdict-bundle.js';
import { outcomeOf } from '../engine/lifecycle-guards.js';
import { checkTransition } from '../engine/lifecycle.js';
import type { ReviewSnapshot } from '../engine/review-snapshot.js';
import { samplePanel, samplePledges } from '../../test/fixtures/sample-panel.js';
import { draftVerdict, withOutcome } from '../engine/verdict-draft.js';
import { amendVerdict, finaliseVerdict, verifyVerdictChain } from '../engine/verdict-versions.js';
import type { Recommendation } from '../model/recommendation.js';
import { defaultRules } from '../rubrics/default-rules.js';
import { zzbPeriodicRubric as rubric } from '../rubrics/zzb-periodic.js';
import { buildVerdictBundle } from './build-verdict-bundle.js';
import { conclusionDraftFor } from './conclusion-draft.js';

const rules = defaultRules.periodic;
const now = '2026-11-28T15:00:00+08:00';
const submission = { standardName: '铝合金建筑型材', proposedCode: '', revisionOf: 'T/ZZB 0123—2019' };

/** Runs one periodic review of five experts from their recommendations to a finalised verdict and its bundle. */
const runReview = (recommendations: readonly Recommendation[], scores: readonly (number | null)[]) => {
  const { experts, sheets } = samplePanel(
    rubric,
    'S01',
    recommendations.map((recommendation) => ({ scores, recommendation })),
  );
  const snapshot: ReviewSnapshot = {
    submissionId: 'S01',
    phase: 'sign-off',
    rubric,
    rules,
    experts,
    pledges: samplePledges(experts.map((e) => e.id)),
    recusals: [],
    sheets,
    verdict: null,
  };
  const result = outcomeOf(snapshot);
  const draft = draftVerdict({ id: 'V-S01-1', verdictId: 'V-S01', meetingId: 'M-2026-0147', submissionId: 'S01' }, rubric, result);
  const conclusion = conclusionDraftFor({ rubric, rules, submission, result, requirementCount: 0 });
  if (conclusion === null) throw new Error('no quorum');
  const signed = {
    ...withOutcome(draft, result),
    conclusion,
    signatures: experts.map((e) => ({ expertId: e.id, signedAt: now, image: null })),
  };
  const check = checkTransition({ ...snapshot, verdict: signed }, 'finalised');
  const finalised = finaliseVerdict(signed, { expertId: 'E01', now });
  if (!finalised.ok) throw new Error(finalised.reason);
  const bundle = buildVerdictBundle({
    meeting: { id: 'M-2026-0147', packageId: null },
    verdict: finalised.verdict,
    sheets,
    comments: [],
    recusals: [],
    previousBundleDigest: null,
  });
  return { check, verdict: finalised.verdict, bundle, conclusion };
};

describe('periodic review through to a finalised verdict', () => {
  it('confirms the standard (继续有效) without any points', () => {
    const { check, bundle, conclusion } = runReview(['confirm', 'confirm', 'confirm', 'confirm', 'revise'], [null, null, null, null]);
    expect(check).toEqual({ allowed: true });
    expect(bundle.outcome).toBe('confirm');
    expect(bundle.aggregate.total).toBeNull();
    expect(conclusion).toContain('《铝合金建筑型材》（T/ZZB 0123—2019）发布实施以来');
    expect(conclusion).toMatch(/专家组建议该标准继续有效。$/);
  });

  it('revises the standard (修订) when neither withdrawal nor confirmation reaches 3/4', () => {
    const { check, bundle, conclusion } = runReview(['confirm', 'confirm', 'confirm', 'revise', 'withdraw'], [20, 18, 15, 20]);
    expect(check).toEqual({ allowed: true });
    expect(bundle.outcome).toBe('revise');
    expect(conclusion).toContain('三名建议继续有效、一名建议修订、一名建议废止');
  });

  it('withdraws the standard (废止), and an amendment chains version 2 to version 1', () => {
    const { bundle, verdict } = runReview(['withdraw', 'withdraw', 'withdraw', 'withdraw', 'revise'], [5, 5, 5, 5]);
    expect(bundle.outcome).toBe('withdraw');
    const amended = amendVerdict(verdict, {
      id: 'V-S01-2',
      changes: { conclusion: `${verdict.conclusion}\n（更正起草单位名称）` },
      reason: '更正笔误',
      by: 'E01',
      now,
      supersedes: bundleDigest(bundle),
    });
    if (!amended.ok) throw new Error(amended.reason);
    expect(verifyVerdictChain([verdict, amended.verdict], () => bundleDigest(bundle))).toEqual({ ok: true });
    const second = buildVerdictBundle({
      meeting: { id: 'M-2026-0147', packageId: null },
      verdict: amended.verdict,
      sheets: [],
      comments: [],
      recusals: [],
      previousBundleDigest: bundleDigest(bundle),
    });
    expect(second).toMatchObject({ versionNo: 2, supersedes: bundleDigest(bundle), outcome: 'withdraw' });
  });
});
