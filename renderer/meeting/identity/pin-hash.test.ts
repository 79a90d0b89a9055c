import { describe, expect, it } from 'vitest';
import { pinVerifierSchema } from '../../../shared/model/pledge.js';
import { createPinVerifier, hashPin, pinProblem, verifyPin } from './pin-hash.js';

const fast = 1000;

describe('PIN hashing', () => {
  it('accepts only 4 to 6 digits', () => {
    expect(pinProblem('1234')).toBeNull();
    expect(pinProblem('123456')).toBeNull();
    for (const bad of ['123', '1234567', '12a4', ' 1234', '１２３４', '']) expect(pinProblem(bad)).toBe('PIN 须为 4 至 6 位数字');
  });

  it('matches the PBKDF2-HMAC-SHA256 test vector of RFC 7914', async () => {
    const salt = Buffer.from('salt').toString('hex');
    expect(await hashPin('passwd', salt, 1)).toBe('55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc');
  });

  it('stores a salted hash, never the PIN, and verifies it', async () => {
    const verifier = await createPinVerifier('482913', fast);
    expect(pinVerifierSchema.parse(verifier)).toEqual(verifier);
    expect(JSON.stringify(verifier)).not.toContain('482913');
    expect(await verifyPin('482913', verifier)).toBe(true);
    expect(await verifyPin('482914', verifier)).toBe(false);
    expect(await verifyPin('48291', verifier)).toBe(false);
  });

  it('salts every verifier differently', async () => {
    const [a, b] = await Promise.all([createPinVerifier('1234', fast), createPinVerifier('1234', fast)]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('refuses to create a verifier for a malformed PIN', async () => {
    await expect(createPinVerifier('12', fast)).rejects.toThrow('PIN 须为 4 至 6 位数字');
  });
});
