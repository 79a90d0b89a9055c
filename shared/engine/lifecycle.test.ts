import { describe, expect, it } from 'vitest';
import type { ReviewPhase } from '../model/phase.js';
import type { Verdict } from '../model/verdict.js';
import { zzbTechnicalRubric as rubric } from '../rubrics/zzb-technical.js';
import { outcomeOf } from './lifecycle-guards.js';
import { checkTransition, nextPhase } from './lifecycle.js';
import type { ReviewSnapshot } from './review-snapshot.js';
import { type SampleRow, sampleRecusal, sampleSnapshot } from '../../test/fixtures/sample-panel.js';
import { draftVerdict } from './verdict-draft.js';

const now = '2026-11-28T12:00:00+08:00';
const agreed: SampleRow[] = Array.from({ length: 6 }, () => ({ scores: [16, 12, 24, 12, 16], recommendation: 'pass' }));

const snapshot = (phase: ReviewPhase, rows: readonly SampleRow[] = agreed): ReviewSnapshot => sampleSnapshot(phase, rows);

const withVerdict = (base: ReviewSnapshot, edit: (v: Verdict) => Verdict = (v) => v): ReviewSnapshot => {
  const verdict = draftVerdict(
    { id: 'V-S01-1', verdictId: 'V-S01', meetingId: 'M-2026-0147', submissionId: 'S01' },
    rubric,
    outcomeOf(base),
  );
  return { ...base, verdict: edit({ ...verdict, conclusion: '专家组一致同意通过。' }) };
};

const signedByAll = (v: Verdict): Verdict => ({
  ...v,
  signatures: v.votes.map((vote) => ({ expertId: vote.expertId, signedAt: now, image: null })),
});

const refusal = (check: ReturnType<typeof checkTransition>): string[] => (check.allowed ? [] : check.reasons);

describe('life cycle', () => {
  it('moves one phase at a time', () => {
    expect(nextPhase('preparation')).toBe('scoring');
    expect(nextPhase('reported')).toBeNull();
    expect(refusal(checkTransition(snapshot('discussion'), 'sign-off'))).toEqual(['只能从「合议」进入「表决」，不能进入「签署」']);
    expect(refusal(checkTransition(snapshot('reported'), 'finalised'))).toEqual(['「已上报」是最后阶段，不能再进入「定稿」']);
  });

  it('starts scoring only with quorum, settled conflicts and signed pledges', () => {
    expect(checkTransition(snapshot('preparation'), 'scoring')).toEqual({ allowed: true });
    const base = snapshot('preparation', agreed.slice(0, 5));
    const flagged = sampleRecusal('E02', 'flagged');
    expect(refusal(checkTransition({ ...base, recusals: [flagged], pledges: base.pledges.slice(1) }, 'scoring'))).toEqual([
      '专家2（E02）的回避提示尚待组长确认',
      '专家1（E01）尚未签署公正性声明及保密承诺',
    ]);
    expect(refusal(checkTransition({ ...base, recusals: [sampleRecusal('E02', 'confirmed')] }, 'scoring'))).toEqual([
      '到会且无需回避的专家 4 名，少于法定人数 5 名',
    ]);
  });

  it('keeps the blind phase until every participant has submitted', () => {
    const base = snapshot('scoring');
    const sheets = base.sheets.map((s) => (s.expertId === 'E03' ? { ...s, status: 'draft' as const, versions: [] } : s));
    expect(refusal(checkTransition({ ...base, sheets }, 'discussion'))).toEqual([
      '独立评分尚未结束：专家3（E03）尚未提交评分表',
    ]);
    expect(checkTransition(base, 'discussion')).toEqual({ allowed: true });
  });

  it('refuses the vote without quorum', () => {
    const base = snapshot('discussion', agreed.slice(0, 4));
    expect(refusal(checkTransition(base, 'vote'))).toEqual(['有效表决专家 4 名，少于法定人数 5 名']);
  });

  it('refuses the vote while dispersion is unresolved, until a reconciliation note is recorded', () => {
    const rows: SampleRow[] = [...agreed.slice(0, 5), { scores: [16, 12, 6, 12, 16], recommendation: 'pass' }];
    const base = snapshot('discussion', rows);
    const reasons = refusal(checkTransition(base, 'vote'));
    expect(reasons.length).toBe(2);
    expect(reasons[0]).toMatch(/^评分分歧未解决：「先进性」最高分 24 与最低分 6/);
    const noted = withVerdict(base, (v) => ({
      ...v,
      reconciliationNotes: [{ criterionId: 'advancement', note: '专家6认为对标数据不足，其余专家认可', recordedBy: 'E01', recordedAt: now }],
    }));
    expect(checkTransition(noted, 'vote')).toEqual({ allowed: true });
  });

  it('refuses the vote while a veto awaits the chair', () => {
    const rows: SampleRow[] = [
      ...agreed.slice(0, 5),
      { scores: [16, 12, 24, 12, 16], recommendation: 'fail', veto: { criterionId: 'compliance', reason: '与强制性标准冲突' } },
    ];
    expect(refusal(checkTransition(snapshot('discussion', rows), 'vote'))).toEqual(['专家专家6对「合规性」的否决尚待组长确认']);
  });

  it('goes to sign-off only with a written conclusion that matches the vote', () => {
    const base = snapshot('vote');
    expect(refusal(checkTransition(base, 'sign-off'))).toEqual(['尚未形成审评意见（结论）']);
    expect(checkTransition(withVerdict(base), 'sign-off')).toEqual({ allowed: true });
    expect(refusal(checkTransition(withVerdict(base, (v) => ({ ...v, outcome: 'fail' })), 'sign-off'))).toEqual([
      '审评意见中的结论与表决结果不一致，请重新生成',
    ]);
  });

  it('finalises only when every participant has signed', () => {
    const base = withVerdict(snapshot('sign-off'));
    expect(refusal(checkTransition(base, 'finalised'))).toEqual([
      '缺少签名：专家1（E01）、专家2（E02）、专家3（E03）、专家4（E04）、专家5（E05）、专家6（E06）',
    ]);
    expect(checkTransition(withVerdict(snapshot('sign-off'), signedByAll), 'finalised')).toEqual({ allowed: true });
  });

  it('is reported only with the bureau receipt for the current version', () => {
    const final = withVerdict(snapshot('finalised'), (v) => ({ ...signedByAll(v), status: 'final' }));
    expect(refusal(checkTransition(final, 'reported'))).toEqual(['尚未收到省局回执']);
    const receipt = { verdictId: 'V-S01', versionNo: 1, sha256: 'a'.repeat(64), receivedAt: now, seq: 7, signature: 'c2ln' };
    expect(checkTransition({ ...final, verdict: { ...final.verdict!, receipt } }, 'reported')).toEqual({ allowed: true });
    expect(refusal(checkTransition({ ...final, verdict: { ...final.verdict!, receipt: { ...receipt, versionNo: 2 } } }, 'reported'))).toEqual([
      '省局回执对应的是结论 V-S01 第 2 版，不是当前版本',
    ]);
  });
});
