import { type ReviewPhase, reviewPhases } from '../model/phase.js';
import { phaseLabels } from './labels.js';
import {
  type Guard,
  blindPhaseOver,
  conclusionWritten,
  conflictsSettled,
  dispersionResolved,
  participantQuorum,
  pledgesSigned,
  receiptHeld,
  signaturesComplete,
  verdictFinal,
  vetoesRuled,
  votingQuorum,
} from './lifecycle-guards.js';
import type { ReviewSnapshot } from './review-snapshot.js';

export type TransitionCheck = { allowed: true } | { allowed: false; reasons: string[] };

/** Guards for entering each phase from the one before it (DESIGN.md section 2). */
const guardsToEnter: Readonly<Record<ReviewPhase, readonly Guard[]>> = {
  preparation: [],
  scoring: [conflictsSettled, participantQuorum, pledgesSigned],
  discussion: [blindPhaseOver, votingQuorum],
  vote: [votingQuorum, vetoesRuled, dispersionResolved],
  'sign-off': [votingQuorum, vetoesRuled, dispersionResolved, conclusionWritten],
  finalised: [votingQuorum, dispersionResolved, conclusionWritten, signaturesComplete],
  reported: [verdictFinal, receiptHeld],
};

export const nextPhase = (phase: ReviewPhase): ReviewPhase | null => reviewPhases[reviewPhases.indexOf(phase) + 1] ?? null;

/**
 * Whether the review may move to `to`, and if not every reason why. Phases advance one at a time;
 * after 定稿 the record is frozen and changes only through an amendment (see amendment.ts).
 */
export const checkTransition = (snapshot: ReviewSnapshot, to: ReviewPhase): TransitionCheck => {
  const expected = nextPhase(snapshot.phase);
  if (to !== expected) {
    const from = phaseLabels[snapshot.phase];
    const reason =
      expected === null
        ? `「${from}」是最后阶段，不能再进入「${phaseLabels[to]}」`
        : `只能从「${from}」进入「${phaseLabels[expected]}」，不能进入「${phaseLabels[to]}」`;
    return { allowed: false, reasons: [reason] };
  }
  const reasons = guardsToEnter[to].flatMap((guard) => guard(snapshot));
  return reasons.length === 0 ? { allowed: true } : { allowed: false, reasons };
};
