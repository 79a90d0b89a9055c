import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { generateEd25519KeyPair, nobleEd25519 } from '../../../shared/protocol/ed25519.js';
import { rfc8032Vectors } from '../../../shared/protocol/rfc8032-vectors.js';
import { hostEd25519 } from './host-ed25519.js';

describe('Ed25519 on the host (node:crypto)', () => {
  it.each(rfc8032Vectors)('matches RFC 8032 vector with public key $publicKey', (vector) => {
    const secretKey = hexToBytes(vector.secretKey);
    expect(bytesToHex(hostEd25519.publicKeyOf(secretKey))).toBe(vector.publicKey);
    expect(bytesToHex(hostEd25519.sign(hexToBytes(vector.message), secretKey))).toBe(vector.signature);
    expect(hostEd25519.verify(hexToBytes(vector.signature), hexToBytes(vector.message), hexToBytes(vector.publicKey))).toBe(true);
  });

  it('agrees with the pure-JS implementation both ways', () => {
    const { secretKey, publicKey } = generateEd25519KeyPair();
    const message = new TextEncoder().encode('已上报');
    expect(nobleEd25519.verify(hostEd25519.sign(message, secretKey), message, publicKey)).toBe(true);
    expect(hostEd25519.verify(nobleEd25519.sign(message, secretKey), message, publicKey)).toBe(true);
  });

  it('answers false for a wrong message, a short signature or a malformed key', () => {
    const vector = rfc8032Vectors[1]!;
    const signature = hexToBytes(vector.signature);
    expect(hostEd25519.verify(signature, new Uint8Array([1]), hexToBytes(vector.publicKey))).toBe(false);
    expect(hostEd25519.verify(signature.slice(2), hexToBytes(vector.message), hexToBytes(vector.publicKey))).toBe(false);
    expect(hostEd25519.verify(signature, hexToBytes(vector.message), new Uint8Array(7))).toBe(false);
  });
});
