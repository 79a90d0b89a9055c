import type { Fraction } from '../model/common.js';
import { compactDecimal } from './one-decimal.js';

/** count / total ≥ ratio, in integers only (count × d ≥ total × n) so 6/8 against 3/4 is never a rounding question. */
export const reachesRatio = (count: number, total: number, ratio: Fraction): boolean =>
  count * ratio.denominator >= total * ratio.numerator;

/** part > ratio × whole, in integers. */
export const exceedsShare = (part: number, whole: number, ratio: Fraction): boolean =>
  part * ratio.denominator > whole * ratio.numerator;

export const formatRatio = (ratio: Fraction): string => `${ratio.numerator}/${ratio.denominator}`;

export const formatPercent = (ratio: Fraction): string =>
  `${compactDecimal({ numerator: ratio.numerator * 100, denominator: ratio.denominator })}%`;

/** A number with at most one decimal, for the share of a criterion's points. */
export const formatShareOf = (ratio: Fraction, whole: number): string =>
  compactDecimal({ numerator: ratio.numerator * whole, denominator: ratio.denominator });
