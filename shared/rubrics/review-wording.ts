import type { ReviewType } from '../model/review-type.js';
import type { Rubric } from '../model/rubric.js';
import type { MaterialKind } from '../model/submission.js';

/**
 * The words one review kind is written up in (REFERENCE.md: 立项审查, 技术审评, 复审). Documents and
 * the pledge take every kind-specific word from here, so an initiation or periodic review never
 * borrows the technical review's 送审标准 or 先进性说明. `{criteria}` in a template is the rubric's
 * criteria, listed as 「甲、乙和丙」.
 */
export type ReviewWording = {
  /** The review as titles name it: 审评会议纪要, 立项审查意见, 复审情况. */
  review: string;
  /** The act in a sentence: 逐项审评, 逐项审查, 逐项复审. */
  verb: string;
  /** What is reviewed, one item: 送审标准, 申报项目, 被复审标准. */
  subject: string;
  /** What the panel reads: 送审材料, 申报材料, 复审材料. */
  materials: string;
  /** The material a submission cannot be reviewed without, and the kinds that count as it. */
  requiredMaterial: { name: string; kinds: readonly MaterialKind[] };
  /** Who presents to the panel: 起草组, 项目提出单位, 标准主要起草单位. */
  presenter: string;
  /** What the presenter reported, as 「汇报了…」 and 「听取了…关于…的汇报」 continue. */
  reported: string;
  /** Label of the organisation the submission comes from. */
  leadLabel: string;
  /** The organisations behind the submission, as the pledge keeps its distance from them. */
  party: string;
  /** Label of `submission.revisionOf`: the standard replaced, or the one under review. */
  revisionOfLabel: string;
  /** Who fills in 处理意见 of the comment table. */
  respondent: string;
  /** The expert's own sheet, titled 专家评分表 or 专家复审意见表. */
  sheet: string;
  /** The pledge's object: 「独立地对…作出评价」. */
  pledgeObject: string;
};

export const reviewWordings: Readonly<Record<ReviewType, ReviewWording>> = {
  technical: {
    review: '审评',
    verb: '审评',
    subject: '送审标准',
    materials: '送审材料',
    requiredMaterial: { name: '送审稿', kinds: ['draft'] },
    presenter: '起草组',
    reported: '标准编制情况及先进性说明',
    leadLabel: '主要起草单位',
    party: '起草单位',
    revisionOfLabel: '代替标准',
    respondent: '起草组',
    sheet: '评分表',
    pledgeObject: '送审标准的{criteria}',
  },
  initiation: {
    review: '立项审查',
    verb: '审查',
    subject: '申报项目',
    materials: '申报材料',
    requiredMaterial: { name: '立项申请书', kinds: ['application'] },
    presenter: '项目提出单位',
    reported: '标准立项的{criteria}',
    leadLabel: '项目提出单位',
    party: '项目提出单位',
    revisionOfLabel: '拟代替标准',
    respondent: '项目提出单位',
    sheet: '评分表',
    pledgeObject: '申报项目的{criteria}',
  },
  periodic: {
    review: '复审',
    verb: '复审',
    subject: '被复审标准',
    materials: '复审材料',
    requiredMaterial: { name: '实施情况报告', kinds: ['implementation-report'] },
    presenter: '标准主要起草单位',
    reported: '标准实施情况',
    leadLabel: '主要起草单位',
    party: '起草单位',
    revisionOfLabel: '被复审标准',
    respondent: '标准主要起草单位',
    sheet: '复审意见表',
    pledgeObject: '被复审标准的{criteria}',
  },
};

/** 「合规性、必要性、先进性、经济性和可操作性」: the rubric's criteria as a sentence lists them. */
export const criteriaList = (rubric: Pick<Rubric, 'criteria'>): string => {
  const names = rubric.criteria.map((c) => c.name.zh);
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join('、')}和${names.at(-1)!}`;
};

/** A wording template with the rubric's criteria in place of `{criteria}`. */
export const withCriteria = (template: string, rubric: Pick<Rubric, 'criteria'>): string => template.replaceAll('{criteria}', criteriaList(rubric));

/** The wording of the rubric's review kind; a package's own rubric says which kind it is. */
export const wordingFor = (rubric: Pick<Rubric, 'reviewType'>): ReviewWording => reviewWordings[rubric.reviewType];
