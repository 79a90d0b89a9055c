import { steppedBackFrom } from '../../shared/meeting/stepped-back.js';
import type { Material } from '../../shared/model/submission.js';
import type { MeetingTx } from '../services/meeting/meeting-store.js';

export type MaterialAccess = { kind: 'granted'; material: Material } | { kind: 'recused' } | { kind: 'none' };

/**
 * Whether an expert's device may fetch the file with this SHA-256: it must be a material of the
 * meeting, of a submission the expert has not stepped back from (`steppedBackFrom`). The same file
 * listed under another submission the expert may read is served as that one.
 */
export const materialAccess = (tx: Pick<MeetingTx, 'materials' | 'recusals'>, meetingId: string, expertId: string, sha256: string): MaterialAccess => {
  const listed = tx.materials.list(meetingId).filter((m) => m.sha256 === sha256);
  if (listed.length === 0) return { kind: 'none' };
  const steppedBack = steppedBackFrom(tx.recusals.list(meetingId, { expertId }), expertId);
  const readable = listed.find((m) => !steppedBack.has(m.submissionId));
  return readable === undefined ? { kind: 'recused' } : { kind: 'granted', material: readable };
};
