import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { generateEd25519KeyPair, nobleEd25519 } from '../../shared/protocol/ed25519.js';
import { rfc8032Vectors } from '../../test/fixtures/rfc8032-vectors.js';
import { nodeEd25519 } from './ed25519.js';

const text = (value: string) => new TextEncoder().encode(value);

describe('Ed25519 through node:crypto', () => {
  it.each(rfc8032Vectors)('matches RFC 8032 vector with public key $publicKey', (vector) => {
    const secretKey = hexToBytes(vector.secretKey);
    expect(bytesToHex(nodeEd25519.publicKeyOf(secretKey))).toBe(vector.publicKey);
    expect(bytesToHex(nodeEd25519.sign(hexToBytes(vector.message), secretKey))).toBe(vector.signature);
    expect(nodeEd25519.verify(hexToBytes(vector.signature), hexToBytes(vector.message), hexToBytes(vector.publicKey))).toBe(true);
  });

  it('verifies what it signed, and nothing once the message, the signature or the key differs', () => {
    const { secretKey, publicKey } = generateEd25519KeyPair();
    const message = text('结论：通过');
    const signature = nodeEd25519.sign(message, secretKey);
    expect(nodeEd25519.verify(signature, message, publicKey)).toBe(true);
    expect(nodeEd25519.verify(signature, text('结论：不通过'), publicKey)).toBe(false);
    const flipped = signature.slice();
    flipped[10] = flipped[10]! ^ 1;
    expect(nodeEd25519.verify(flipped, message, publicKey)).toBe(false);
    expect(nodeEd25519.verify(signature, message, generateEd25519KeyPair().publicKey)).toBe(false);
  });

  it('agrees with the pure-JS implementation both ways', () => {
    const { secretKey, publicKey } = generateEd25519KeyPair();
    const message = text('已上报');
    expect(nobleEd25519.verify(nodeEd25519.sign(message, secretKey), message, publicKey)).toBe(true);
    expect(nodeEd25519.verify(nobleEd25519.sign(message, secretKey), message, publicKey)).toBe(true);
  });

  it('answers false, not an exception, for a short signature or a malformed key', () => {
    const vector = rfc8032Vectors[1]!;
    const signature = hexToBytes(vector.signature);
    expect(nodeEd25519.verify(signature.slice(2), hexToBytes(vector.message), hexToBytes(vector.publicKey))).toBe(false);
    expect(nodeEd25519.verify(signature, hexToBytes(vector.message), new Uint8Array(7))).toBe(false);
  });

  it('refuses a secret key of the wrong length with a clear message', () => {
    expect(() => nodeEd25519.sign(text('x'), new Uint8Array(31))).toThrow('Ed25519 私钥须为 32 字节');
  });
});

describe('Ed25519 key import and export', () => {
  it('takes raw keys OpenSSL made, and its raw public key is the one OpenSSL exports', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const jwk = privateKey.export({ format: 'jwk' });
    const seed = new Uint8Array(Buffer.from(jwk.d!, 'base64url'));
    const raw = new Uint8Array(Buffer.from(jwk.x!, 'base64url'));
    expect(nodeEd25519.publicKeyOf(seed)).toEqual(raw);
    const message = text('签名');
    expect(verify(null, message, publicKey, nodeEd25519.sign(message, seed))).toBe(true);
    expect(nodeEd25519.verify(new Uint8Array(sign(null, message, privateKey)), message, raw)).toBe(true);
    const spki = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x! }, format: 'jwk' }).export({ format: 'der', type: 'spki' });
    expect(new Uint8Array(spki.subarray(-32))).toEqual(raw);
  });
});
