import type { Expert } from '../model/expert.js';
import type { ReviewPhase } from '../model/phase.js';
import type { Pledge } from '../model/pledge.js';
import type { Recommendation } from '../model/recommendation.js';
import type { Recusal } from '../model/recusal.js';
import type { Rubric } from '../model/rubric.js';
import type { ScoreSheet, Veto } from '../model/score-sheet.js';
import { defaultRules } from '../rubrics/default-rules.js';
import { zzbTechnicalRubric } from '../rubrics/zzb-technical.js';
import type { ReviewSnapshot } from './review-snapshot.js';

/** One expert's final sheet in shorthand: scores in rubric order (null = unscored). */
export type SampleRow = {
  scores: readonly (number | null)[];
  recommendation: Recommendation;
  veto?: Veto;
  present?: boolean;
};

const sampleTime = '2026-11-28T10:00:00+08:00';

export const sampleExpertId = (index: number): string => `E${String(index + 1).padStart(2, '0')}`;

/**
 * Builds a panel of experts with one submitted sheet each, for demos, tests and the benchmark.
 * Justifications are filled in so every sample sheet is a valid one.
 */
export const samplePanel = (
  rubric: Rubric,
  submissionId: string,
  rows: readonly SampleRow[],
  meetingId = 'M-2026-0147',
): { experts: Expert[]; sheets: ScoreSheet[] } => {
  const experts: Expert[] = rows.map((row, index) => ({
    id: sampleExpertId(index),
    meetingId,
    name: `专家${index + 1}`,
    organization: `浙江省第${index + 1}检测研究院`,
    title: '高级工程师',
    field: '机械',
    role: index === 0 ? 'chair' : 'member',
    affiliations: [],
    present: row.present ?? true,
  }));
  const sheets: ScoreSheet[] = rows.map((row, index) => {
    const content = {
      scores: rubric.criteria.map((criterion, i) => ({
        criterionId: criterion.id,
        score: row.scores[i] ?? null,
        justification: '依据送审材料评分',
      })),
      veto: row.veto ?? null,
      recommendation: row.recommendation,
      opinion: '',
    };
    return {
      id: `${meetingId}/${submissionId}/${sampleExpertId(index)}`,
      meetingId,
      submissionId,
      expertId: sampleExpertId(index),
      rubricId: rubric.id,
      status: 'submitted',
      draft: content,
      versions: [{ ...content, versionNo: 1, submittedAt: sampleTime }],
      updatedAt: sampleTime,
    };
  });
  return { experts, sheets };
};

export const samplePledges = (expertIds: readonly string[], meetingId = 'M-2026-0147'): Pledge[] =>
  expertIds.map((expertId) => ({
    id: `P-${expertId}`,
    meetingId,
    expertId,
    text: '本人承诺公正、独立地审评，并对审评内容保密。',
    signedAt: sampleTime,
    signatureImage: null,
  }));

export const sampleRecusal = (
  expertId: string,
  status: Recusal['status'],
  submissionId = 'S01',
  meetingId = 'M-2026-0147',
): Recusal => ({
  id: `R-${submissionId}-${expertId}`,
  meetingId,
  submissionId,
  expertId,
  source: 'detected',
  reason: '所在单位为参与起草单位',
  status,
  flaggedAt: sampleTime,
  decidedBy: status === 'flagged' ? null : 'E01',
  decidedAt: status === 'flagged' ? null : sampleTime,
});

/** A technical-review snapshot of one submission where every expert has pledged and submitted. */
export const sampleSnapshot = (phase: ReviewPhase, rows: readonly SampleRow[]): ReviewSnapshot => {
  const { experts, sheets } = samplePanel(zzbTechnicalRubric, 'S01', rows);
  return {
    submissionId: 'S01',
    phase,
    rubric: zzbTechnicalRubric,
    rules: defaultRules.technical,
    experts,
    pledges: samplePledges(experts.map((e) => e.id)),
    recusals: [],
    sheets,
    verdict: null,
  };
};
