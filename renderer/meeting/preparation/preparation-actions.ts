import { detectConflicts, recusalFromConflict } from '../../../shared/engine/conflict.js';
import { phaseLabels } from '../../../shared/engine/labels.js';
import { pledgeText } from '../../../shared/meeting/pledge-text.js';
import type { Recusal } from '../../../shared/model/recusal.js';
import { recordAudit } from '../../db/audit.js';
import { database } from '../../state/database.js';
import { createPinVerifier } from '../identity/pin-hash.js';

const now = () => new Date().toISOString();

const expertOf = async (meetingId: string, expertId: string) => {
  const expert = await database.experts.get([meetingId, expertId]);
  if (expert === undefined) throw new Error(`找不到专家 ${expertId}`);
  return expert;
};

/** Check-in or absence of one expert, with its audit entry; resolves once both are stored. */
export const setAttendance = (meetingId: string, expertId: string, present: boolean): Promise<void> =>
  database.transaction('rw', [database.experts, database.auditLog], async () => {
    const expert = await expertOf(meetingId, expertId);
    if (expert.present === present) return;
    await database.experts.update([meetingId, expertId], { present });
    await recordAudit(database, { meetingId, submissionId: null, actor: 'secretary', action: 'expert.attendance', at: now(), details: { expertId, present } });
  });

/**
 * Stores an expert's signed pledge with their drawn signature and the hash of their PIN. Signing
 * again (a forgotten PIN) replaces the record and says so in the audit trail.
 */
export const signPledge = async (meetingId: string, expertId: string, signatureImage: string, pin: string): Promise<void> => {
  // WebCrypto runs outside Dexie's transaction: a foreign promise inside it would commit the transaction early.
  const verifier = await createPinVerifier(pin);
  await database.transaction('rw', [database.experts, database.pledges, database.auditLog], async () => {
    const expert = await expertOf(meetingId, expertId);
    if (!expert.present) throw new Error(`专家${expert.name}未签到，不能签署承诺`);
    const previous = await database.pledges.where({ meetingId, expertId }).first();
    const id = previous?.id ?? `P-${expertId}`;
    await database.pledges.put({ id, meetingId, expertId, text: pledgeText, signedAt: now(), signatureImage, pin: verifier });
    await recordAudit(database, {
      meetingId,
      submissionId: null,
      actor: expertId,
      action: previous === undefined ? 'pledge.sign' : 'pledge.resign',
      at: now(),
      details: { pledgeId: id },
    });
  });
};

export type RecusalDecision = {
  submissionId: string;
  expertId: string;
  status: 'confirmed' | 'dismissed';
  note: string;
  /** The chair's expert id. */
  decidedBy: string;
};

/**
 * The chair's decision on one conflict flag. A flag the engine detected but nobody recorded yet
 * becomes its record here. Decisions are final once the submission's scoring has started.
 */
export const decideRecusal = (meetingId: string, decision: RecusalDecision): Promise<Recusal> =>
  database.transaction('rw', [database.experts, database.submissions, database.recusals, database.auditLog], async () => {
    const note = decision.note.trim();
    if (note === '') throw new Error('回避决定须写明理由');
    const expert = await expertOf(meetingId, decision.expertId);
    const submission = await database.submissions.get([meetingId, decision.submissionId]);
    if (submission === undefined) throw new Error(`找不到审评项目 ${decision.submissionId}`);
    if (submission.phase !== 'preparation') {
      throw new Error(`《${submission.standardName}》已进入「${phaseLabels[submission.phase]}」，不能再变更回避决定`);
    }
    const at = now();
    const recorded = await database.recusals.where({ meetingId, submissionId: decision.submissionId, expertId: decision.expertId }).first();
    const flag = detectConflicts([expert], [submission])[0];
    const base =
      recorded ??
      (flag === undefined ? null : recusalFromConflict(flag, { id: `R-${decision.submissionId}-${decision.expertId}`, meetingId, now: at }));
    if (base === null) throw new Error(`专家${expert.name}与《${submission.standardName}》没有待确认的回避提示`);
    const recusal: Recusal = { ...base, status: decision.status, decidedBy: decision.decidedBy, decidedAt: at, decisionNote: note };
    await database.recusals.put(recusal);
    await recordAudit(database, {
      meetingId,
      submissionId: decision.submissionId,
      actor: decision.decidedBy,
      action: 'recusal.decide',
      at,
      details: { expertId: decision.expertId, status: decision.status, note },
    });
    return recusal;
  });
