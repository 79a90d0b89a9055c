import { aggregateScores } from '../engine/aggregate.js';
import { recommendationLabels } from '../engine/labels.js';
import type { OutcomeResult } from '../engine/outcome.js';
import { oneDecimal } from '../engine/one-decimal.js';
import { recommendationsByType } from '../engine/recommendation-sets.js';
import { type Tally, countOf } from '../engine/tally.js';
import type { Recommendation } from '../model/recommendation.js';
import type { ReviewRules, Rubric } from '../model/rubric.js';
import { withCriteria, wordingFor } from '../rubrics/review-wording.js';
import type { Submission } from '../model/submission.js';

/** What the draft of the panel's written opinion is generated from; all of it is in the stored meeting. */
export type ConclusionDraftInput = {
  /** The review's kind and the criteria its presentation covered. */
  rubric: Pick<Rubric, 'reviewType' | 'criteria'>;
  outcome: Recommendation;
  standardName: string;
  /** e.g. "T/ZZB 1234—2026"; empty when none has been proposed yet. */
  standardCode: string;
  /** Organisations of the experts who took part (present, not recused), one entry per expert. */
  participantOrganizations: readonly string[];
  /** The eligible experts' final recommendations, counted (the engine's tally). */
  tally: Tally;
  /** The aggregate total, already formatted ("82.4"); null when the review needs no points. */
  aggregateTotal: string | null;
  /** Vetoes the chair upheld: the criterion's name and the reason. */
  upheldVetoes: readonly { criterion: string; reason: string }[];
  /** Periodic review: what the experts recommending 废止 wrote as their opinion. */
  withdrawReasons: readonly string[];
  /** How many revision requirements the chair assembled. */
  requirementCount: number;
};

const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Small counts as the minutes write them (五名专家, 两条意见); larger ones stay in Arabic figures. */
const count = (n: number): string => (n === 2 ? '两' : (chineseDigits[n] ?? String(n)));

const listNumber = (index: number): string => `${chineseDigits[index + 1] ?? String(index + 1)}、`;

/** "来自甲、乙、丙等4个单位的5名专家", naming at most three organisations. */
const panelSentence = (organizations: readonly string[]): string => {
  const distinct = [...new Set(organizations.map((o) => o.trim()).filter((o) => o !== ''))];
  const named = distinct.slice(0, 3).join('、');
  const more = distinct.length > 3 ? '等' : '';
  return `专家组由来自${named}${more}${count(distinct.length)}个单位的${count(organizations.length)}名专家组成。`;
};

const titleOf = (input: ConclusionDraftInput): string =>
  input.standardCode.trim() === '' ? `《${input.standardName}》` : `《${input.standardName}》（${input.standardCode.trim()}）`;

/** 「专家组听取了…关于…的汇报，审阅了…」 in the words of the review kind, naming the rubric's criteria. */
const opening = (rubric: ConclusionDraftInput['rubric']): string => {
  const wording = wordingFor(rubric);
  return `专家组听取了${wording.presenter}关于${withCriteria(wording.reported, rubric)}的汇报，审阅了${wording.materials}，经质询和讨论，形成${wording.review}意见如下：`;
};

/** The assessment paragraph for each outcome, in the wording such opinions usually take. */
const assessment: Readonly<Record<Recommendation, (title: string) => string>> = {
  pass: (t) => `${t}结构合理，技术内容科学，主要技术指标达到了国内一流、国际先进水平，具有较好的先进性和可操作性，符合“浙江制造”标准的定位。`,
  'pass-with-revisions': (t) =>
    `${t}主要技术指标达到了国内一流、国际先进水平，基本符合“浙江制造”标准的定位，部分内容尚需修改完善。`,
  fail: (t) => `${t}尚未充分体现“国际先进、国内一流”的定位，部分技术内容有待完善，尚不具备报批条件。`,
  initiate: (t) => `${t}项目立项必要，技术路线可行，拟定的关键指标体现了“国际先进、国内一流”的定位，预期实施效益明显。`,
  'not-initiate': (t) => `${t}项目的必要性、先进性论证尚不充分，暂不具备立项条件。`,
  confirm: (t) => `${t}发布实施以来技术内容仍适应当前产业发展和市场需要，关键指标仍保持先进水平。`,
  revise: (t) => `${t}部分技术内容已不能完全适应当前产业发展和相关标准的变化，需要修订。`,
  withdraw: (t) => `${t}经复审，不宜继续实施。`,
};

/** The panel's decision sentence, mentioning the requirements when there are any. */
const decision = (input: ConclusionDraftInput): string => {
  const asked = input.requirementCount > 0;
  switch (input.outcome) {
    case 'pass':
      return asked
        ? `专家组同意该标准通过技术审评，并建议起草组按专家组提出的${count(input.requirementCount)}条意见进一步完善后形成报批稿。`
        : '专家组同意该标准通过技术审评。';
    case 'pass-with-revisions':
      return `专家组同意该标准修改后通过技术审评，请起草组按专家组提出的${asked ? `${count(input.requirementCount)}条` : ''}修改意见修改完善后形成报批稿。`;
    case 'fail':
      return `专家组不同意该标准通过技术审评，建议起草组根据专家意见${asked ? `（共${count(input.requirementCount)}条）` : ''}修改完善后重新提请审评。`;
    case 'initiate':
      return asked
        ? `专家组同意立项，并建议在标准研制中关注专家组提出的${count(input.requirementCount)}条意见。`
        : '专家组同意立项。';
    case 'not-initiate':
      return '专家组不同意立项。';
    case 'confirm':
      return '专家组建议该标准继续有效。';
    case 'revise':
      return `专家组建议对该标准进行修订${asked ? `，修订时重点考虑专家组提出的${count(input.requirementCount)}条意见` : ''}。`;
    case 'withdraw':
      return '专家组建议废止该标准。';
  }
};

