import { decideOutcome } from '../engine/outcome.js';
import { samplePanel } from '../engine/sample-panel.js';
import { defaultRules } from '../rubrics/default-rules.js';
import { zzbTechnicalRubric } from '../rubrics/zzb-technical.js';
import type { VerdictBundle } from './verdict-bundle.js';

const finalizedAt = '2026-11-28T16:30:00+08:00';

/**
 * A valid version-1 bundle of a five-expert technical review decided by the real engine, for
 * tests, the benchmark and bureau demos. `verdictId` and `submissionId` vary so many distinct
 * verdicts can be made.
 */
export const sampleBundle = (verdictId = 'V-2026-0147-S01', submissionId = 'S01'): VerdictBundle => {
  const rubric = zzbTechnicalRubric;
  const meetingId = 'M-2026-0147';
  const high = rubric.criteria.map((c) => c.maxPoints - 1);
  const rows = [0, 1, 2, 3, 4].map((i) => ({
    scores: high.map((score, j) => (i + j) % 3 === 0 ? score - 1 : score),
    recommendation: i === 4 ? ('pass-with-revisions' as const) : ('pass' as const),
  }));
  const { experts, sheets } = samplePanel(rubric, submissionId, rows, meetingId);
  const result = decideOutcome({
    submissionId,
    rubric,
    rules: defaultRules.technical,
    experts,
    sheets,
    recusals: [],
    vetoRulings: [],
  });
  if (result.outcome === null) throw new Error(`样例结论未形成：${result.explanation}`);
  return {
    format: 'zzverdict',
    version: 1,
    verdictId,
    versionNo: 1,
    supersedes: null,
    meetingId,
    submissionId,
    packageId: '6f1c2a7e-0b1d-4c36-9a51-2f7d3e8c9b40',
    reviewType: 'technical',
    rubricId: rubric.id,
    outcome: result.outcome,
    aggregate: result.aggregate,
    votes: result.votes,
    scoresheets: sheets.map(({ draft: _draft, status: _status, updatedAt: _updatedAt, ...sheet }) => sheet),
    comments: [],
    conclusion: '专家组一致认为该标准技术内容先进，同意通过审评。',
    revisionRequirements: ['按专家意见修改第 6.2 条试验方法。'],
    dissent: [],
    recusals: [],
    reconciliationNotes: [],
    finalizedAt,
    finalizedBy: 'E01',
    minutes: null,
  };
};
