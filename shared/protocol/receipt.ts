import { canonicalBytes } from '../digest/digest.js';
import { type BureauReceipt, bureauReceiptSchema } from '../model/verdict.js';
import { base64BytesSchema, base64ToBytes, bytesToBase64 } from './base64.js';
import { type Ed25519, nobleEd25519 } from './ed25519.js';

/** The bureau's receipt for one verdict version; the same shape the verdict record keeps. */
export const receiptSchema = bureauReceiptSchema.extend({ signature: base64BytesSchema(64) });
export type Receipt = BureauReceipt;

export const unsignedReceiptSchema = bureauReceiptSchema.omit({ signature: true });
export type UnsignedReceipt = Omit<Receipt, 'signature'>;

/** The signed bytes: RFC 8785 canonical JSON of the receipt without its `signature` field. */
const receiptBytes = (receipt: UnsignedReceipt): Uint8Array => {
  const { verdictId, versionNo, sha256, receivedAt, seq } = receipt;
  return canonicalBytes({ verdictId, versionNo, sha256, receivedAt, seq });
};

export const signReceipt = (receipt: UnsignedReceipt, bureauSecretKey: Uint8Array, ed: Ed25519 = nobleEd25519): Receipt => ({
  ...unsignedReceiptSchema.parse(receipt),
  signature: bytesToBase64(ed.sign(receiptBytes(receipt), bureauSecretKey)),
});

/** What the sender knows about the version it sent; a valid signature over another version is no receipt for this one. */
export interface ReceiptExpectation {
  verdictId: string;
  versionNo: number;
  sha256: string;
}

/**
 * True when the receipt is well formed, signed by the bureau key and, when `expected` is given,
 * acknowledges exactly that verdict version and digest.
 */
export const verifyReceipt = (
  receipt: unknown,
  bureauPublicKey: Uint8Array,
  expected?: ReceiptExpectation,
  ed: Ed25519 = nobleEd25519,
): receipt is Receipt => {
  const parsed = receiptSchema.safeParse(receipt);
  if (!parsed.success) return false;
  const r = parsed.data;
  if (expected && (r.verdictId !== expected.verdictId || r.versionNo !== expected.versionNo || r.sha256 !== expected.sha256)) {
    return false;
  }
  return ed.verify(base64ToBytes(r.signature), receiptBytes(r), bureauPublicKey);
};
