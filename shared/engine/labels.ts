import type { ExpertRole } from '../model/expert.js';
import type { ReviewPhase } from '../model/phase.js';
import type { Recommendation } from '../model/recommendation.js';
import type { ReviewType } from '../model/review-type.js';

export const recommendationLabels: Readonly<Record<Recommendation, string>> = {
  pass: '通过',
  'pass-with-revisions': '修改后通过',
  fail: '不通过',
  initiate: '立项',
  'not-initiate': '不立项',
  confirm: '继续有效',
  revise: '修订',
  withdraw: '废止',
};

export const phaseLabels: Readonly<Record<ReviewPhase, string>> = {
  preparation: '准备',
  scoring: '独立评分',
  discussion: '合议',
  vote: '表决',
  'sign-off': '签署',
  finalised: '定稿',
  reported: '已上报',
};

export const reviewTypeLabels: Readonly<Record<ReviewType, string>> = {
  technical: '技术审评',
  initiation: '立项审查',
  periodic: '复审',
};

export const roleLabels: Readonly<Record<ExpertRole, string>> = {
  chair: '组长',
  'vice-chair': '副组长',
  member: '成员',
};
