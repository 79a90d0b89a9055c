import { describe, expect, it } from 'vitest';
import { verdictSchema } from '../model/verdict.js';
import { defaultRules } from '../rubrics/default-rules.js';
import { zzbTechnicalRubric as rubric } from '../rubrics/zzb-technical.js';
import { decideOutcome } from './outcome.js';
import { samplePanel } from './sample-panel.js';
import { draftVerdict } from './verdict-draft.js';
import { amendVerdict, finaliseVerdict, verdictDigest, verifyVerdictChain } from './verdict-versions.js';

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
    expect(finaliseVerdict(v1, { expertId: 'E01', now: '2026-11-28T16:01:00+08:00' })).toEqual({ ok: false, reason: '审评结论第 1 版已定稿' });
  });

  it('amends a final verdict as version n + 1 chained by the digest of version n', () => {
    const amended = amendVerdict(v1, {
      id: 'V-S01-2',
      changes: { revisionRequirements: ['6.3 条补充低温试验方法'] },
      reason: '补记会上提出的修改要求',
      by: 'E01',
      now: '2026-11-29T09:00:00+08:00',
    });
    if (!amended.ok) throw new Error(amended.reason);
    const v2 = amended.verdict;
    expect(v2).toMatchObject({ id: 'V-S01-2', verdictId: 'V-S01', versionNo: 2, supersedes: verdictDigest(v1), amendmentReason: '补记会上提出的修改要求' });
    expect(verifyVerdictChain([v1, v2])).toEqual({ ok: true });
    expect(verifyVerdictChain([v1, { ...v2, supersedes: verdictDigest({ ...v1, conclusion: '改过' }) }])).toEqual({
      ok: false,
      reason: '第 2 版的 supersedes 与上一版摘要不符',
    });
    expect(verifyVerdictChain([v2])).toEqual({ ok: false, reason: '第 1 个版本的版本号为 2' });
  });

  it('keeps the chain when the bureau receipt arrives later', () => {
    const receipt = { verdictId: 'V-S01', versionNo: 1, sha256: 'b'.repeat(64), receivedAt: '2026-11-30T08:00:00+08:00', seq: 1, signature: 'c2ln' };
    expect(verdictDigest({ ...v1, receipt })).toBe(verdictDigest(v1));
  });

  it('refuses to amend a draft or without a reason', () => {
    const base = { id: 'x', changes: {}, by: 'E01', now: '2026-11-29T09:00:00+08:00' };
    expect(amendVerdict(draft, { ...base, reason: '更正' })).toEqual({ ok: false, reason: '只有已定稿的审评结论才能修订；定稿前请直接修改' });
    expect(amendVerdict(v1, { ...base, reason: '  ' })).toEqual({ ok: false, reason: '修订审评结论须写明修订理由' });
  });
});
