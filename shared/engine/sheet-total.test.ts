import { describe, expect, it } from 'vitest';
import { zzbTechnicalRubric } from '../rubrics/zzb-technical.js';
import { rubricMaxTotal, sheetTotal } from './sheet-total.js';

const rubric = {
  criteria: [
    { id: 'a', maxPoints: 30 },
    { id: 'b', maxPoints: 50 },
    { id: 'c', maxPoints: 20 },
  ],
} as const;
const scored = (a: number | null, b: number | null, c: number | null) => [
  { criterionId: 'a', score: a },
  { criterionId: 'b', score: b },
  { criterionId: 'c', score: c },
];

describe('sheetTotal', () => {
  it('adds every criterion of the rubric and calls the sheet complete', () => {
    expect(sheetTotal(rubric, scored(25, 41, 17))).toEqual({ points: 83, complete: true });
    expect(sheetTotal(rubric, scored(0, 0, 0))).toEqual({ points: 0, complete: true });
  });

  it('adds what is scored so far and calls the sheet incomplete while a criterion is unscored or missing', () => {
    expect(sheetTotal(rubric, scored(25, null, 17))).toEqual({ points: 42, complete: false });
    expect(sheetTotal(rubric, scored(25, 41, 17).slice(0, 2))).toEqual({ points: 66, complete: false });
    expect(sheetTotal(rubric, [])).toEqual({ points: 0, complete: false });
  });

  it('counts only the rubric criteria, in whatever order the sheet lists them', () => {
    const sheet = [...scored(25, 41, 17).reverse(), { criterionId: 'retired', score: 9 }];
    expect(sheetTotal(rubric, sheet)).toEqual({ points: 83, complete: true });
  });
});

describe('rubricMaxTotal', () => {
  it('adds the criteria maxima: the technical review sheet is out of 100', () => {
    expect(rubricMaxTotal({ criteria: [{ maxPoints: 30 }, { maxPoints: 45 }] })).toBe(75);
    expect(rubricMaxTotal(zzbTechnicalRubric)).toBe(100);
  });
});
