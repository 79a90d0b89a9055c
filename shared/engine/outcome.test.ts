import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../model/recommendation.js';
import type { Recusal } from '../model/recusal.js';
import type { VetoRuling } from '../model/verdict.js';
import { defaultRules } from '../rubrics/default-rules.js';
import { zzbTechnicalRubric as rubric } from '../rubrics/zzb-technical.js';
import { decideOutcome } from './outcome.js';
import { type SampleRow, samplePanel, sampleRecusal } from '../../test/fixtures/sample-panel.js';

const rules = defaultRules.technical;
const good = [18, 12, 25, 12, 16]; // 83
const weak = [12, 8, 15, 8, 10]; // 53

const rows = (recommendations: readonly Recommendation[], scores = good): SampleRow[] =>
  recommendations.map((recommendation) => ({ scores, recommendation }));

const decide = (panelRows: readonly SampleRow[], extra: { recusals?: Recusal[]; vetoRulings?: VetoRuling[] } = {}) => {
  const { experts, sheets } = samplePanel(rubric, 'S01', panelRows);
  return decideOutcome({
    submissionId: 'S01',
    rubric,
    rules,
    experts,
    sheets,
    recusals: extra.recusals ?? [],
    vetoRulings: extra.vetoRulings ?? [],
  });
};

const repeat = <T>(value: T, times: number): T[] => Array.from({ length: times }, () => value);

describe('technical outcome', () => {
  it('passes with 6 of 8 approvals (exactly 3/4)', () => {
    const result = decide(rows([...repeat<Recommendation>('pass', 6), 'fail', 'fail']));
    expect(result.outcome).toBe('pass');
  });

  it('fails with 5 of 7 approvals (just under 3/4)', () => {
    const result = decide(rows([...repeat<Recommendation>('pass', 5), 'fail', 'fail']));
    expect(result.outcome).toBe('fail');
    expect(result.explanation).toBe('7 名有效表决专家中 5 名同意（<3/4），平均总分 83.0（≥60）→ 不通过');
  });

  it('explains 修改后通过 when approvals reach 3/4 but outright passes do not', () => {
    const result = decide([
      ...rows(repeat<Recommendation>('pass', 5)),
      ...rows(['pass-with-revisions', 'pass-with-revisions']),
      { scores: [10, 9, 20, 9, 12], recommendation: 'fail' },
    ]);
    expect(result.outcome).toBe('pass-with-revisions');
    expect(result.explanation).toBe(
      '8 名有效表决专家中 7 名同意（≥3/4），平均总分 83.0（≥60），其中 5 名建议直接通过（<3/4）→ 修改后通过',
    );
  });

  it('fails when approvals suffice but the aggregate total is below 60', () => {
    const result = decide(rows(repeat<Recommendation>('pass', 6), weak));
    expect(result.outcome).toBe('fail');
    expect(result.explanation).toContain('平均总分 53.0（<60）');
  });

  it('compares the total exactly: a trimmed mean of exactly 60 passes', () => {
    const sixty = [12, 9, 18, 9, 12];
    const result = decide([
      ...rows(repeat<Recommendation>('pass', 3), sixty),
      { scores: [20, 15, 30, 15, 20], recommendation: 'pass' },
      { scores: [0, 0, 0, 0, 0], recommendation: 'pass' },
    ]);
    expect(result.aggregate.total?.value).toBe(60);
    expect(result.outcome).toBe('pass');
  });

  it('has quorum with 5 eligible voters and none with 4', () => {
    expect(decide(rows(repeat<Recommendation>('pass', 5))).quorum).toBe(true);
    const four = decide(rows(repeat<Recommendation>('pass', 4)));
    expect(four.quorum).toBe(false);
    expect(four.outcome).toBeNull();
    expect(four.explanation).toBe('有效表决专家 4 名，少于法定人数 5 名，不能形成结论');
  });

  it('does not count absent experts or experts who have not submitted', () => {
    const panelRows = rows(repeat<Recommendation>('pass', 6));
    panelRows[5] = { ...panelRows[5]!, present: false };
    const { experts, sheets } = samplePanel(rubric, 'S01', panelRows);
    const unsubmitted = sheets.map((s, i) => (i === 4 ? { ...s, status: 'draft' as const, versions: [] } : s));
    const result = decideOutcome({ submissionId: 'S01', rubric, rules, experts, sheets: unsubmitted, recusals: [], vetoRulings: [] });
    expect(result.voters).toHaveLength(4);
    expect(result.excluded).toEqual([
      { expertId: 'E05', reason: 'not-submitted' },
      { expertId: 'E06', reason: 'absent' },
    ]);
    expect(result.quorum).toBe(false);
  });

  it('removes a confirmed recusal from the voters, so the ratio changes', () => {
    const panelRows = rows([...repeat<Recommendation>('pass', 6), 'fail', 'fail', 'pass']);
    expect(decide(panelRows).outcome).toBe('pass');
    const result = decide(panelRows, { recusals: [sampleRecusal('E09', 'confirmed')] });
    expect(result.voters).toHaveLength(8);
    expect(result.excluded).toEqual([{ expertId: 'E09', reason: 'recused' }]);
    expect(result.votes.map((v) => v.expertId)).not.toContain('E09');
    expect(result.outcome).toBe('pass');
    const recusedApprover = decide(panelRows, { recusals: [sampleRecusal('E01', 'confirmed'), sampleRecusal('E02', 'confirmed')] });
    expect(recusedApprover.voters).toHaveLength(7);
    expect(recusedApprover.outcome).toBe('fail');
  });

  it('keeps a voter whose recusal is only flagged or was dismissed', () => {
    const panelRows = rows(repeat<Recommendation>('pass', 5));
    expect(decide(panelRows, { recusals: [sampleRecusal('E02', 'flagged')] }).voters).toHaveLength(5);
    expect(decide(panelRows, { recusals: [sampleRecusal('E02', 'dismissed')] }).voters).toHaveLength(5);
  });

  it('uses the final version, not the preliminary one', () => {
    const { experts, sheets } = samplePanel(rubric, 'S01', rows(repeat<Recommendation>('fail', 5)));
    const revised = sheets.map((s) => {
      const first = s.versions[0]!;
      return { ...s, versions: [first, { ...first, versionNo: 2, recommendation: 'pass' as const }] };
    });
    const result = decideOutcome({ submissionId: 'S01', rubric, rules, experts, sheets: revised, recusals: [], vetoRulings: [] });
    expect(result.outcome).toBe('pass');
  });
});

