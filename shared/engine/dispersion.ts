import type { ReviewRules, Rubric } from '../model/rubric.js';
import type { ReconciliationNote } from '../model/verdict.js';
import { type EngineMessage, engineMessage, nameParam, zhText } from './engine-message.js';
import { exceedsShare, formatPercent, formatShareOf } from './fraction.js';
import { type ExpertScores, scoreOf } from './final-scores.js';

/** An eligible expert's final scores, with the name a reason calls them by. */
export type NamedExpertScores = ExpertScores & { expertName: string };

/** `range`: max − min too wide; `outlier`: one expert far from the median of the others. */
export type DispersionFlag = {
  criterionId: string;
  trigger: 'range' | 'outlier';
  expertId: string | null;
  /** Why, in Chinese; `reasonMessage` says the same in any language. */
  reason: string;
  reasonMessage: EngineMessage;
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

const flagged = (flag: Omit<DispersionFlag, 'reason'>): DispersionFlag => ({ ...flag, reason: zhText(flag.reasonMessage) });

/**
 * Flags per criterion, each with its reason. The outlier test needs at least two other
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
    const name = nameParam(criterion.name, criterion.id);
    const max = criterion.maxPoints;
    const sorted = [...scores].sort(ascending);
    const low = sorted[0] as number;
    const high = sorted[sorted.length - 1] as number;
    if (exceedsShare(high - low, max, range)) {
      flags.push(
        flagged({
          criterionId: criterion.id,
          trigger: 'range',
          expertId: null,
          reasonMessage: engineMessage('dispersion.range', {
            criterion: name,
            high,
            low,
            gap: high - low,
            max,
            share: formatPercent(range),
            points: formatShareOf(range, max),
          }),
        }),
      );
    }
    if (scores.length < 3) continue;
    for (const [index, score] of scores.entries()) {
      const { expertId, expertName } = scored[index] as NamedExpertScores;
      const doubled = doubledMedianWithout(sorted, sorted.indexOf(score));
      const doubledGap = Math.abs(2 * score - doubled);
      if (exceedsShare(doubledGap, 2 * max, fromMedian)) {
        flags.push(
          flagged({
            criterionId: criterion.id,
            trigger: 'outlier',
            expertId,
            reasonMessage: engineMessage('dispersion.outlier', {
              expert: expertName,
              criterion: name,
              score,
              median: formatHalf(doubled),
              gap: formatHalf(doubledGap),
              max,
              share: formatPercent(fromMedian),
              points: formatShareOf(fromMedian, max),
            }),
          }),
        );
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
