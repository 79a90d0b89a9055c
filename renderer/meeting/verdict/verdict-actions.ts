import type { Verdict } from '../../../shared/model/verdict.js';
import { callHost } from '../../host/host-client.js';

type Ids = { meetingId: string; submissionId: string };

// Each operation is one call to the host, which checks who acts (the chair, or the signer, unlocked
// there by PIN), the phase and the engine's guards, and keeps finalised versions frozen.

/** 分歧说明 for one flagged criterion; an empty note withdraws it. */
export const recordReconciliationNote = (ids: Ids, criterionId: string, note: string): Promise<Verdict> => callHost('verdict.reconcile', { ...ids, criterionId, note });

/** The chair upholds or overrules one expert's veto, with a reason. */
export const ruleOnVeto = (ids: Ids, ruling: { expertId: string; criterionId: string; upheld: boolean; note: string }): Promise<Verdict> =>
  callHost('verdict.ruleOnVeto', { ...ids, ...ruling });

export type ConclusionFields = Pick<Verdict, 'conclusion' | 'revisionRequirements' | 'dissent'>;

/** The opinion text, requirements and dissent as typed during the vote; the host drops blank entries. */
export const saveConclusion = (ids: Ids, fields: ConclusionFields): Promise<Verdict> => callHost('verdict.saveConclusion', { ...ids, ...fields });

/** One participant's drawn signature; the chair's only after everyone else's. */
export const signVerdict = (ids: Ids, expertId: string, image: string): Promise<Verdict> => callHost('verdict.sign', { ...ids, expertId, image });

/** 定稿: frozen, sealed with its minutes' digest and queued for the bureau, by the host in one commit. */
export const finaliseReview = (ids: Ids): Promise<Verdict> => callHost('verdict.finalise', ids);

/** 正式修订: version n + 1 of the opinion, chained to version n, with its own bundle for the bureau. */
export const amendReview = (ids: Ids, amendment: { reason: string; changes: Pick<ConclusionFields, 'conclusion' | 'revisionRequirements'> }): Promise<Verdict> =>
  callHost('verdict.amend', { ...ids, ...amendment });
