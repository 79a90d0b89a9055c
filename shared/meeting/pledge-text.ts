import type { Rubric } from '../model/rubric.js';
import { withCriteria, wordingFor } from '../rubrics/review-wording.js';

/** The heading as the minutes and the signature sheet print it. */
export const pledgeTitle = '公正性声明及保密承诺';

/** The pledge in its parts, as the screen lays them out. */
export type PledgeWording = { preamble: string; clauses: readonly string[]; closing: string };

/**
 * The pledge of a review of `rubric`'s kind: what the expert reads (申报材料, 送审材料, 复审材料) and
 * the criteria they promise to judge independently are the rubric's own, not always the technical five.
 */
export const pledgeWording = (rubric: Pick<Rubric, 'reviewType' | 'criteria'>): PledgeWording => {
  const wording = wordingFor(rubric);
  const { review, materials } = wording;
  return {
    preamble: `本人受邀担任“浙江制造”标准${review}专家组成员，参加本次${review}会，对所${wording.verb}的${materials}作出评价。为保证${review}工作科学、公正，现郑重声明并承诺：`,
    clauses: [
      `一、遵守国家有关法律法规和“浙江制造”标准${review}工作的有关规定，以科学、客观、公正的态度，独立地对${withCriteria(wording.pledgeObject, rubric)}作出评价，不受任何单位或个人的干预和影响。`,
      `二、本人与所${wording.verb}项目的${wording.leadLabel}、参与起草单位不存在任职、隶属、投资、合作等可能影响公正${review}的利害关系；如存在或发现此类情形，本人将主动申明，并服从组长作出的回避决定。`,
      `三、不接受${wording.party}及其他相关方的宴请、礼品、礼金、有价证券或其他任何利益，不私下与${wording.party}或相关人员接触、沟通${review}事宜。`,
      `四、对${review}中获悉的${materials}、技术资料、专家评分、讨论情况和${review}结论严格保密；未经组织单位同意，不复制、不外传、不对外发表，不用于${review}以外的任何用途。`,
      `五、${review}结束后，按组织单位的要求交回或删除${materials}及其副本。`,
    ],
    closing: '如违反上述声明和承诺，本人愿意承担相应责任，并接受组织单位的处理。',
  };
};

/** The whole wording an expert signs; each pledge record keeps a copy, so a later change rewrites no history. */
export const pledgeText = (rubric: Pick<Rubric, 'reviewType' | 'criteria'>): string => {
  const { preamble, clauses, closing } = pledgeWording(rubric);
  return [preamble, ...clauses, closing].join('\n');
};
