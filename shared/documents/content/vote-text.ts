import { formatRatio } from '../../engine/fraction.js';
import { recommendationLabels } from '../../engine/labels.js';
import { countOf, tallyOf } from '../../engine/tally.js';
import { wordingFor } from '../../rubrics/review-wording.js';
import { outcomeChoices, type SubmissionRecord } from '../meeting-record.js';

/** 有效表决专家 5 名：通过 3 票，修改后通过 2 票，不通过 0 票。 */
export const tallySentence = (record: SubmissionRecord): string => {
  const tally = tallyOf(record.verdict.votes.map((v) => v.recommendation));
  const counts = outcomeChoices(record).map((r) => `${recommendationLabels[r]} ${countOf(tally, r)} 票`);
  return `有效表决专家 ${record.verdict.votes.length} 名：${counts.join('，')}。`;
};

/** The decision rule of the review type with this meeting's numbers, as the minutes state it. */
export const ruleSentence = (record: SubmissionRecord): string => {
  const { rules, rubric } = record;
  const quorum = `有效表决专家（出席、未回避且已提交${wordingFor(rubric).sheet}的专家）不少于 ${rules.minVoters} 名方可形成结论`;
  const veto = `组长确认的否决意见直接导致“${recommendationLabels[rubric.vetoOutcome]}”`;
  const pass = formatRatio(rules.passRatio);
  const total = rules.minTotal === null ? '' : ` 且平均总分不低于 ${rules.minTotal} 分`;
  switch (rubric.reviewType) {
    case 'technical':
      return `${quorum}；${veto}；同意票（通过与修改后通过）占有效表决专家的比例不低于 ${pass}${total}时，通过票比例不低于 ${formatRatio(rules.fullPassRatio)} 的为“通过”，否则为“修改后通过”；其余情形为“不通过”。`;
    case 'initiation':
      return `${quorum}；${veto}；立项票占有效表决专家的比例不低于 ${pass}${total}时为“立项”，否则为“不立项”。`;
    case 'periodic':
      return `${quorum}；${veto}；废止票比例不低于 ${pass} 的为“废止”，继续有效票比例不低于 ${pass} 的为“继续有效”，其余情形为“修订”。`;
  }
};