describe('veto', () => {
  const veto = { criterionId: 'compliance', reason: '与 GB 4706.1 强制性要求相抵触' };
  const withVeto = [
    ...rows([...repeat<Recommendation>('pass', 5), 'pass-with-revisions']),
    { scores: good, recommendation: 'fail' as const, veto },
  ];
  const ruling = (upheld: boolean, expertId = 'E07'): VetoRuling => ({
    expertId,
    criterionId: 'compliance',
    upheld,
    note: '',
    decidedAt: '2026-11-28T11:00:00+08:00',
  });

  it('fails the submission when the chair upholds the veto, whatever the votes', () => {
    const result = decide(withVeto, { vetoRulings: [ruling(true)] });
    expect(result.outcome).toBe('fail');
    expect(result.explanation).toBe('组长确认专家专家7对「合规性」的否决（与 GB 4706.1 强制性要求相抵触）→ 不通过');
  });

  it('decides by the votes when the chair does not uphold the veto', () => {
    expect(decide(withVeto, { vetoRulings: [ruling(false)] }).outcome).toBe('pass-with-revisions');
  });

  it('reports a veto without a ruling as pending', () => {
    const result = decide(withVeto);
    expect(result.pendingVetoes).toEqual([{ expertId: 'E07', expertName: '专家7', ...veto }]);
    expect(result.upheldVetoes).toEqual([]);
  });

  it('applies quorum before the veto', () => {
    const result = decide(withVeto.slice(3), { vetoRulings: [ruling(true, 'E04')] });
    expect(result.upheldVetoes).toHaveLength(1);
    expect(result.quorum).toBe(false);
    expect(result.outcome).toBeNull();
  });
});
