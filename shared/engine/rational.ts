/** An exact quotient of integers, so aggregates can be compared with thresholds without floating-point doubt. */
export type Rational = { numerator: number; denominator: number };

export const rationalAtLeast = (value: Rational, threshold: number): boolean =>
  value.numerator >= threshold * value.denominator;

export const rationalToNumber = (value: Rational): number => value.numerator / value.denominator;
