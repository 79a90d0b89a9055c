import type { Expert } from '../model/expert.js';
import type { ReviewPhase } from '../model/phase.js';
import type { Pledge } from '../model/pledge.js';
import type { Recusal } from '../model/recusal.js';
import type { ReviewRules, Rubric } from '../model/rubric.js';
import type { ScoreSheet } from '../model/score-sheet.js';
import type { Verdict } from '../model/verdict.js';

/** Everything the life cycle and visibility rules read about one submission's review. */
export type ReviewSnapshot = {
  submissionId: string;
  phase: ReviewPhase;
  rubric: Rubric;
  rules: ReviewRules;
  experts: readonly Expert[];
  pledges: readonly Pledge[];
  recusals: readonly Recusal[];
  sheets: readonly ScoreSheet[];
  /** The working or final verdict; null until the panel starts writing one. */
  verdict: Verdict | null;
};
