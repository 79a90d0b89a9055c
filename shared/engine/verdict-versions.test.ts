import { describe, expect, it } from 'vitest';
import { verdictSchema } from '../model/verdict.js';
import { defaultRules } from '../rubrics/default-rules.js';
import { zzbTechnicalRubric as rubric } from '../rubrics/zzb-technical.js';
import { decideOutcome } from './outcome.js';
import { samplePanel } from '../../test/fixtures/sample-panel.js';
import { draftVerdict } from './verdict-draft.js';
import { amendVerdict, finaliseVerdict, verifyVerdictChain } from './verdict-versions.js';

const { experts, sheets } = samplePanel(
  rubric,
  'S01',
  Array.from({ length: 5 }, () => ({ scores: [16, 12, 24, 12, 16], recommendation: 'pass' as const })),
);
const result = decideOutcome({ submissionId: 'S01', rubric, rules: defaultRules.technical, experts, sheets, recusals: [], vetoRulings: [] });
const draft = draftVerdict({ id: 'V-S01-1', verdictId: 'V-S01', meetingId: 'M-2026-0147', submissionId: 'S01' }, rubric, result);
const finalised = finaliseVerdict(draft, { expertId: 'E01', now: '2026-11-28T16:00:00+08:00' });
if (!finalised.ok) throw new Error(finalised.reason);
const v1 = finalised.verdict;

describe('verdict versions', () => {
  it('drafts a schema-valid verdict from the outcome', () => {
    expect(verdictSchema.parse(draft)).toEqual(draft);
    expect(draft).toMatchObject({ outcome: 'pass', status: 'draft', versionNo: 1, supersedes: null });
    expect(draft.votes).toHaveLength(5);
  });

  it('finalises once', () => {
    expect(v1).toMatchObject({ status: 'final', finalizedBy: 'E01' });
    expect(finaliseVerdict(v1, { expertId: 'E01', now: '2026-11-28T16:01:00+08:00' })).toMatchObject({ ok: false, reason: '审评结论第 1 版已定稿，只能正式修订' });
  });

  it('amends a final verdict as version n + 1 chained by the bundle digest of version n', () => {
    const v1Digest = 'a'.repeat(64);
    const amended = amendVerdict(v1, {
      id: 'V-S01-2',
      changes: { revisionRequirements: ['6.3 条补充低温试验方法'] },
      reason: '补记会上提出的修改要求',
      by: 'E01',
      now: '2026-11-29T09:00:00+08:00',
      supersedes: v1Digest,
    });
    if (!amended.ok) throw new Error(amended.reason);
    const v2 = amended.verdict;
    expect(v2).toMatchObject({ id: 'V-S01-2', verdictId: 'V-S01', versionNo: 2, supersedes: v1Digest, amendmentReason: '补记会上提出的修改要求', receipt: null });
    const ledger = (version: typeof v1) => (version.versionNo === 1 ? v1Digest : null);
    expect(verifyVerdictChain([v1, v2], ledger)).toEqual({ ok: true });
    expect(verifyVerdictChain([v1, { ...v2, supersedes: 'b'.repeat(64) }], ledger)).toMatchObject({
      ok: false,
      reason: '第 2 版的 supersedes 与上一版摘要不符',
      reasonMessage: { code: 'chain.supersedes', params: { versionNo: 2 } },
    });
    expect(verifyVerdictChain([v1, v2], () => null)).toMatchObject({ ok: false });
    expect(verifyVerdictChain([v2], ledger)).toMatchObject({ ok: false, reason: '第 1 个版本的版本号为 2' });
  });

  it('refuses to amend a draft or without a reason', () => {
    const base = { id: 'x', changes: {}, by: 'E01', now: '2026-11-29T09:00:00+08:00', supersedes: 'a'.repeat(64) };
    expect(amendVerdict(draft, { ...base, reason: '更正' })).toMatchObject({ ok: false, reason: '只有已定稿的审评结论才能修订；定稿前请直接修改' });
    expect(amendVerdict(v1, { ...base, reason: '  ' })).toMatchObject({ ok: false, reason: '修订审评结论须写明修订理由' });
  });
});
