import type { ReviewType } from '../model/review-type.js';
import type { ReviewRules } from '../model/rubric.js';

const threeQuarters = { numerator: 3, denominator: 4 };

/** DESIGN.md section 2 defaults; a review package replaces them through `meeting.rules`. */
const technicalRules: ReviewRules = {
  minVoters: 5,
  passRatio: threeQuarters,
  fullPassRatio: threeQuarters,
  minTotal: 60,
  aggregation: { method: 'trimmed-mean', trimFrom: 5 },
  dispersion: {
    range: { numerator: 3, denominator: 10 },
    fromMedian: { numerator: 1, denominator: 4 },
  },
  justification: {
    bottom: { numerator: 1, denominator: 4 },
    top: { numerator: 1, denominator: 10 },
  },
};

export const defaultRules: Readonly<Record<ReviewType, ReviewRules>> = {
  technical: technicalRules,
  initiation: technicalRules,
  periodic: { ...technicalRules, minTotal: null },
};
