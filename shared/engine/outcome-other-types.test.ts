import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../model/recommendation.js';
import type { Rubric } from '../model/rubric.js';
import { builtinRubrics } from '../rubrics/builtin-rubrics.js';
import { defaultRules } from '../rubrics/default-rules.js';
import { decideOutcome } from './outcome.js';
import { type SampleRow, samplePanel } from '../../test/fixtures/sample-panel.js';

const decide = (rubric: Rubric, rows: readonly SampleRow[], rules = defaultRules[rubric.reviewType]) => {
  const { experts, sheets } = samplePanel(rubric, 'S01', rows);
  return decideOutcome({ submissionId: 'S01', rubric, rules, experts, sheets, recusals: [], vetoRulings: [] });
};

const votes = (recommendations: readonly Recommendation[], scores: readonly (number | null)[]): SampleRow[] =>
  recommendations.map((recommendation) => ({ scores, recommendation }));

describe('initiation review (立项 / 不立项)', () => {
  const rubric = builtinRubrics.initiation;
  const strong = [24, 20, 24, 12]; // 80
  const poor = [15, 12, 15, 8]; // 50

  it('decides 立项 when 立项 votes reach 3/4 and the total reaches 60', () => {
    const result = decide(rubric, votes(['initiate', 'initiate', 'initiate', 'initiate', 'initiate', 'initiate', 'not-initiate', 'not-initiate'], strong));
    expect(result.outcome).toBe('initiate');
    expect(result.explanation).toBe('8 名有效表决专家中 6 名同意立项（≥3/4），平均总分 80.0（≥60）→ 立项');
  });

  it('decides 不立项 below 3/4 or below 60', () => {
    expect(decide(rubric, votes(['initiate', 'initiate', 'initiate', 'initiate', 'initiate', 'not-initiate', 'not-initiate'], strong)).outcome).toBe('not-initiate');
    expect(decide(rubric, votes(['initiate', 'initiate', 'initiate', 'initiate', 'initiate'], poor)).outcome).toBe('not-initiate');
  });

  it('needs quorum too', () => {
    expect(decide(rubric, votes(['initiate', 'initiate', 'initiate', 'initiate'], strong)).quorum).toBe(false);
  });
});

describe('periodic review (继续有效 / 修订 / 废止)', () => {
  const rubric = builtinRubrics.periodic;
  const unscored = [null, null, null, null];

  it('withdraws when 废止 votes reach 3/4, without any points', () => {
    const result = decide(rubric, votes(['withdraw', 'withdraw', 'withdraw', 'withdraw', 'withdraw', 'withdraw', 'confirm', 'revise'], unscored));
    expect(result.outcome).toBe('withdraw');
    expect(result.aggregate.total).toBeNull();
    expect(result.explanation).toBe('8 名有效表决专家中 6 名建议废止（≥3/4）→ 废止');
  });

  it('confirms when 继续有效 votes reach 3/4', () => {
    const result = decide(rubric, votes(['confirm', 'confirm', 'confirm', 'confirm', 'revise'], unscored));
    expect(result.outcome).toBe('confirm');
  });

  it('revises otherwise', () => {
    const result = decide(rubric, votes(['confirm', 'confirm', 'confirm', 'withdraw', 'withdraw', 'revise'], unscored));
    expect(result.outcome).toBe('revise');
    expect(result.explanation).toBe('6 名有效表决专家中 2 名建议废止（<3/4），3 名建议继续有效（<3/4）→ 修订');
  });

  it('checks 废止 before 继续有效 when a package lowers the ratio so both could reach it', () => {
    const rules = { ...defaultRules.periodic, passRatio: { numerator: 1, denominator: 2 } };
    const result = decide(rubric, votes(['confirm', 'confirm', 'confirm', 'withdraw', 'withdraw', 'withdraw'], unscored), rules);
    expect(result.outcome).toBe('withdraw');
  });

  it('sends an upheld veto to 修订', () => {
    const { experts, sheets } = samplePanel(rubric, 'S01', [
      ...votes(['confirm', 'confirm', 'confirm', 'confirm'], unscored),
      { scores: unscored, recommendation: 'revise', veto: { criterionId: 'compliance', reason: '引用的强制性标准已废止' } },
    ]);
    const result = decideOutcome({
      submissionId: 'S01',
      rubric,
      rules: defaultRules.periodic,
      experts,
      sheets,
      recusals: [],
      vetoRulings: [{ expertId: 'E05', criterionId: 'compliance', upheld: true, note: '', decidedAt: '2026-11-28T11:00:00+08:00' }],
    });
    expect(result.outcome).toBe('revise');
  });
});
