import { builtinRubrics } from '../../shared/rubrics/builtin-rubrics.js';
import { defaultRules } from '../../shared/rubrics/default-rules.js';
import { dispersionFlags } from '../../shared/engine/dispersion.js';
import { decideOutcome } from '../../shared/engine/outcome.js';
import { type SampleRow, samplePanel } from '../fixtures/sample-panel.js';
import type { Recommendation } from '../../shared/model/recommendation.js';
import { type BenchFigure, medianMs } from './figure.js';

const submissions = 1000;
const expertsPerPanel = 15;
const rubric = builtinRubrics.technical;
const rules = defaultRules.technical;
const recommendations: readonly Recommendation[] = ['pass', 'pass', 'pass-with-revisions', 'fail'];

/** A fixed-seed generator so every run measures the same meeting. */
const lcg = (seed: number) => {
  let state = seed;
  return (below: number): number => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state % below;
  };
};

const buildMeeting = () => {
  const next = lcg(20261128);
  return Array.from({ length: submissions }, (_, s) => {
    const submissionId = `S${String(s + 1).padStart(4, '0')}`;
    const rows: SampleRow[] = Array.from({ length: expertsPerPanel }, () => ({
      scores: rubric.criteria.map((c) => Math.floor(c.maxPoints / 2) + next(Math.ceil(c.maxPoints / 2) + 1)),
      recommendation: recommendations[next(recommendations.length)] ?? 'pass',
    }));
    return { submissionId, ...samplePanel(rubric, submissionId, rows) };
  });
};

export const measure = async (): Promise<BenchFigure[]> => {
  const meeting = buildMeeting();
  let decided = 0;
  const ms = medianMs(() => {
    decided = 0;
    for (const { submissionId, experts, sheets } of meeting) {
      const result = decideOutcome({ submissionId, rubric, rules, experts, sheets, recusals: [], vetoRulings: [] });
      dispersionFlags(
        rubric,
        rules,
        result.voters.map((v) => ({ expertId: v.expert.id, expertName: v.expert.name, scores: v.final.scores })),
      );
      if (result.outcome !== null) decided += 1;
    }
  });
  if (decided !== submissions) throw new Error(`基准数据有误：只有 ${decided} 个项目形成结论`);
  return [{ name: `engine.outcome+dispersion ${submissions}×${expertsPerPanel}`, value: ms, unit: 'ms', goal: '≤ 100 ms' }];
};
