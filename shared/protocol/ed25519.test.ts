import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64.js';
import { generateEd25519KeyPair, nobleEd25519 } from './ed25519.js';
import { rfc8032Vectors } from '../../test/fixtures/rfc8032-vectors.js';

describe('Ed25519 (noble)', () => {
  it.each(rfc8032Vectors)('matches RFC 8032 vector with public key $publicKey', (vector) => {
    const secretKey = hexToBytes(vector.secretKey);
    expect(bytesToHex(nobleEd25519.publicKeyOf(secretKey))).toBe(vector.publicKey);
    expect(bytesToHex(nobleEd25519.sign(hexToBytes(vector.message), secretKey))).toBe(vector.signature);
    expect(nobleEd25519.verify(hexToBytes(vector.signature), hexToBytes(vector.message), hexToBytes(vector.publicKey))).toBe(true);
  });

  it('refuses a signature over another message or from another key', () => {
    const vector = rfc8032Vectors[0]!;
    const signature = hexToBytes(vector.signature);
    expect(nobleEd25519.verify(signature, new Uint8Array([0]), hexToBytes(vector.publicKey))).toBe(false);
    expect(nobleEd25519.verify(signature, new Uint8Array(0), generateEd25519KeyPair().publicKey)).toBe(false);
    expect(nobleEd25519.verify(new Uint8Array(3), new Uint8Array(0), hexToBytes(vector.publicKey))).toBe(false);
  });

  it('generates distinct key pairs whose halves belong together', () => {
    const a = generateEd25519KeyPair();
    const b = generateEd25519KeyPair();
    expect(bytesToHex(a.secretKey)).not.toBe(bytesToHex(b.secretKey));
    expect(bytesToHex(nobleEd25519.publicKeyOf(a.secretKey))).toBe(bytesToHex(a.publicKey));
  });
});

describe('base64', () => {
  it('matches the RFC 4648 test vectors both ways', () => {
    const vectors: [string, string][] = [['', ''], ['f', 'Zg=='], ['fo', 'Zm8='], ['foo', 'Zm9v'], ['foob', 'Zm9vYg=='], ['fooba', 'Zm9vYmE='], ['foobar', 'Zm9vYmFy']];
    for (const [text, encoded] of vectors) {
      const bytes = new TextEncoder().encode(text);
      expect(bytesToBase64(bytes)).toBe(encoded);
      expect(new TextDecoder().decode(base64ToBytes(encoded))).toBe(text);
    }
  });

  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(Array.from(base64ToBytes(bytesToBase64(bytes)))).toEqual(Array.from(bytes));
  });

  it('refuses text that is not canonical base64', () => {
    for (const bad of ['Zg', 'Zg=', 'Zm9v\n', 'Zm-v', 'Z===']) expect(() => base64ToBytes(bad)).toThrow(TypeError);
  });
});
