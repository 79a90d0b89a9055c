import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../model/recommendation.js';
import { builtinRubrics } from '../rubrics/builtin-rubrics.js';
import { defaultRules } from '../rubrics/default-rules.js';
import { decideOutcome } from './outcome.js';
import { recommendationsByType } from './recommendation-sets.js';
import { type SampleRow, samplePanel } from '../../test/fixtures/sample-panel.js';

const rubric = builtinRubrics.technical;
const rules = defaultRules.technical;

const rowArbitrary = (recommendations: readonly Recommendation[]): fc.Arbitrary<SampleRow> =>
  fc.record({
    scores: fc.tuple(...rubric.criteria.map((c) => fc.integer({ min: 0, max: c.maxPoints }))),
    recommendation: fc.constantFrom(...recommendations),
  });

const panelArbitrary = fc.array(rowArbitrary(recommendationsByType.technical), { minLength: 0, maxLength: 15 });

const decide = (rows: readonly SampleRow[]) => {
  const { experts, sheets } = samplePanel(rubric, 'S01', rows);
  return decideOutcome({ submissionId: 'S01', rubric, rules, experts, sheets, recusals: [], vetoRulings: [] });
};

const rank: Readonly<Record<string, number>> = { fail: 0, 'pass-with-revisions': 1, pass: 2 };

describe('outcome properties', () => {
  it('does not depend on the order of the experts', () => {
    fc.assert(
      fc.property(
        panelArbitrary.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows.map((_, i) => i), { minLength: rows.length }))),
        ([rows, order]) => {
          const { experts, sheets } = samplePanel(rubric, 'S01', rows);
          const input = { submissionId: 'S01', rubric, rules, recusals: [], vetoRulings: [] };
          const straight = decideOutcome({ ...input, experts, sheets });
          const shuffled = decideOutcome({
            ...input,
            experts: order.map((i) => experts[i]!),
            sheets: [...order].reverse().map((i) => sheets[i]!),
          });
          expect(shuffled.outcome).toBe(straight.outcome);
          expect(shuffled.explanation).toBe(straight.explanation);
          expect(shuffled.aggregate).toEqual(straight.aggregate);
        },
      ),
    );
  });

  it('never turns 通过 into 不通过 (or lowers the outcome at all) when one fail becomes a pass', () => {
    fc.assert(
      fc.property(panelArbitrary, fc.nat(), (rows, pick) => {
        const fails = rows.flatMap((row, i) => (row.recommendation === 'fail' ? [i] : []));
        fc.pre(fails.length > 0);
        const index = fails[pick % fails.length]!;
        const before = decide(rows);
        const after = decide(rows.map((row, i) => (i === index ? { ...row, recommendation: 'pass' as const } : row)));
        expect(after.quorum).toBe(before.quorum);
        if (before.outcome === null || after.outcome === null) return;
        expect(rank[after.outcome]).toBeGreaterThanOrEqual(rank[before.outcome]!);
      }),
    );
  });
});
