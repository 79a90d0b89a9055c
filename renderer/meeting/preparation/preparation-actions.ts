import { pledgeText } from '../../../shared/meeting/pledge-text.js';
import { recordAudit } from '../../db/audit.js';
import { database } from '../../state/database.js';
import { createPinVerifier } from '../identity/pin-hash.js';

const now = () => new Date().toISOString();

/** The stored expert, or a refusal naming the id. */
export const expertOf = async (meetingId: string, expertId: string) => {
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
