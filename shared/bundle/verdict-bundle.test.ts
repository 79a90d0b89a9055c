import { hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { digestOf } from '../digest/digest.js';
import { bytesToBase64 } from '../protocol/base64.js';
import { rfc8032Vectors } from '../../test/fixtures/rfc8032-vectors.js';
import { sampleBundle } from '../../test/fixtures/sample-bundle.js';
import { bundleSignatureValid, signBundle, signedBundleSchema } from './signed-bundle.js';
import { bundleDigest, verdictBundleSchema } from './verdict-bundle.js';

const device = { deviceId: 'D-0001', secretKey: hexToBytes(rfc8032Vectors[0]!.secretKey) };

describe('verdict bundle', () => {
  it('accepts the sample bundle as it is', () => {
    const bundle = sampleBundle();
    expect(verdictBundleSchema.parse(bundle)).toEqual(bundle);
  });

  it('names the failing field', () => {
    const result = verdictBundleSchema.safeParse({ ...sampleBundle(), supersedes: 'abc' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['supersedes']);
    const unknown = verdictBundleSchema.safeParse({ ...sampleBundle(), extra: 1 });
    expect(unknown.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('refuses another format or version', () => {
    expect(verdictBundleSchema.safeParse({ ...sampleBundle(), format: 'zzpkg' }).success).toBe(false);
    expect(verdictBundleSchema.safeParse({ ...sampleBundle(), version: 2 }).success).toBe(false);
  });

  it('allows a manual meeting (no package) and minutes by digest', () => {
    const bundle = { ...sampleBundle(), packageId: null, minutes: { sha256: '0f'.repeat(32), bytes: 1234 } };
    expect(verdictBundleSchema.safeParse(bundle).success).toBe(true);
  });

  it('takes the audit chain head as an optional field, which the digest then covers', () => {
    const bundle = sampleBundle();
    const withHead = { ...bundle, auditHead: '1c'.repeat(32) };
    expect(verdictBundleSchema.parse(withHead)).toEqual(withHead);
    expect(verdictBundleSchema.parse(bundle)).not.toHaveProperty('auditHead');
    expect(verdictBundleSchema.safeParse({ ...bundle, auditHead: 'head' }).error?.issues[0]?.path).toEqual(['auditHead']);
    expect(bundleDigest(withHead)).not.toBe(bundleDigest(bundle));
  });

  it('digests the canonical JSON, independent of key order', () => {
    const bundle = sampleBundle();
    const reordered = Object.fromEntries(Object.entries(bundle).reverse()) as typeof bundle;
    expect(bundleDigest(reordered)).toBe(bundleDigest(bundle));
    expect(bundleDigest(bundle)).toBe(digestOf(bundle));
    expect(bundleDigest({ ...bundle, conclusion: '不通过' })).not.toBe(bundleDigest(bundle));
  });
});

describe('signed bundle', () => {
  it('signs with the device key and verifies with the enrolled key', () => {
    const signed = signBundle(sampleBundle(), device);
    expect(signedBundleSchema.parse(signed)).toEqual(signed);
    expect(signed.publicKey).toBe(bytesToBase64(hexToBytes(rfc8032Vectors[0]!.publicKey)));
    expect(bundleSignatureValid(signed)).toBe(true);
    expect(bundleSignatureValid(signed, hexToBytes(rfc8032Vectors[1]!.publicKey))).toBe(false);
  });

  it('fails once any field of the bundle changes', () => {
    const signed = signBundle(sampleBundle(), device);
    expect(bundleSignatureValid({ ...signed, bundle: { ...signed.bundle, outcome: 'fail' } })).toBe(false);
  });
});
