import { z } from 'zod';
import { idSchema } from '../model/common.js';
import { base64BytesSchema, base64ToBytes, bytesToBase64 } from '../protocol/base64.js';
import { type Ed25519, nobleEd25519 } from '../protocol/ed25519.js';
import { type VerdictBundle, bundleBytes, verdictBundleSchema } from './verdict-bundle.js';

/**
 * A bundle with the device signature, as sent in `PUT /v1/verdicts/…` and written to a
 * `.zzverdict` file. `signature` is Ed25519 over the bundle's canonical JSON bytes;
 * `publicKey` is the raw 32-byte device key, so a file can be checked without the bureau.
 */
export const signedBundleSchema = z.strictObject({
  bundle: verdictBundleSchema,
  signature: base64BytesSchema(64),
  deviceId: idSchema,
  publicKey: base64BytesSchema(32),
});
export type SignedBundle = z.infer<typeof signedBundleSchema>;

export interface DeviceKey {
  deviceId: string;
  secretKey: Uint8Array;
}

export const signBundle = (bundle: VerdictBundle, key: DeviceKey, ed: Ed25519 = nobleEd25519): SignedBundle => ({
  bundle,
  signature: bytesToBase64(ed.sign(bundleBytes(bundle), key.secretKey)),
  deviceId: key.deviceId,
  publicKey: bytesToBase64(ed.publicKeyOf(key.secretKey)),
});

/**
 * True when `signature` verifies over the bundle with `publicKey`. The receiver passes the key it
 * enrolled for `deviceId`; the key carried in the envelope is only a hint for offline checks.
 * A receiver that also hashes the bundle passes `bytes` so the canonical form is built once.
 */
export const bundleSignatureValid = (
  signed: SignedBundle,
  publicKey: Uint8Array = base64ToBytes(signed.publicKey),
  ed: Ed25519 = nobleEd25519,
  bytes: Uint8Array = bundleBytes(signed.bundle),
): boolean => ed.verify(base64ToBytes(signed.signature), bytes, publicKey);
