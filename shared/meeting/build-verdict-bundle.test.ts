import { describe, expect, it } from 'vitest';
import { verdictBundleSchema } from '../bundle/verdict-bundle.js';
import { decideOutcome } from '../engine/outcome.js';
import { sampleRecusal, samplePanel } from '../../test/fixtures/sample-panel.js';
import { draftVerdict } from '../engine/verdict-draft.js';
import type { ReviewComment } from '../model/comment.js';
import { defaultRules } from '../rubrics/default-rules.js';
import { zzbTechnicalRubric as rubric } from '../rubrics/zzb-technical.js';
import { buildVerdictBundle } from './build-verdict-bundle.js';

const { experts, sheets } = samplePanel(
  rubric,
  'S01',
  Array.from({ length: 5 }, () => ({ scores: [16, 12, 24, 12, 16], recommendation: 'pass' as const })),
);
const otherSubmission = samplePanel(rubric, 'S02', [{ scores: [1, 1, 1, 1, 1], recommendation: 'fail' }]).sheets;
const result = decideOutcome({ submissionId: 'S01', rubric, rules: defaultRules.technical, experts, recusals: [], sheets, vetoRulings: [] });
const draft = draftVerdict({ id: 'V-S01-1', verdictId: 'V-S01', meetingId: 'M-2026-0147', submissionId: 'S01' }, rubric, result);
const final = { ...draft, status: 'final' as const, conclusion: '同意通过。', finalizedAt: '2026-11-28T16:00:00+08:00', finalizedBy: 'E01' };
const comment: ReviewComment = {
  id: 'C1',
  meetingId: 'M-2026-0147',
  submissionId: 'S01',
  expertId: 'E02',
  clause: '6.2',
  type: 'technical',
  text: '补充试验方法',
  proposedChange: '',
  resolution: null,
  resolutionNote: '',
  createdAt: '2026-11-28T10:00:00+08:00',
  updatedAt: '2026-11-28T10:00:00+08:00',
};
const sources = {
  meeting: { id: 'M-2026-0147', packageId: 'pkg-1' },
  sheets: [...sheets, ...otherSubmission, { ...sheets[0]!, id: 'draft-only', expertId: 'E09', status: 'draft' as const, versions: [] }],
  comments: [comment, { ...comment, id: 'C2', submissionId: 'S02' }],
  recusals: [sampleRecusal('E05', 'dismissed'), sampleRecusal('E05', 'confirmed', 'S02')],
  previousBundleDigest: null,
};

describe('verdict bundle', () => {
  it('carries the finalised verdict and only this submission’s submitted sheets, comments and recusals', () => {
    const bundle = buildVerdictBundle({ ...sources, verdict: final });
    expect(verdictBundleSchema.safeParse(bundle).success).toBe(true);
    expect(bundle).toMatchObject({ format: 'zzverdict', version: 1, verdictId: 'V-S01', versionNo: 1, packageId: 'pkg-1', outcome: 'pass', minutes: null });
    expect(bundle.scoresheets.map((s) => s.expertId)).toEqual(['E01', 'E02', 'E03', 'E04', 'E05']);
    expect(bundle.scoresheets[0]).not.toHaveProperty('draft');
    expect(bundle.comments.map((c) => c.id)).toEqual(['C1']);
    expect(bundle.recusals.map((r) => r.status)).toEqual(['dismissed']);
  });

  it('leaves the signatures drawn at submission out of the bundle', () => {
    const signed = sources.sheets.map((s) => ({ ...s, versions: s.versions.map((v) => ({ ...v, signatureImage: 'data:image/png;base64,iVBORw0KGgo=' })) }));
    const bundle = buildVerdictBundle({ ...sources, sheets: signed, verdict: final });
    expect(bundle.scoresheets.flatMap((s) => s.versions).every((v) => !('signatureImage' in v))).toBe(true);
    expect(bundle).toEqual(buildVerdictBundle({ ...sources, verdict: final }));
  });

  it('carries the minutes and the audit chain head it is sealed with, and chains only to the version its verdict names', () => {
    const minutes = { sha256: '4d'.repeat(32), bytes: 126_378 };
    const bundle = buildVerdictBundle({ ...sources, verdict: final, minutes, auditHead: '1c'.repeat(32) });
    expect(bundle).toMatchObject({ minutes, auditHead: '1c'.repeat(32), supersedes: null });
    const second = { ...final, id: 'V-S01-2', versionNo: 2, supersedes: 'ab'.repeat(32) };
    expect(buildVerdictBundle({ ...sources, verdict: second, previousBundleDigest: 'ab'.repeat(32) }).supersedes).toBe('ab'.repeat(32));
    expect(() => buildVerdictBundle({ ...sources, verdict: second, previousBundleDigest: 'cd'.repeat(32) })).toThrow('审评结论 V-S01 第 2 版的 supersedes 与上一版上报包的摘要不符');
  });

  it('refuses a verdict that is not finalised', () => {
    expect(() => buildVerdictBundle({ ...sources, verdict: draft })).toThrow('审评结论 V-S01 第 1 版尚未定稿，不能生成上报包');
  });
});
