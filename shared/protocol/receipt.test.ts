import { hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../digest/canonical-json.js';
import { base64ToBytes } from './base64.js';
import { nobleEd25519 } from './ed25519.js';
import { signReceipt, verifyReceipt } from './receipt.js';
import { rfc8032Vectors } from '../../test/fixtures/rfc8032-vectors.js';

const bureau = rfc8032Vectors[1]!;
const secretKey = hexToBytes(bureau.secretKey);
const publicKey = hexToBytes(bureau.publicKey);
const unsigned = {
  verdictId: 'V-2026-0147-S01',
  versionNo: 1,
  sha256: 'ab'.repeat(32),
  receivedAt: '2026-11-28T09:00:00.000Z',
  seq: 42,
};
const expected = { verdictId: unsigned.verdictId, versionNo: 1, sha256: unsigned.sha256 };

describe('receipts', () => {
  it('signs the canonical JSON of the receipt without its signature', () => {
    const receipt = signReceipt(unsigned, secretKey);
    const message = new TextEncoder().encode(canonicalJson(unsigned));
    expect(canonicalJson(unsigned)).toBe(
      `{"receivedAt":"2026-11-28T09:00:00.000Z","seq":42,"sha256":"${'ab'.repeat(32)}","verdictId":"V-2026-0147-S01","versionNo":1}`,
    );
    expect(nobleEd25519.verify(base64ToBytes(receipt.signature), message, publicKey)).toBe(true);
    expect(verifyReceipt(receipt, publicKey, expected)).toBe(true);
  });

  it('is deterministic, so a resend can be answered with the identical receipt', () => {
    expect(signReceipt(unsigned, secretKey)).toEqual(signReceipt({ ...unsigned }, secretKey));
  });

  it('fails on any changed field, another key or another version', () => {
    const receipt = signReceipt(unsigned, secretKey);
    expect(verifyReceipt({ ...receipt, seq: 43 }, publicKey)).toBe(false);
    expect(verifyReceipt({ ...receipt, receivedAt: '2026-11-28T09:00:01.000Z' }, publicKey)).toBe(false);
    expect(verifyReceipt(receipt, hexToBytes(rfc8032Vectors[0]!.publicKey))).toBe(false);
    expect(verifyReceipt(receipt, publicKey, { ...expected, versionNo: 2 })).toBe(false);
    expect(verifyReceipt(receipt, publicKey, { ...expected, sha256: 'cd'.repeat(32) })).toBe(false);
    expect(verifyReceipt({ ...receipt, signature: 'not base64' }, publicKey)).toBe(false);
    expect(verifyReceipt(null, publicKey)).toBe(false);
  });
});
