import type { HostArgs } from '../../shared/api/contract.js';
import { callHost } from '../host/host-client.js';

type AdvanceablePhase = HostArgs<'submission.advancePhase'>['to'];

/**
 * Moves one submission to its next phase; the host checks the engine's guards against its own data
 * and names whoever is unlocked at this workstation (or the secretary) in the audit. Throws the refusal in Chinese.
 */
export const advancePhase = async (meetingId: string, submissionId: string, to: AdvanceablePhase): Promise<void> => {
  await callHost('submission.advancePhase', { meetingId, submissionId, to });
};
