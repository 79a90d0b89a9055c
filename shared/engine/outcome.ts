import type { SubmissionAggregate } from '../model/aggregate.js';
import type { Expert } from '../model/expert.js';
import type { Recommendation } from '../model/recommendation.js';
import type { Recusal } from '../model/recusal.js';
import type { ReviewType } from '../model/review-type.js';
import type { ReviewRules, Rubric } from '../model/rubric.js';
import type { ScoreSheet } from '../model/score-sheet.js';
import type { Vote, VetoRuling } from '../model/verdict.js';
import { aggregateScores } from './aggregate.js';
import { decideInitiation } from './decide-initiation.js';
import { decidePeriodic } from './decide-periodic.js';
import { decideTechnical } from './decide-technical.js';
import type { Decision, DecisionContext } from './decision-context.js';
import { type Exclusion, type Voter, eligibleVoters } from './eligibility.js';
import { type EngineMessage, clausesParam, engineMessage, recommendationParam, zhText } from './engine-message.js';
import { type Tally, tallyOf } from './tally.js';
import { type RaisedVeto, vetoExplanation, vetoStatus } from './veto.js';

export type OutcomeInput = {
  submissionId: string;
  rubric: Rubric;
  rules: ReviewRules;
  experts: readonly Expert[];
  recusals: readonly Recusal[];
  sheets: readonly ScoreSheet[];
  vetoRulings: readonly VetoRuling[];
};

export type OutcomeResult = {
  /** False only without quorum: then no verdict may be finalised. */
  quorum: boolean;
  outcome: Recommendation | null;
  /** How the outcome follows from the rules, in Chinese, ready for the minutes. */
  explanation: string;
  /** The same, for the UI to say in its language. */
  explanationMessage: EngineMessage;
  voters: Voter[];
  excluded: Exclusion[];
  votes: Vote[];
  tally: Tally;
  aggregate: SubmissionAggregate;
  upheldVetoes: RaisedVeto[];
  pendingVetoes: RaisedVeto[];
};

const decisionRules: Readonly<Record<ReviewType, (context: DecisionContext) => Decision>> = {
  technical: decideTechnical,
  initiation: decideInitiation,
  periodic: decidePeriodic,
};

const explained = (explanationMessage: EngineMessage) => ({ explanation: zhText(explanationMessage), explanationMessage });

/** The panel outcome from the final sheets of eligible voters: quorum first, then an upheld veto, then the review type's rule. */
export const decideOutcome = (input: OutcomeInput): OutcomeResult => {
  const { rubric, rules } = input;
  const { voters, excluded } = eligibleVoters(input.submissionId, input.experts, input.recusals, input.sheets);
  const votes = voters.map((v) => ({ expertId: v.expert.id, recommendation: v.final.recommendation }));
  const tally = tallyOf(votes.map((v) => v.recommendation));
  const { aggregate, exactTotal } = aggregateScores(
    rubric,
    rules,
    voters.map((v) => ({ expertId: v.expert.id, scores: v.final.scores })),
  );
  const vetoes = vetoStatus(voters, input.vetoRulings);
  const base = { voters, excluded, votes, tally, aggregate, upheldVetoes: vetoes.upheld, pendingVetoes: vetoes.pending };

  if (voters.length < rules.minVoters) {
    return { ...base, quorum: false, outcome: null, ...explained(engineMessage('outcome.noQuorum', { count: voters.length, min: rules.minVoters })) };
  }
  const firstUpheld = vetoes.upheld[0];
  const { outcome, clauses } =
    firstUpheld === undefined
      ? decisionRules[rubric.reviewType]({ eligible: voters.length, tally, rules, exactTotal, totalMethod: aggregate.total?.method ?? null })
      : { outcome: rubric.vetoOutcome, clauses: [vetoExplanation(rubric, firstUpheld)] };
  return {
    ...base,
    quorum: true,
    outcome,
    ...explained(engineMessage('outcome.explanation', { clauses: clausesParam(clauses), outcome: recommendationParam(outcome) })),
  };
};
