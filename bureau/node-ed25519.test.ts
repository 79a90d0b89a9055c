import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { generateEd25519KeyPair, nobleEd25519 } from '../shared/protocol/ed25519.js';
import { rfc8032Vectors } from '../shared/protocol/rfc8032-vectors.js';
import { nodeEd25519 } from './node-ed25519.js';

describe('Ed25519 through node:crypto', () => {
  it.each(rfc8032Vectors)('matches RFC 8032 vector with public key $publicKey', (vector) => {
    const secretKey = hexToBytes(vector.secretKey);
    expect(bytesToHex(nodeEd25519.publicKeyOf(secretKey))).toBe(vector.publicKey);
    expect(bytesToHex(nodeEd25519.sign(hexToBytes(vector.message), secretKey))).toBe(vector.signature);
    expect(nodeEd25519.verify(hexToBytes(vector.signature), hexToBytes(vector.message), hexToBytes(vector.publicKey))).toBe(true);
  });

  it('agrees with the pure-JS implementation both ways', () => {
    const { secretKey, publicKey } = generateEd25519KeyPair();
    const message = new TextEncoder().encode('结论：通过');
    expect(nobleEd25519.verify(nodeEd25519.sign(message, secretKey), message, publicKey)).toBe(true);
    expect(nodeEd25519.verify(nobleEd25519.sign(message, secretKey), message, publicKey)).toBe(true);
  });

  it('answers false, not an exception, for wrong or malformed input', () => {
    const vector = rfc8032Vectors[0]!;
    const signature = hexToBytes(vector.signature);
    expect(nodeEd25519.verify(signature, new Uint8Array([1]), hexToBytes(vector.publicKey))).toBe(false);
    expect(nodeEd25519.verify(signature.slice(1), new Uint8Array(0), hexToBytes(vector.publicKey))).toBe(false);
    expect(nodeEd25519.verify(signature, new Uint8Array(0), new Uint8Array(5))).toBe(false);
  });
});
