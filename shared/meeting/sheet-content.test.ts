import { describe, expect, it } from 'vitest';
import type { ReviewComment } from '../model/comment.js';
import { zzbPeriodicRubric } from '../rubrics/zzb-periodic.js';
import { commentIssues, contentOfVersion, emptySheetContent, sameContent } from './sheet-content.js';

const comment: ReviewComment = {
  id: 'C1',
  meetingId: 'M1',
  submissionId: 'S01',
  expertId: 'E01',
  clause: '6.2',
  type: 'technical',
  text: '补充试验方法',
  proposedChange: '',
  resolution: null,
  resolutionNote: '',
  createdAt: '2026-11-28T10:00:00+08:00',
  updatedAt: '2026-11-28T10:00:00+08:00',
};

describe('sheet content', () => {
  it('starts blank with every criterion of the rubric', () => {
    const blank = emptySheetContent(zzbPeriodicRubric);
    expect(blank.scores.map((s) => s.criterionId)).toEqual(['compliance', 'applicability', 'advancement', 'implementation']);
    expect(blank.scores.every((s) => s.score === null)).toBe(true);
    expect(blank.recommendation).toBeNull();
  });

  it('compares contents regardless of key order and strips version fields', () => {
    const blank = emptySheetContent(zzbPeriodicRubric);
    const version = { ...blank, recommendation: 'confirm' as const, versionNo: 1, submittedAt: '2026-11-28T10:00:00+08:00' };
    expect(sameContent(contentOfVersion(version), { opinion: '', recommendation: 'confirm', veto: null, scores: blank.scores })).toBe(true);
    expect(sameContent(contentOfVersion(version), blank)).toBe(false);
  });

  it('names an incomplete comment by its number and field', () => {
    expect(commentIssues([comment])).toEqual([]);
    expect(commentIssues([comment, { ...comment, id: 'C2', text: ' ' }])).toEqual([
      { field: 'comments.1.text', message: '第 2 条意见：意见内容不能为空', code: 'sheet.commentInvalid', params: { number: 2, detail: '意见内容不能为空' } },
    ]);
  });
});
