import { z } from 'zod';
import { base64BytesSchema, base64ToBytes, bytesToBase64 } from '../protocol/base64.js';
import { nobleEd25519 } from '../protocol/ed25519.js';

const ed25519SignatureBytes = 64;
export const ed25519PublicKeyBytes = 32;

/** `signature.json` of a `.zzpkg`: an Ed25519 signature over the exact bytes of `manifest.json`. */
export const signaturePayloadSchema = z.object({
  alg: z.literal('Ed25519', '签名算法须为 Ed25519'),
  keyId: z.string().trim().min(1, '签名须注明密钥编号 keyId'),
  signature: base64BytesSchema(ed25519SignatureBytes),
});
export type SignaturePayload = z.infer<typeof signaturePayloadSchema>;

export type SignatureCheck = { valid: true; keyId: string } | { valid: false; keyId: string | null; reason: string };

const publicKeySchema = base64BytesSchema(ed25519PublicKeyBytes);

/** Decodes a bureau public key as settings hold it (base64 of the raw 32 bytes); null when malformed. */
export const decodePublicKey = (base64: string): Uint8Array | null =>
  publicKeySchema.safeParse(base64.trim()).success ? base64ToBytes(base64.trim()) : null;

/** `signatureJson` is the parsed content of `signature.json`; the reason says, in Chinese, why it does not verify. */
export const verifyManifestSignature = (manifestBytes: Uint8Array, signatureJson: unknown, publicKey: Uint8Array): SignatureCheck => {
  const parsed = signaturePayloadSchema.safeParse(signatureJson);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { valid: false, keyId: null, reason: `签名文件格式无效（${issue?.path.join('.') || '内容'}：${issue?.message ?? '无效'}）` };
  }
  const { keyId, signature } = parsed.data;
  return nobleEd25519.verify(base64ToBytes(signature), manifestBytes, publicKey)
    ? { valid: true, keyId }
    : { valid: false, keyId, reason: `签名与已配置的审评机构公钥不符（密钥编号 ${keyId}）` };
};

/** What the bureau (and the tests and demo build) write as `signature.json`. */
export const signManifest = (manifestBytes: Uint8Array, secretKey: Uint8Array, keyId: string): SignaturePayload => ({
  alg: 'Ed25519',
  keyId,
  signature: bytesToBase64(nobleEd25519.sign(manifestBytes, secretKey)),
});
