import { type KeyObject, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import type { Ed25519 } from '../../shared/protocol/ed25519.js';

/**
 * Keys cross our code as raw bytes (a 32-byte seed, a 32-byte public key: RFC 8032), which is how
 * both the bureau's key file and the workstation's device key file store them. OpenSSL takes them
 * wrapped in these DER prefixes (PKCS#8 and SPKI, RFC 8410); JWK would also need the public half
 * to import a private key, which costs a pure-JS derivation first.
 */
const pkcs8Prefix = Buffer.from('302e020100300506032b657004220420', 'hex');
const spkiPrefix = Buffer.from('302a300506032b6570032100', 'hex');
const keyLength = 32;
const signatureLength = 64;

/** Parsing a private key costs milliseconds, twenty times a signature; each side signs with one key array for its lifetime. */
const privateKeys = new WeakMap<Uint8Array, KeyObject>();

const privateKeyOf = (secretKey: Uint8Array): KeyObject => {
  if (secretKey.length !== keyLength) throw new TypeError(`Ed25519 私钥须为 ${keyLength} 字节`);
  const known = privateKeys.get(secretKey);
  if (known) return known;
  const key = createPrivateKey({ key: Buffer.concat([pkcs8Prefix, secretKey]), format: 'der', type: 'pkcs8' });
  privateKeys.set(secretKey, key);
  return key;
};

/** The bureau verifies its enrolled devices' keys on every request; parsing one costs more than verifying. Bounded, as devices come and go. */
const publicKeys = new Map<string, KeyObject>();
const publicKeyLimit = 10_000;

const publicKeyOf = (publicKey: Uint8Array): KeyObject => {
  const cacheKey = Buffer.from(publicKey).toString('hex');
  const known = publicKeys.get(cacheKey);
  if (known) return known;
  const key = createPublicKey({ key: Buffer.concat([spkiPrefix, publicKey]), format: 'der', type: 'spki' });
  if (publicKeys.size >= publicKeyLimit) publicKeys.clear();
  publicKeys.set(cacheKey, key);
  return key;
};

/**
 * Ed25519 through OpenSSL (`node:crypto`) for the workstation's host and the bureau: the same
 * answers as the pure-JS one in shared/ (both checked against RFC 8032) at a small fraction of the
 * cost, so the bureau keeps up under load and the host does not pause per signature.
 */
export const nodeEd25519: Ed25519 = {
  sign: (message, secretKey) => new Uint8Array(sign(null, message, privateKeyOf(secretKey))),
  verify: (signature, message, publicKey) => {
    if (publicKey.length !== keyLength || signature.length !== signatureLength) return false;
    try {
      return verify(null, message, publicKeyOf(publicKey), signature);
    } catch {
      return false;
    }
  },
  publicKeyOf: (secretKey) => {
    const der = createPublicKey(privateKeyOf(secretKey)).export({ format: 'der', type: 'spki' });
    return new Uint8Array(der.subarray(spkiPrefix.length));
  },
};
