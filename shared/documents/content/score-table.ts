import { rubricMaxTotal } from '../../engine/sheet-total.js';
import type { ScoreStats } from '../../model/aggregate.js';
import type { Block, RichText, TableCaption } from '../layout/blocks.js';
import type { SubmissionRecord } from '../meeting-record.js';
import { formatAggregate, formatPoints } from './format.js';
import { aggregationLabels } from './labels.js';

const statsCells = (stats: ScoreStats | null | undefined): string[] =>
  stats == null ? ['—', '—', '—', '—'] : [formatAggregate(stats.value), formatAggregate(stats.median), formatPoints(stats.min), formatPoints(stats.max)];

const bold = (text: string): RichText => [{ text, bold: true }];

/**
 * Whether the panel's scores are worth a table: always where the rubric asks for points; where it
 * does not (复审), only when some expert scored a criterion after all.
 */
export const panelScored = ({ rubric, verdict }: SubmissionRecord): boolean =>
  rubric.scoresRequired || verdict.aggregate.total != null || verdict.aggregate.criteria.some((c) => c.stats != null);

/**
 * The panel's scores per criterion as the engine aggregated them: max points, aggregate, median,
 * minimum and maximum; then the aggregate of the experts' totals and, beside it, the sum of the criterion aggregates.
 */
export const scoreTable = (record: SubmissionRecord, caption?: TableCaption): Block => {
  const { rubric, verdict } = record;
  const { aggregate } = verdict;
  const maxTotal = rubricMaxTotal(rubric);
  const rows: RichText[][] = rubric.criteria.map((criterion) => [
    criterion.name.zh,
    String(criterion.maxPoints),
    ...statsCells(aggregate.criteria.find((c) => c.criterionId === criterion.id)?.stats),
  ]);
  rows.push([bold('总分（各专家总分的综合）'), String(maxTotal), ...statsCells(aggregate.total).map(bold)]);
  rows.push(['各要素综合得分之和', String(maxTotal), formatAggregate(aggregate.sumOfCriteria), '—', '—', '—']);
  return {
    kind: 'table',
    ...(caption === undefined ? {} : { caption }),
    columns: [
      { title: '评审要素', width: 0.32 },
      { title: '满分', width: 0.12, align: 'center' },
      { title: '综合得分', width: 0.14, align: 'center' },
      { title: '中位数', width: 0.14, align: 'center' },
      { title: '最低分', width: 0.14, align: 'center' },
      { title: '最高分', width: 0.14, align: 'center' },
    ],
    rows,
  };
};

/** How the aggregate was formed, in the words of the rules. */
export const aggregationSentence = (record: SubmissionRecord): string => {
  const { rules, verdict } = record;
  const method = verdict.aggregate.total?.method ?? rules.aggregation.method;
  const trimmed =
    rules.aggregation.method === 'trimmed-mean'
      ? `有效评分不少于 ${rules.aggregation.trimFrom} 份时去掉一个最高分和一个最低分后取平均，否则取算术平均`
      : aggregationLabels[rules.aggregation.method];
  return `评分依据《${record.rubric.name.zh}》（第 ${record.rubric.version} 版），综合得分采用${aggregationLabels[method]}（${trimmed}）。总分为各专家总分的综合，各要素综合得分之和一并列出供参考。`;
};
