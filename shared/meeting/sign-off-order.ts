import { type EngineMessage, engineMessage, listParam, verdictParam, zhText } from '../engine/engine-message.js';
import { participants } from '../engine/lifecycle-guards.js';
import type { ReviewSnapshot } from '../engine/review-snapshot.js';

/**
 * Why `expertId` may not sign the verdict now, or null when they may. Only present, non-recused
 * experts sign, each once, and the chair signs last, after every other participant.
 */
export const signingRefusalMessage = (snapshot: ReviewSnapshot, expertId: string): EngineMessage | null => {
  const people = participants(snapshot);
  const signer = people.find((e) => e.id === expertId);
  if (signer === undefined) return engineMessage('signing.notParticipant', { verdict: verdictParam(snapshot.rubric.reviewType) });
  const signed = new Set((snapshot.verdict?.signatures ?? []).map((s) => s.expertId));
  if (signed.has(expertId)) return engineMessage('signing.alreadySigned', { expert: signer.name });
  if (signer.role !== 'chair') return null;
  const waiting = people.filter((e) => e.role !== 'chair' && !signed.has(e.id));
  return waiting.length === 0 ? null : engineMessage('signing.chairLast', { waiting: listParam(waiting.map((e) => e.name)) });
};

/** `signingRefusalMessage` in Chinese, as the host refuses with it. */
export const signingRefusal = (snapshot: ReviewSnapshot, expertId: string): string | null => {
  const refusal = signingRefusalMessage(snapshot, expertId);
  return refusal === null ? null : zhText(refusal);
};
