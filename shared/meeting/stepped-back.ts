import type { Recusal } from '../model/recusal.js';

/**
 * The submissions an expert has stepped back from, so that they may not read its materials: a
 * recusal the chair upheld, or one declared (by the expert, or the chair for them) and not yet
 * dismissed, since whoever declared a conflict should not read on while the chair decides.
 */
export const steppedBackFrom = (recusals: readonly Recusal[], expertId: string): Set<string> =>
  new Set(recusals.filter((r) => r.expertId === expertId && (r.status === 'confirmed' || (r.source === 'declared' && r.status === 'flagged'))).map((r) => r.submissionId));
