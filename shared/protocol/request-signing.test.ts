import { hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { rfc8032Vectors } from '../../test/fixtures/rfc8032-vectors.js';
import { checkRequestSignature, maxClockSkewMs, requestSigningString, signRequest, signatureHeaders } from './request-signing.js';

const vector = rfc8032Vectors[0]!;
const secretKey = hexToBytes(vector.secretKey);
const publicKey = hexToBytes(vector.publicKey);
const now = new Date('2026-11-28T08:00:00.000Z');
const body = utf8ToBytes('{"bundle":1}');
const path = '/v1/verdicts/V-1/versions/1';

const signed = (overrides: { now?: Date; nonce?: string } = {}) =>
  signRequest({ method: 'put', path, body, deviceId: 'D-1', secretKey, now: overrides.now ?? now, nonce: overrides.nonce ?? 'a1b2c3d4e5f60718' });

const check = (headers: Record<string, string>, changes: { method?: string; path?: string; body?: Uint8Array; now?: Date } = {}) =>
  checkRequestSignature({
    method: changes.method ?? 'PUT',
    path: changes.path ?? path,
    headers,
    body: changes.body ?? body,
    publicKey,
    now: changes.now ?? now,
  });

describe('request signing', () => {
  it('builds METHOD, PATH, TIMESTAMP, NONCE and the body hash on separate lines', () => {
    expect(requestSigningString({ method: 'get', path: '/v1/verdicts/V-1', timestamp: '2026-11-28T08:00:00.000Z', nonce: 'n'.repeat(16), body: new Uint8Array(0) })).toBe(
      'GET\n/v1/verdicts/V-1\n2026-11-28T08:00:00.000Z\nnnnnnnnnnnnnnnnn\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('sets the four headers and passes its own check', () => {
    const headers = signed();
    expect(Object.keys(headers).sort()).toEqual(Object.values(signatureHeaders).sort());
    expect(headers[signatureHeaders.timestamp]).toBe('2026-11-28T08:00:00.000Z');
    expect(check(headers)).toEqual({ ok: true, deviceId: 'D-1', nonce: 'a1b2c3d4e5f60718', timestamp: now });
  });

  it('reads headers case-insensitively as Node delivers them', () => {
    const lower = Object.fromEntries(Object.entries(signed()).map(([k, v]) => [k.toLowerCase(), v]));
    expect(check(lower).ok).toBe(true);
  });

  it('fails when the method, path or body differs from what was signed', () => {
    const headers = signed();
    expect(check(headers, { method: 'POST' })).toMatchObject({ ok: false, failure: 'signature-invalid' });
    expect(check(headers, { path: '/v1/verdicts/V-1/versions/2' })).toMatchObject({ ok: false, failure: 'signature-invalid' });
    expect(check(headers, { body: utf8ToBytes('{"bundle":2}') })).toMatchObject({ ok: false, failure: 'signature-invalid' });
  });

  it('refuses a timestamp more than five minutes away, either way', () => {
    const headers = signed();
    expect(check(headers, { now: new Date(now.getTime() + maxClockSkewMs) }).ok).toBe(true);
    expect(check(headers, { now: new Date(now.getTime() + maxClockSkewMs + 1) })).toMatchObject({ ok: false, failure: 'clock-skew' });
    expect(check(headers, { now: new Date(now.getTime() - maxClockSkewMs - 1) })).toMatchObject({ ok: false, failure: 'clock-skew' });
  });

  it('names the missing or malformed header', () => {
    const { [signatureHeaders.nonce]: _nonce, ...withoutNonce } = signed();
    expect(check(withoutNonce)).toEqual({ ok: false, failure: 'signature-missing', header: signatureHeaders.nonce });
    expect(check({ ...signed(), [signatureHeaders.timestamp]: 'yesterday' })).toEqual({ ok: false, failure: 'signature-malformed', header: signatureHeaders.timestamp });
    expect(check(signed({ nonce: 'short' }))).toEqual({ ok: false, failure: 'signature-malformed', header: signatureHeaders.nonce });
    expect(check({ ...signed(), [signatureHeaders.signature]: 'AAAA' })).toEqual({ ok: false, failure: 'signature-malformed', header: signatureHeaders.signature });
  });

  it('uses a fresh nonce for every request by default', () => {
    const a = signRequest({ method: 'GET', path, deviceId: 'D-1', secretKey });
    const b = signRequest({ method: 'GET', path, deviceId: 'D-1', secretKey });
    expect(a[signatureHeaders.nonce]).toMatch(/^[0-9a-f]{32}$/);
    expect(a[signatureHeaders.nonce]).not.toBe(b[signatureHeaders.nonce]);
  });
});
