import { describe, expect, it } from 'vitest';
import { defaultRules } from '../rubrics/default-rules.js';
import { zzbTechnicalRubric as rubric } from '../rubrics/zzb-technical.js';
import { emptySheetContent } from './sheet-content.js';
import { contentToSubmit, justificationNeeded, submissionIssues } from './sheet-submission.js';

const rules = defaultRules.technical;

/** Compliance 20 (justify ≤5 or ≥18), the rest mid-range; every box has text typed at some point. */
const draft = {
  ...emptySheetContent(rubric),
  recommendation: 'pass' as const,
  scores: rubric.criteria.map((c, i) => ({ criterionId: c.id, score: [19, 12, 24, 12, 16][i] ?? null, justification: `曾写的理由${i}` })),
};

describe('the content a sheet is submitted with', () => {
  it('needs a justification only for scores in the bands the rules name', () => {
    expect([0, 5, 6, 17, 18, 20].map((score) => justificationNeeded(rubric, rules, 'compliance', score))).toEqual([true, true, false, false, true, true]);
    expect(justificationNeeded(rubric, rules, 'compliance', null)).toBe(false);
    expect(justificationNeeded(rubric, rules, 'no-such-criterion', 0)).toBe(false);
  });

  it('keeps the justification of an extreme score and drops text left behind under a score that needs none', () => {
    expect(contentToSubmit(rubric, rules, draft).scores.map((s) => s.justification)).toEqual(['曾写的理由0', '', '', '', '']);
    expect(draft.scores[1]?.justification).toBe('曾写的理由1');
  });

  it('refuses a revision without a reason or one that differs from the last version only in hidden text', () => {
    const last = { ...contentToSubmit(rubric, rules, draft), recommendation: 'pass' as const, versionNo: 1, submittedAt: '2026-11-28T10:00:00+08:00' };
    const check = { rubric, rules, draft, comments: [], last, reason: '' };
    expect(submissionIssues(check).map((i) => i.field)).toEqual(['reason', 'scores']);
    expect(submissionIssues({ ...check, reason: '合议后调整', draft: { ...draft, recommendation: 'pass-with-revisions' } })).toEqual([]);
    expect(submissionIssues({ ...check, last: undefined })).toEqual([]);
  });
});
