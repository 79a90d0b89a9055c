import type { Recusal } from '../../../shared/model/recusal.js';
import { callHost } from '../../host/host-client.js';

export type RecusalDeclaration = {
  submissionId: string;
  expertId: string;
  /** The conflict in the declarer's words. */
  reason: string;
};

/** A conflict declared by the expert unlocked here for themselves, or by the chair for any expert. */
export const declareRecusal = (meetingId: string, declaration: RecusalDeclaration): Promise<Recusal> =>
  callHost('recusal.declare', { meetingId, ...declaration });

export type RecusalDecision = {
  submissionId: string;
  expertId: string;
  status: 'confirmed' | 'dismissed';
  note: string;
};

/** The decision of the chair unlocked here on one conflict flag. */
export const decideRecusal = (meetingId: string, decision: RecusalDecision): Promise<Recusal> => callHost('recusal.decide', { meetingId, ...decision });
