import { describe, expect, it } from 'vitest';
import { pinVerifierSchema } from '../../../shared/model/pledge.js';
import { createPinVerifier, hashPin, verifyPin } from './pin-verifier.js';

const fast = 1000;

describe('PIN verifier', () => {
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
    await expect(createPinVerifier('12', fast)).rejects.toMatchObject({ code: 'invalid', field: 'pin', message: 'PIN 须为 4 至 6 位数字' });
  });

  it('refuses, without running it, a verifier whose iteration count would hold the host (the test would time out if it ran)', async () => {
    const crafted = { ...(await createPinVerifier('1234', fast)), iterations: 2 ** 31 };
    await expect(verifyPin('1234', crafted)).rejects.toMatchObject({ code: 'refused', message: 'PIN 记录无效（PIN 迭代次数不超过 1000000），请重新签署承诺' });
  });
});
