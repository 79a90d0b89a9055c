import type { PinState } from '../../../shared/api/calls/identity-calls.js';
import { HostFailure } from '../../../shared/api/result.js';
import { afterFailure, attemptsLeft, lockoutSecondsLeft, noAttempts, type PinAttempts } from '../../../shared/meeting/pin-attempts.js';
import type { Expert } from '../../../shared/model/expert.js';
import type { PinVerifier } from '../../../shared/model/pledge.js';
import type { MeetingDeps } from './meeting-deps.js';
import { expertOf } from './meeting-records.js';
import type { MeetingTx } from './meeting-store.js';
import { verifyPin } from './pin-verifier.js';
import { hostRefusal, hostRefusalAs } from '../../../shared/api/host-refusal.js';

export const pinStateOf = (attempts: PinAttempts, nowMs: number): PinState => ({
  failures: attempts.failures,
  attemptsLeft: attemptsLeft(attempts),
  lockedSeconds: lockoutSecondsLeft(attempts, nowMs),
});

/** The expert's stored PIN verifier, or a refusal: without a signed pledge there is no PIN to check. */
export const verifierOf = (tx: MeetingTx, meetingId: string, expert: Expert): PinVerifier => {
  const verifier = tx.pledges.list(meetingId, { expertId: expert.id }).find((pledge) => pledge.pin !== undefined)?.pin;
  if (verifier === undefined) throw new HostFailure('refused', `专家${expert.name}尚未签署承诺并设置 PIN`, 'expertId');
  return verifier;
};

/**
 * While a lockout lasts every PIN is refused unchecked, the right one too: otherwise the answer
 * would still tell a guesser when they hit it.
 */
export const requireNotLockedOut = (tx: MeetingTx, meetingId: string, expert: Expert, nowMs: number, field = 'pin'): void => {
  const seconds = lockoutSecondsLeft(tx.pinAttempts.get(meetingId, expert.id), nowMs);
  if (seconds > 0) throw hostRefusalAs('locked-out', 'refusal.reason.expert-locked-out', field, { name: expert.name, seconds });
};

/**
 * Whether the verifier `checked` (hashed before the transaction) is still the one stored: a PIN reset
 * in between makes the check meaningless.
 */
export const requireSameVerifier = (tx: MeetingTx, meetingId: string, expert: Expert, checked: PinVerifier, field = 'pin'): void => {
  if (verifierOf(tx, meetingId, expert).hash !== checked.hash) throw new HostFailure('refused', `专家${expert.name}的 PIN 刚刚重新设置，请重新输入`, field);
};

/**
 * Records one checked PIN inside the write: a right one starts the count again, a wrong one adds to
 * it and, when that starts a lockout, is audited. Returns where a wrong PIN leaves the count, null for a right one.
 */
export const recordPinCheck = (tx: MeetingTx, meetingId: string, expertId: string, right: boolean, at: string): PinState | null => {
  const attempts = tx.pinAttempts.get(meetingId, expertId);
  const nowMs = Date.parse(at);
  if (right) {
    if (attempts.failures !== 0 || attempts.lockedUntil !== 0) tx.pinAttempts.put(meetingId, expertId, noAttempts);
    return null;
  }
  const next = afterFailure(attempts, nowMs);
  tx.pinAttempts.put(meetingId, expertId, next);
  if (next.lockedUntil !== attempts.lockedUntil) tx.audit.append({ meetingId, submissionId: null, actor: expertId, action: 'identity.lockout', at, details: {} });
  return pinStateOf(next, nowMs);
};

/** A wrong PIN as a refusal, for acts that need the PIN rather than ask about it. */
export const wrongPinFailure = (state: PinState, field: string): HostFailure =>
  state.lockedSeconds > 0
    ? hostRefusal('locked-out', field, { seconds: state.lockedSeconds })
    : hostRefusal('wrong-pin', field, { attemptsLeft: state.attemptsLeft });

/**
 * Checks an expert's PIN wherever it is entered (the workstation's PIN gate, an expert's device
 * joining the hub) with one count and one lockout. The PIN is hashed between two transactions (a
 * write must not wait on it), so the second one looks again: a lockout or a new PIN that came
 * meanwhile wins over the check just made. `onRight` runs inside that write (its audit entry commits
 * with the reset count). Returns null for a right PIN, else where the count stands.
 */
export const checkExpertPin = async (
  { store, now }: Pick<MeetingDeps, 'store' | 'now'>,
  { meetingId, expertId, pin }: { meetingId: string; expertId: string; pin: string },
  onRight: (tx: MeetingTx, at: string) => void,
): Promise<PinState | null> => {
  const verifier = store.read((tx) => {
    const expert = expertOf(tx, meetingId, expertId);
    requireNotLockedOut(tx, meetingId, expert, Date.parse(now()));
    return verifierOf(tx, meetingId, expert);
  });
  const right = await verifyPin(pin, verifier);
  return store.write({ meetingId }, (tx) => {
    const at = now();
    const expert = expertOf(tx, meetingId, expertId);
    requireNotLockedOut(tx, meetingId, expert, Date.parse(at));
    requireSameVerifier(tx, meetingId, expert, verifier);
    const state = recordPinCheck(tx, meetingId, expertId, right, at);
    if (state === null) onRight(tx, at);
    return state;
  });
};
