import type { Rational } from './rational.js';

/**
 * Tenths, rounded half up from the exact quotient, so 66.25 is 66.3 in every paper and on every
 * screen. Panels of fewer than 22 experts aggregate over denominators below 20, whose quotients
 * never lie within 0.05 below an integer: rounding cannot lift a total below a threshold onto it.
 */
const tenthsOfRational = ({ numerator, denominator }: Rational): number => {
  const sign = Math.sign(numerator) * Math.sign(denominator) < 0 ? -1 : 1;
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  return sign * Math.floor((20 * n + d) / (2 * d));
};

/** Aggregates arrive as floats of small integer quotients: twelve significant digits recover the decimal they stand for. */
const tenthsOfNumber = (value: number): number => {
  const scaled = Number((Math.abs(value) * 10).toPrecision(12));
  return Math.sign(value) * Math.floor(scaled + 0.5);
};

const tenths = (value: number | Rational): number =>
  typeof value === 'number' ? tenthsOfNumber(value) : tenthsOfRational(value);

const printTenths = (t: number): string => {
  const whole = Math.trunc(Math.abs(t) / 10);
  const sign = t < 0 ? '-' : '';
  return `${sign}${whole}.${Math.abs(t) % 10}`;
};

/** The one printed form of an aggregate figure: always one decimal (66.0, 66.3). */
export const oneDecimal = (value: number | Rational): string => printTenths(tenths(value));

/** A share or a percentage: the same rounding, without a trailing .0 (30, 33.3). */
export const compactDecimal = (value: number | Rational): string => {
  const t = tenths(value);
  return t % 10 === 0 ? String(t / 10) : printTenths(t);
};
