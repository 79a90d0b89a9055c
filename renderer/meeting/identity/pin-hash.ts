import type { PinVerifier } from '../../../shared/model/pledge.js';

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA256 is 600,000; a short PIN gains little from more, a laptop notices. */
export const pinIterations = 600_000;

const pinPattern = /^\d{4,6}$/;

/** Why a PIN cannot be used, in Chinese; null when it can. */
export const pinProblem = (pin: string): string | null => (pinPattern.test(pin) ? null : 'PIN 须为 4 至 6 位数字');

const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

const fromHex = (hex: string): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
};

/** Hex of PBKDF2-HMAC-SHA256(pin, salt) through WebCrypto, available in the renderer and in Node alike. */
export const hashPin = async (pin: string, saltHex: string, iterations = pinIterations): Promise<string> => {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: fromHex(saltHex), iterations }, key, 256);
  return toHex(new Uint8Array(bits));
};

export const createPinVerifier = async (pin: string, iterations = pinIterations): Promise<PinVerifier> => {
  const problem = pinProblem(pin);
  if (problem !== null) throw new Error(problem);
  const salt = toHex(crypto.getRandomValues(new Uint8Array(16)));
  return { algorithm: 'PBKDF2-SHA256', iterations, salt, hash: await hashPin(pin, salt, iterations) };
};

/** Compares every character, so the time taken does not tell how much of the hash matched. */
export const verifyPin = async (pin: string, verifier: PinVerifier): Promise<boolean> => {
  if (pinProblem(pin) !== null) return false;
  const actual = await hashPin(pin, verifier.salt, verifier.iterations);
  let difference = actual.length ^ verifier.hash.length;
  for (let i = 0; i < actual.length; i += 1) difference |= actual.charCodeAt(i) ^ (verifier.hash.charCodeAt(i) || 0);
  return difference === 0;
};
