/** An exact quotient of integers, so aggregates can be compared with thresholds without floating-point doubt. */
export type Rational = { numerator: number; denominator: number };

export const rationalAtLeast = (value: Rational, threshold: number): boolean =>
  value.numerator >= threshold * value.denominator;

export const rationalToNumber = (value: Rational): number => value.numerator / value.denominator;

/**
 * One decimal, truncated rather than rounded, so the printed figure sits on the same side of an
 * integer threshold as the exact value (59.96 prints 59.9, never 60.0 beside "<60").
 */
export const formatRationalOneDecimal = (value: Rational): string =>
  (Math.floor((value.numerator * 10) / value.denominator) / 10).toFixed(1);
