import type { Rubric } from '../model/rubric.js';
import type { Verdict } from '../model/verdict.js';
import type { OutcomeResult } from './outcome.js';

/** Copies what the engine computes into a working verdict, keeping what people wrote (conclusion, notes, signatures). */
export const withOutcome = (verdict: Verdict, result: OutcomeResult): Verdict => ({
  ...verdict,
  outcome: result.outcome,
  explanation: result.explanation,
  aggregate: result.aggregate,
  votes: result.votes,
  recusedExpertIds: result.excluded.filter((e) => e.reason === 'recused').map((e) => e.expertId),
});

/** A new working verdict (version 1, draft) for one submission. */
export const draftVerdict = (
  ids: { id: string; verdictId: string; meetingId: string; submissionId: string },
  rubric: Rubric,
  result: OutcomeResult,
): Verdict =>
  withOutcome(
    {
      ...ids,
      versionNo: 1,
      supersedes: null,
      status: 'draft',
      reviewType: rubric.reviewType,
      rubricId: rubric.id,
      outcome: null,
      explanation: '',
      aggregate: { criteria: [], total: null, sumOfCriteria: null },
      votes: [],
      recusedExpertIds: [],
      vetoRulings: [],
      reconciliationNotes: [],
      conclusion: '',
      revisionRequirements: [],
      dissent: [],
      signatures: [],
      amendmentReason: null,
      finalizedAt: null,
      finalizedBy: null,
      receipt: null,
    },
    result,
  );
