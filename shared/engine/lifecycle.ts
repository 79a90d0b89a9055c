import { type ReviewPhase, reviewPhases } from '../model/phase.js';
import { type EngineMessage, engineMessage, phaseParam, zhTexts } from './engine-message.js';
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

/** `messages` says why in any language; `reasons` is the same in Chinese, as the host records it. */
export type TransitionCheck = { allowed: true } | { allowed: false; reasons: string[]; messages: EngineMessage[] };

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

const refused = (messages: EngineMessage[]): TransitionCheck => ({ allowed: false, reasons: zhTexts(messages), messages });

export const nextPhase = (phase: ReviewPhase): ReviewPhase | null => reviewPhases[reviewPhases.indexOf(phase) + 1] ?? null;

/**
 * Whether the review may move to `to`, and if not every reason why. Phases advance one at a time;
 * after 定稿 the record is frozen and changes only through an amendment (see amendment.ts).
 */
export const checkTransition = (snapshot: ReviewSnapshot, to: ReviewPhase): TransitionCheck => {
  const expected = nextPhase(snapshot.phase);
  if (to !== expected) {
    const from = phaseParam(snapshot.phase);
    const refusal =
      expected === null
        ? engineMessage('phase.last', { from, to: phaseParam(to) })
        : engineMessage('phase.order', { from, expected: phaseParam(expected), to: phaseParam(to) });
    return refused([refusal]);
  }
  const messages = guardsToEnter[to].flatMap((guard) => guard(snapshot));
  return messages.length === 0 ? { allowed: true } : refused(messages);
};
