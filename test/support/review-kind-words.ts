import type { ReviewType } from '../../shared/model/review-type.js';

/**
 * Issue 15, point 1: words only a technical review (技术审评) uses. No document of an initiation or a
 * periodic review may hold any of them; the document tests and the end-to-end review-kind run share
 * this list so both check the same words.
 */
export const technicalOnlyWords: readonly string[] = [
  '审评会议纪要',
  '审评意见',
  '审评结论',
  '送审标准',
  '送审材料',
  '先进性说明',
  '合规性、必要性、先进性、经济性和可操作性',
  '合规性、必要性、先进性、经济性、可操作性',
  '或已被其他标准替代',
];

/** What a kind's documents may not hold beyond `technicalOnlyWords`. */
export const kindOnlyForbidden: Readonly<Record<Exclude<ReviewType, 'technical'>, readonly string[]>> = {
  // The necessity veto is the rubric's; 合规性 is no criterion of an initiation review at all.
  initiation: ['合规性'],
  // A periodic review without points explains no averaging and shows no score table or its heading.
  periodic: ['去极值', '算术平均', '综合得分', '最高分', '满分', '评分情况'],
};
