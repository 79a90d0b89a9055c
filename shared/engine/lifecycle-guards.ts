import type { Expert } from '../model/expert.js';
import { dispersionFlags, unresolvedDispersion } from './dispersion.js';
import { hasSubmitted, isRecused } from './eligibility.js';
import { type EngineMessage, engineMessage, expertsParam, messageParam, nameParam, opinionParam, verdictParam } from './engine-message.js';
import { type OutcomeResult, decideOutcome } from './outcome.js';
import type { ReviewSnapshot } from './review-snapshot.js';

/** Each guard returns the reasons why the step is refused; an empty list lets it pass. */
export type Guard = (snapshot: ReviewSnapshot) => EngineMessage[];

/** Present panel members who take part in this submission (not recused). */
export const participants = (snapshot: ReviewSnapshot): Expert[] =>
  snapshot.experts.filter((e) => e.present && !isRecused(snapshot.recusals, e.id, snapshot.submissionId));

export const outcomeOf = (snapshot: ReviewSnapshot): OutcomeResult =>
  decideOutcome({
    submissionId: snapshot.submissionId,
    rubric: snapshot.rubric,
    rules: snapshot.rules,
    experts: snapshot.experts,
    recusals: snapshot.recusals,
    sheets: snapshot.sheets,
    vetoRulings: snapshot.verdict?.vetoRulings ?? [],
  });

export const participantQuorum: Guard = (snapshot) => {
  const count = participants(snapshot).length;
  const { minVoters } = snapshot.rules;
  return count < minVoters ? [engineMessage('guard.participantQuorum', { count, min: minVoters })] : [];
};

export const votingQuorum: Guard = (snapshot) => {
  const { voters } = outcomeOf(snapshot);
  const { minVoters } = snapshot.rules;
  return voters.length < minVoters ? [engineMessage('guard.votingQuorum', { count: voters.length, min: minVoters })] : [];
};

export const conflictsSettled: Guard = (snapshot) => {
  const open = snapshot.recusals.filter((r) => r.submissionId === snapshot.submissionId && r.status === 'flagged');
  const experts = snapshot.experts.filter((e) => open.some((r) => r.expertId === e.id));
  return experts.length > 0 ? [engineMessage('guard.conflictsPending', { experts: expertsParam(experts) })] : [];
};

export const pledgesSigned: Guard = (snapshot) => {
  const missing = participants(snapshot).filter((e) => !snapshot.pledges.some((p) => p.expertId === e.id));
  return missing.length > 0 ? [engineMessage('guard.pledgesMissing', { experts: expertsParam(missing) })] : [];
};

/** Independent scoring stays blind until every participant has submitted. */
export const blindPhaseOver: Guard = (snapshot) => {
  const missing = participants(snapshot).filter((e) => {
    const sheet = snapshot.sheets.find((s) => s.expertId === e.id && s.submissionId === snapshot.submissionId);
    return sheet === undefined || !hasSubmitted(sheet);
  });
  return missing.length > 0 ? [engineMessage('guard.scoringOpen', { experts: expertsParam(missing) })] : [];
};

export const dispersionResolved: Guard = (snapshot) => {
  const { voters } = outcomeOf(snapshot);
  const flags = dispersionFlags(
    snapshot.rubric,
    snapshot.rules,
    voters.map((v) => ({ expertId: v.expert.id, expertName: v.expert.name, scores: v.final.scores })),
  );
  return unresolvedDispersion(flags, snapshot.verdict?.reconciliationNotes ?? []).map((f) =>
    engineMessage('guard.dispersion', { flag: messageParam(f.reasonMessage) }),
  );
};

export const vetoesRuled: Guard = (snapshot) =>
  outcomeOf(snapshot).pendingVetoes.map((v) => {
    const criterion = snapshot.rubric.criteria.find((c) => c.id === v.criterionId);
    return engineMessage('guard.vetoPending', { expert: v.expertName, criterion: nameParam(criterion?.name, v.criterionId) });
  });

export const conclusionWritten: Guard = (snapshot) => {
  const verdict = snapshot.verdict;
  const opinion = opinionParam(snapshot.rubric.reviewType);
  if (verdict === null || verdict.conclusion.trim() === '') return [engineMessage('guard.noConclusion', { opinion })];
  const { outcome } = outcomeOf(snapshot);
  return verdict.outcome !== outcome ? [engineMessage('guard.conclusionStale', { opinion })] : [];
};

/** Every participant signs the opinion; the chair's signature is among them. */
export const signaturesComplete: Guard = (snapshot) => {
  const signed = new Set((snapshot.verdict?.signatures ?? []).map((s) => s.expertId));
  const missing = participants(snapshot).filter((e) => !signed.has(e.id));
  return missing.length > 0 ? [engineMessage('guard.signaturesMissing', { experts: expertsParam(missing) })] : [];
};

export const receiptHeld: Guard = (snapshot) => {
  const verdict = snapshot.verdict;
  const receipt = verdict?.receipt ?? null;
  if (verdict === null || receipt === null) return [engineMessage('guard.noReceipt', {})];
  return receipt.verdictId !== verdict.verdictId || receipt.versionNo !== verdict.versionNo
    ? [engineMessage('guard.receiptOtherVersion', { verdictId: receipt.verdictId, versionNo: receipt.versionNo })]
    : [];
};

export const verdictFinal: Guard = (snapshot) =>
  snapshot.verdict?.status === 'final' ? [] : [engineMessage('guard.notFinal', { verdict: verdictParam(snapshot.rubric.reviewType) })];
