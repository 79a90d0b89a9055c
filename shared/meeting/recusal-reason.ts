import { detectConflicts } from '../engine/conflict.js';
import type { EngineMessage } from '../engine/engine-message.js';
import type { Recusal } from '../model/recusal.js';

/**
 * The engine's message for a detected recusal, so the UI can say it in its own language; null for a
 * declared one (the expert's own words) or when the stored Chinese is no longer what detection says.
 */
type Parties = { experts: Parameters<typeof detectConflicts>[0]; submissions: Parameters<typeof detectConflicts>[1] };

export const detectedReasonMessage = (data: Parties, recusal: Recusal): EngineMessage | null => {
  if (recusal.source !== 'detected') return null;
  const experts = data.experts.filter((e) => e.id === recusal.expertId);
  const submissions = data.submissions.filter((s) => s.id === recusal.submissionId);
  return detectConflicts(experts, submissions).find((flag) => flag.reason === recusal.reason)?.reasonMessage ?? null;
};
