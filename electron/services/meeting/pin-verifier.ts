import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { HostFailure } from '../../../shared/api/result.js';
import { pinProblem, pinProblemMessage } from '../../../shared/meeting/pin-rules.js';
import { pinVerifierSchema, type PinVerifier } from '../../../shared/model/pledge.js';
import { engineFailure } from '../../../shared/api/engine-refusal.js';

const derive = promisify(pbkdf2);

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA256 is 600,000; a short PIN gains little from more, a laptop notices. */
export const pinIterations = 600_000;

/** Hex of PBKDF2-HMAC-SHA256(pin, salt), on libuv's thread pool: the host keeps answering other calls meanwhile. */
export const hashPin = async (pin: string, saltHex: string, iterations: number): Promise<string> =>
  (await derive(pin, Buffer.from(saltHex, 'hex'), iterations, 32, 'sha256')).toString('hex');

export const createPinVerifier = async (pin: string, iterations = pinIterations): Promise<PinVerifier> => {
  const problem = pinProblemMessage(pin);
  if (problem !== null) throw engineFailure('invalid', [problem], 'pin');
  const salt = randomBytes(16).toString('hex');
  return { algorithm: 'PBKDF2-SHA256', iterations, salt, hash: await hashPin(pin, salt, iterations) };
};

/**
 * Whether `pin` matches. A stored verifier is checked against the model first, since the store keeps
 * whatever a restore or a tamperer put there: an iteration count beyond the bounds is refused, never run.
 */
export const verifyPin = async (pin: string, stored: PinVerifier): Promise<boolean> => {
  const verifier = pinVerifierSchema.safeParse(stored);
  if (!verifier.success) throw new HostFailure('refused', `PIN 记录无效（${verifier.error.issues[0]?.message ?? ''}），请重新签署承诺`, 'pin');
  if (pinProblem(pin) !== null) return false;
  const actual = Buffer.from(await hashPin(pin, verifier.data.salt, verifier.data.iterations), 'hex');
  return timingSafeEqual(actual, Buffer.from(verifier.data.hash, 'hex'));
};
