import { describe, expect, it } from 'vitest';
import type { ReviewComment } from '../model/comment.js';
import { isRequirementFrom, moveItem, requirementCandidates, requirementFromComment } from './revision-requirements.js';

const comment = (id: string, clause: string, type: ReviewComment['type'], text: string, proposedChange = ''): ReviewComment => ({
  id,
  meetingId: 'M1',
  submissionId: 'S01',
  expertId: 'E01',
  clause,
  type,
  text,
  proposedChange,
  resolution: null,
  resolutionNote: '',
  createdAt: '2026-11-28T10:00:00+08:00',
  updatedAt: '2026-11-28T10:00:00+08:00',
});

describe('revision requirements', () => {
  it('words a comment with its clause and proposed change', () => {
    expect(requirementFromComment(comment('c1', '6.2.3', 'technical', '噪声限值宜对标 IEC 60704-2-3。', '噪声不大于 42 dB(A)'))).toBe(
      '6.2.3：噪声限值宜对标 IEC 60704-2-3，建议修改为“噪声不大于 42 dB(A)”。',
    );
    expect(requirementFromComment(comment('c2', '表 2', 'technical', '补充能效指标的试验方法'))).toBe('表 2：补充能效指标的试验方法。');
  });

  it('quotes a proposed change once: inner quotes turn single, no doubled end marks', () => {
    expect(requirementFromComment(comment('c3', '5.10', 'technical', '未规定“额定容量”的试验次数。', '增加“额定容量”的要求。'))).toBe(
      '5.10：未规定“额定容量”的试验次数，建议修改为“增加‘额定容量’的要求”。',
    );
    expect(requirementFromComment(comment('c4', '3', 'technical', '术语不统一；', '“电池组”'))).toBe('3：术语不统一，建议修改为“电池组”。');
  });

  it('recognises a requirement made from a comment, in the stored wording of either version', () => {
    const quoted = comment('c5', '5.10', 'technical', '未规定“额定容量”的试验次数。', '增加“额定容量”的要求。');
    expect(isRequirementFrom(requirementFromComment(quoted), quoted)).toBe(true);
    expect(isRequirementFrom('5.10：未规定“额定容量”的试验次数，建议修改为“增加“额定容量”的要求。”。', quoted)).toBe(true);
    expect(isRequirementFrom('5.10：未规定“额定容量”的试验次数，另请补充试验。', quoted)).toBe(false);
    expect(isRequirementFrom('5.1：未规定“额定容量”的试验次数。', quoted)).toBe(false);
  });

  it('offers the technical comments in clause order', () => {
    const picked = requirementCandidates([
      comment('a', '10.1', 'technical', 'x'),
      comment('b', '前言', 'editorial', 'y'),
      comment('c', '6.2', 'technical', 'z'),
      comment('d', '6.10', 'technical', 'w'),
    ]);
    expect(picked.map((c) => c.id)).toEqual(['c', 'd', 'a']);
  });

  it('moves one item and ignores moves out of range', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });
});
