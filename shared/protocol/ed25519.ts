import { ed25519 } from '@noble/curves/ed25519.js';

/**
 * The Ed25519 operations the protocol needs, over raw keys: a 32-byte secret seed and a 32-byte
 * public key (RFC 8032). Injectable because pure-JS signing costs milliseconds; a Node host may
 * pass a `node:crypto` implementation with the same behaviour to reach server throughput.
 */
export interface Ed25519 {
  sign(message: Uint8Array, secretKey: Uint8Array): Uint8Array;
  verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean;
  publicKeyOf(secretKey: Uint8Array): Uint8Array;
}

export interface Ed25519KeyPair {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

/**
 * Pure-JS Ed25519 that runs anywhere shared/ runs. Verification uses the strict RFC 8032 rules
 * (zip215 off), so a signature accepted here is also accepted by OpenSSL-based verifiers.
 */
export const nobleEd25519: Ed25519 = {
  sign: (message, secretKey) => ed25519.sign(message, secretKey),
  verify: (signature, message, publicKey) => {
    try {
      return ed25519.verify(signature, message, publicKey, { zip215: false });
    } catch {
      return false;
    }
  },
  publicKeyOf: (secretKey) => ed25519.getPublicKey(secretKey),
};

/** A fresh key pair from the platform's secure random source (crypto.getRandomValues). */
export const generateEd25519KeyPair = (): Ed25519KeyPair => {
  const { secretKey, publicKey } = ed25519.keygen();
  return { secretKey, publicKey };
};
