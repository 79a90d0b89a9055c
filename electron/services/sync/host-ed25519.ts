import { type KeyObject, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { type Ed25519, nobleEd25519 } from '../../../shared/protocol/ed25519.js';

const base64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');

// The workstation holds one device key and one bureau key; each is parsed once, not per request.
const signingKeys = new WeakMap<Uint8Array, KeyObject>();
const verifyingKeys = new Map<string, KeyObject>();

const signingKeyOf = (secretKey: Uint8Array): KeyObject => {
  const known = signingKeys.get(secretKey);
  if (known) return known;
  // A JWK private key names its public half too; deriving it once is cheap next to a lifetime of signatures.
  const jwk = { kty: 'OKP', crv: 'Ed25519', d: base64url(secretKey), x: base64url(nobleEd25519.publicKeyOf(secretKey)) };
  const key = createPrivateKey({ key: jwk, format: 'jwk' });
  signingKeys.set(secretKey, key);
  return key;
};

const verifyingKeyOf = (publicKey: Uint8Array): KeyObject => {
  const x = base64url(publicKey);
  const known = verifyingKeys.get(x);
  if (known) return known;
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
  verifyingKeys.set(x, key);
  return key;
};

/**
 * Ed25519 on the workstation's host through OpenSSL (`node:crypto`), the key material passed as
 * JWK. Same answers as the pure-JS implementation (both checked against RFC 8032), without
 * pausing the host for milliseconds per signature while the renderer waits on it.
 */
export const hostEd25519: Ed25519 = {
  sign: (message, secretKey) => new Uint8Array(sign(null, message, signingKeyOf(secretKey))),
  verify: (signature, message, publicKey) => {
    if (publicKey.length !== 32 || signature.length !== 64) return false;
    try {
      return verify(null, message, verifyingKeyOf(publicKey), signature);
    } catch {
      return false;
    }
  },
  publicKeyOf: (secretKey) => new Uint8Array(Buffer.from(signingKeyOf(secretKey).export({ format: 'jwk' }).x ?? '', 'base64url')),
};
