import type { AggregationMethod } from '../../model/rubric.js';
import type { CommentType } from '../../model/comment.js';

/** Document wording; the documents are Chinese only, as the bureau files them. */
export const aggregationLabels: Readonly<Record<AggregationMethod, string>> = {
  'trimmed-mean': '去极值平均',
  mean: '算术平均',
  median: '中位数',
};

export const commentTypeLabels: Readonly<Record<CommentType, string>> = {
  general: '一般',
  technical: '技术',
  editorial: '编辑',
};

const chineseNumerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

/** 一、二、… for the numbered sections of a document. */
export const sectionNumber = (index: number): string => `${chineseNumerals[index] ?? String(index + 1)}、`;
