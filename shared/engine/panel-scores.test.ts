import { describe, expect, it } from 'vitest';
import { builtinRubrics } from '../rubrics/builtin-rubrics.js';
import { hasPanelScores } from './panel-scores.js';

const sheet = (...scores: (number | null)[]) => ({ scores: scores.map((score, index) => ({ criterionId: `c${index}`, score })) });

describe('hasPanelScores', () => {
  it('holds for a rubric that asks for points, even before anyone has scored', () => {
    expect(hasPanelScores(builtinRubrics.technical, [])).toBe(true);
    expect(hasPanelScores(builtinRubrics.initiation, [sheet(null, null)])).toBe(true);
  });

  it('fails for a periodic review where no expert gave a point', () => {
    expect(hasPanelScores(builtinRubrics.periodic, [])).toBe(false);
    expect(hasPanelScores(builtinRubrics.periodic, [sheet(null, null, null, null), sheet(null, null, null, null)])).toBe(false);
  });

  it('holds for a periodic review once one expert scored one criterion, zero included', () => {
    expect(hasPanelScores(builtinRubrics.periodic, [sheet(null, null), sheet(null, 0)])).toBe(true);
  });
});
