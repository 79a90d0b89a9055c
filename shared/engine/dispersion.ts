import type { ReviewRules, Rubric } from '../model/rubric.js';
import type { ReconciliationNote } from '../model/verdict.js';
import { exceedsShare, formatPercent, formatShareOf } from './fraction.js';
import { type ExpertScores, scoreOf } from './final-scores.js';

/** An eligible expert's final scores, with the name a reason calls them by. */
export type NamedExpertScores = ExpertScores & { expertName: string };

/** `range`: max − min too wide; `outlier`: one expert far from the median of the others. */
export type DispersionFlag = {
  criterionId: string;
  trigger: 'range' | 'outlier';
  expertId: string | null;
  reason: string;
};

/** Twice the median of `sorted` without the element at `skip`: a whole number for whole-point scores. */
const doubledMedianWithout = (sorted: readonly number[], skip: number): number => {
  const count = sorted.length - 1;
  const half = Math.floor(count / 2);
  const upper = sorted[half < skip ? half : half + 1] as number;
  if (count % 2 === 1) return 2 * upper;
  const lower = sorted[half - 1 < skip ? half - 1 : half] as number;
  return lower + upper;
};

const ascending = (a: number, b: number): number => a - b;

const formatHalf = (doubled: number): string => String(doubled / 2);

/**
 * Flags per criterion, each with a reason in Chinese. The outlier test needs at least two other
 * scores: with one, "the median of the others" is just that score and the range test already speaks.
 */
export const dispersionFlags = (rubric: Rubric, rules: ReviewRules, sheets: readonly NamedExpertScores[]): DispersionFlag[] => {
  const flags: DispersionFlag[] = [];
  const { range, fromMedian } = rules.dispersion;
  for (const criterion of rubric.criteria) {
    const scored: NamedExpertScores[] = [];
    const scores: number[] = [];
    for (const sheet of sheets) {
      const score = scoreOf(sheet, criterion.id);
      if (score === null) continue;
      scored.push(sheet);
      scores.push(score);
    }
    if (scores.length < 2) continue;
    const name = criterion.name.zh;
    const max = criterion.maxPoints;
    const sorted = [...scores].sort(ascending);
    const low = sorted[0] as number;
    const high = sorted[sorted.length - 1] as number;
    if (exceedsShare(high - low, max, range)) {
      flags.push({
        criterionId: criterion.id,
        trigger: 'range',
        expertId: null,
        reason: `「${name}」最高分 ${high} 与最低分 ${low} 相差 ${high - low} 分，超过满分 ${max} 的 ${formatPercent(range)}（${formatShareOf(range, max)} 分）`,
      });
    }
    if (scores.length < 3) continue;
    for (const [index, score] of scores.entries()) {
      const { expertId, expertName } = scored[index] as NamedExpertScores;
      const doubled = doubledMedianWithout(sorted, sorted.indexOf(score));
      const doubledGap = Math.abs(2 * score - doubled);
      if (exceedsShare(doubledGap, 2 * max, fromMedian)) {
        flags.push({
          criterionId: criterion.id,
          trigger: 'outlier',
          expertId,
          reason: `专家${expertName}对「${name}」评 ${score} 分，与其他专家的中位数 ${formatHalf(doubled)} 相差 ${formatHalf(doubledGap)} 分，超过满分 ${max} 的 ${formatPercent(fromMedian)}（${formatShareOf(fromMedian, max)} 分）`,
        });
      }
    }
  }
  return flags;
};

/** Flags that still block finalising: a chair's reconciliation note on the criterion releases them. */
export const unresolvedDispersion = (
  flags: readonly DispersionFlag[],
  notes: readonly Pick<ReconciliationNote, 'criterionId' | 'note'>[],
): DispersionFlag[] => {
  const reconciled = new Set(notes.filter((n) => n.note.trim() !== '').map((n) => n.criterionId));
  return flags.filter((f) => !reconciled.has(f.criterionId));
};
