import { describe, expect, it } from 'vitest';
import { defaultRules } from '../rubrics/default-rules.js';
import { zzbTechnicalRubric as rubric } from '../rubrics/zzb-technical.js';
import { dispersionFlags, type NamedExpertScores, unresolvedDispersion } from './dispersion.js';
import { engineText } from './engine-message.js';

const rules = defaultRules.technical;

const names = ['张建国', '李慧敏', '王志强', '陈晓燕', '刘伟'];

/** Sheets that differ only in 先进性 (max 30); other criteria identical. */
const advancement = (scores: readonly number[]): NamedExpertScores[] =>
  scores.map((score, i) => ({
    expertId: `E0${i + 1}`,
    expertName: names[i] as string,
    scores: rubric.criteria.map((c) => ({ criterionId: c.id, score: c.id === 'advancement' ? score : 10, justification: '' })),
  }));

describe('dispersion', () => {
  it('flags max − min above 30% of the max points, not at exactly 30%', () => {
    expect(dispersionFlags(rubric, rules, advancement([16, 20, 25, 20, 20]))).toEqual([]);
    expect(dispersionFlags(rubric, rules, advancement([15, 20, 25, 20, 20]))).toEqual([
      {
        criterionId: 'advancement',
        trigger: 'range',
        expertId: null,
        reason: '「先进性」最高分 25 与最低分 15 相差 10 分，超过满分 30 的 30%（9 分）',
        reasonMessage: expect.objectContaining({ code: 'dispersion.range' }),
      },
    ]);
  });

  it('flags one expert far from the median of the others even when the range is within 30%', () => {
    // Range 9 = 30% of 30 (not flagged); E01 is 9 from the others' median 16, 25% is 7.5.
    const flags = dispersionFlags(rubric, rules, advancement([25, 16, 16, 16, 16]));
    expect(flags).toEqual([
      {
        criterionId: 'advancement',
        trigger: 'outlier',
        expertId: 'E01',
        reason: '专家张建国对「先进性」评 25 分，与其他专家的中位数 16 相差 9 分，超过满分 30 的 25%（7.5 分）',
        reasonMessage: expect.objectContaining({ code: 'dispersion.outlier' }),
      },
    ]);
    expect(engineText(flags[0]!.reasonMessage, 'en')).toBe(
      '张建国 gave “Advancement” 25, 9 points from the other experts’ median 16, more than 25% of the maximum 30 (7.5 points)',
    );
  });

  it('compares against a half-point median exactly', () => {
    // Others 10,11,13,14 → median 12; E05 at 19.5 would be the limit, 20 exceeds it by 0.5.
    expect(dispersionFlags(rubric, rules, advancement([10, 11, 13, 14, 19])).filter((f) => f.trigger === 'outlier')).toEqual([]);
    const flags = dispersionFlags(rubric, rules, advancement([10, 11, 13, 14, 20])).filter((f) => f.trigger === 'outlier');
    expect(flags.map((f) => f.expertId)).toEqual(['E05']);
  });

  it('needs two other scores before judging an outlier', () => {
    expect(dispersionFlags(rubric, rules, advancement([10, 18]))).toEqual([]);
    expect(dispersionFlags(rubric, rules, advancement([10]))).toEqual([]);
  });

  it('is released per criterion by a reconciliation note', () => {
    const flags = dispersionFlags(rubric, rules, advancement([30, 10, 20, 20, 20]));
    expect(flags.length).toBeGreaterThan(0);
    expect(unresolvedDispersion(flags, [{ criterionId: 'advancement', note: '' }])).toEqual(flags);
    expect(unresolvedDispersion(flags, [{ criterionId: 'advancement', note: '分歧源于对标数据来源，组长已记录' }])).toEqual([]);
  });
});
