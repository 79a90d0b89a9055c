import type { ReviewRules } from '../model/rubric.js';

/** A score in the bottom quarter or the top tenth of 0..max (by default) must be explained in writing. */
export const needsJustification = (score: number, maxPoints: number, rules: ReviewRules): boolean => {
  const { bottom, top } = rules.justification;
  const inBottom = score * bottom.denominator <= maxPoints * bottom.numerator;
  const inTop = (maxPoints - score) * top.denominator <= maxPoints * top.numerator;
  return inBottom || inTop;
};

/** The whole-point bands that need a justification, for the hint beside the input (e.g. "≤5 或 ≥18"). */
export const justificationBands = (maxPoints: number, rules: ReviewRules): { atMost: number; atLeast: number } => {
  const { bottom, top } = rules.justification;
  return {
    atMost: Math.floor((maxPoints * bottom.numerator) / bottom.denominator),
    atLeast: maxPoints - Math.floor((maxPoints * top.numerator) / top.denominator),
  };
};
