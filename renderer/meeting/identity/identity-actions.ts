import { recordAudit } from '../../db/audit.js';
import { database } from '../../state/database.js';
import { actAs, recordPinFailure } from './acting-expert.js';
import { attemptsLeft, lockoutSecondsLeft } from './pin-attempts.js';
import { verifyPin } from './pin-hash.js';

export type UnlockResult = { ok: true } | { ok: false; attemptsLeft: number } | { ok: false; lockedSeconds: number };

const audit = (meetingId: string, expertId: string, action: 'identity.unlock' | 'identity.lockout') =>
  database.transaction('rw', database.auditLog, () =>
    recordAudit(database, { meetingId, submissionId: null, actor: expertId, action, at: new Date().toISOString(), details: {} }),
  );

/** Checks the expert's PIN against their pledge; the unlock and a lockout are audited, single wrong PINs are not. */
export const unlockExpert = async (meetingId: string, expertId: string, pin: string): Promise<UnlockResult> => {
  const pledge = await database.pledges.where({ meetingId, expertId }).first();
  if (pledge?.pin === undefined) return { ok: false, attemptsLeft: 0 };
  if (await verifyPin(pin, pledge.pin)) {
    await audit(meetingId, expertId, 'identity.unlock');
    actAs({ meetingId, expertId });
    return { ok: true };
  }
  const now = Date.now();
  const attempts = recordPinFailure(meetingId, expertId, now);
  const lockedSeconds = lockoutSecondsLeft(attempts, now);
  if (lockedSeconds > 0) {
    await audit(meetingId, expertId, 'identity.lockout');
    return { ok: false, lockedSeconds };
  }
  return { ok: false, attemptsLeft: attemptsLeft(attempts) };
};