const periodicChoices = recommendationsByType.periodic;

const eligibleOf = (tally: Tally): number => Object.values(tally).reduce((sum, n) => sum + n, 0);

/** The vote as the opinion reports it: agreement for technical and initiation reviews, the three counts for a periodic one. */
const voteSentence = (input: ConclusionDraftInput): string => {
  const { tally } = input;
  const eligible = eligibleOf(tally);
  const total = input.aggregateTotal === null ? '' : `，平均总分${input.aggregateTotal}分`;
  const agreeing = (n: number, what: string): string => {
    if (n === eligible) return `${count(eligible)}名有效表决专家一致同意${what}`;
    if (n === 0) return `${count(eligible)}名有效表决专家均不同意${what}`;
    return `${count(eligible)}名有效表决专家中${count(n)}名同意${what}`;
  };
  switch (input.rubric.reviewType) {
    case 'technical': {
      const passes = countOf(tally, 'pass');
      const approvals = passes + countOf(tally, 'pass-with-revisions');
      const outright =
        approvals === 0 || passes === approvals ? '' : passes === 0 ? '（均建议修改后通过）' : `（其中${count(passes)}名建议直接通过）`;
      return `经表决，${agreeing(approvals, '通过')}${outright}${total}。`;
    }
    case 'initiation':
      return `经表决，${agreeing(countOf(tally, 'initiate'), '立项')}${total}。`;
    case 'periodic': {
      const parts = periodicChoices
        .filter((r) => countOf(tally, r) > 0)
        .map((r) => `${count(countOf(tally, r))}名建议${recommendationLabels[r]}`);
      return `经表决，${count(eligible)}名有效表决专家中${parts.join('、')}${total}。`;
    }
  }
};

/** A reason as one sentence: trimmed, closed with 「。」 unless it already ends a sentence. */
const closed = (text: string): string => {
  const trimmed = text.trim().replace(/[；;，,]+$/u, '');
  return /[。！？]$/u.test(trimmed) ? trimmed : `${trimmed}。`;
};

/** The reasons the experts recommending 废止 recorded, each once, as the draft states them; none recorded, none stated. */
const withdrawFindings = (reasons: readonly string[]): string[] => {
  const distinct = [...new Set(reasons.map((r) => r.trim()).filter((r) => r !== ''))];
  return distinct.length === 0 ? [] : [`废止理由：${distinct.map(closed).join('')}`];
};

/**
 * The generated draft of the panel's written opinion (审评意见), which the chair then edits:
 * panel composition, the usual opening, numbered findings, the vote and the decision.
 */
export const conclusionDraft = (input: ConclusionDraftInput): string => {
  const title = titleOf(input);
  const findings = [
    assessment[input.outcome](title),
    ...(input.outcome === 'withdraw' ? withdrawFindings(input.withdrawReasons) : []),
    ...input.upheldVetoes.map(({ criterion, reason }) => `专家组确认${criterion}否决意见：${closed(reason)}`),
    voteSentence(input),
    decision(input),
  ];
  const numbered = findings.map((finding, index) => `${listNumber(index)}${finding}`);
  return [`${panelSentence(input.participantOrganizations)}${opening(input.rubric)}`, ...numbered].join('\n');
};

export type DraftSources = {
  rubric: Rubric;
  rules: ReviewRules;
  submission: Pick<Submission, 'standardName' | 'proposedCode' | 'revisionOf'>;
  result: OutcomeResult;
  requirementCount: number;
};

/**
 * The draft for a computed outcome; null without one (no quorum). The total is printed the way the
 * engine's explanation prints it: one decimal, half up, from the exact value.
 */
export const conclusionDraftFor = (sources: DraftSources): string | null => {
  const { result, rubric, rules, submission } = sources;
  if (result.outcome === null) return null;
  const { exactTotal } = aggregateScores(
    rubric,
    rules,
    result.voters.map((v) => ({ expertId: v.expert.id, scores: v.final.scores })),
  );
  const code = rubric.reviewType === 'periodic' ? (submission.revisionOf ?? submission.proposedCode) : submission.proposedCode;
  return conclusionDraft({
    rubric,
    outcome: result.outcome,
    standardName: submission.standardName,
    standardCode: code,
    participantOrganizations: result.voters.map((v) => v.expert.organization),
    tally: result.tally,
    aggregateTotal: rules.minTotal === null || exactTotal === null ? null : oneDecimal(exactTotal),
    upheldVetoes: result.upheldVetoes.map((v) => ({ criterion: rubric.criteria.find((c) => c.id === v.criterionId)?.name.zh ?? v.criterionId, reason: v.reason })),
    withdrawReasons: result.voters.filter((v) => v.final.recommendation === 'withdraw').map((v) => v.final.opinion),
    requirementCount: sources.requirementCount,
  });
};
