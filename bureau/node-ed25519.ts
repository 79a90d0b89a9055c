import { type KeyObject, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import type { Ed25519 } from '../shared/protocol/ed25519.js';

// DER prefixes that wrap a raw 32-byte Ed25519 key as PKCS#8 and SPKI (RFC 8410), so OpenSSL can use it.
const pkcs8Prefix = Buffer.from('302e020100300506032b657004220420', 'hex');
const spkiPrefix = Buffer.from('302a300506032b6570032100', 'hex');
const keyLength = 32;

/** Parsing a private key costs milliseconds, twenty times a signature; the bureau signs with one key array for its lifetime. */
const privateKeyCache = new WeakMap<Uint8Array, KeyObject>();

const privateKeyOf = (secretKey: Uint8Array): KeyObject => {
  if (secretKey.length !== keyLength) throw new TypeError(`Ed25519 私钥须为 ${keyLength} 字节`);
  const cached = privateKeyCache.get(secretKey);
  if (cached) return cached;
  const key = createPrivateKey({ key: Buffer.concat([pkcs8Prefix, secretKey]), format: 'der', type: 'pkcs8' });
  privateKeyCache.set(secretKey, key);
  return key;
};

/** Enrolled device keys are few and verified on every request; parsing one costs more than verifying. */
const publicKeyCache = new Map<string, KeyObject>();
const publicKeyCacheLimit = 10_000;

const publicKeyOf = (publicKey: Uint8Array): KeyObject => {
  const cacheKey = Buffer.from(publicKey).toString('hex');
  const cached = publicKeyCache.get(cacheKey);
  if (cached) return cached;
  const key = createPublicKey({ key: Buffer.concat([spkiPrefix, publicKey]), format: 'der', type: 'spki' });
  if (publicKeyCache.size >= publicKeyCacheLimit) publicKeyCache.clear();
  publicKeyCache.set(cacheKey, key);
  return key;
};

/**
 * OpenSSL's Ed25519 through `node:crypto`: the same answers as the pure-JS one in shared/ (both are
 * checked against RFC 8032) at a small fraction of the cost, which the bureau needs under load.
 */
export const nodeEd25519: Ed25519 = {
  sign: (message, secretKey) => new Uint8Array(sign(null, message, privateKeyOf(secretKey))),
  verify: (signature, message, publicKey) => {
    if (publicKey.length !== keyLength || signature.length !== 64) return false;
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
