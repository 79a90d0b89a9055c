import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBundle } from '../../test/fixtures/sample-bundle.js';
import { signBundle } from '../../shared/bundle/signed-bundle.js';
import { bureauPaths } from '../../shared/protocol/messages.js';
import { signRequest } from '../../shared/protocol/request-signing.js';
import { type SlowUpload, startSlowUpload, statusOf } from '../../test/support/slow-upload.js';
import { nodeEd25519 } from '../../node/crypto/ed25519.js';
import { type BureauHarness, type TestDevice, startHarness } from '../../test/support/bureau-harness.js';
import { RequestAdmission } from './request-admission.js';

const megabyte = 1024 * 1024;

describe('request admission', () => {
  it('bounds requests per caller, in total and by declared bytes, and gives each place back once', () => {
    const admission = new RequestAdmission({ perCaller: 2, total: 3, bodyBytes: 100 });
    const a1 = admission.admit('a', 10);
    admission.admit('a', 10);
    expect(() => admission.admit('a', 10)).toThrow(expect.objectContaining({ status: 429, code: 'too-many-requests' }));
    expect(() => admission.admit('b', 81)).toThrow(expect.objectContaining({ status: 503, code: 'bureau-busy' }));
    admission.admit('b', 80);
    expect(() => admission.admit('c', 0)).toThrow(expect.objectContaining({ status: 503 }));
    a1();
    a1();
    expect(() => admission.admit('c', 1)).not.toThrow();
    expect(() => admission.admit('d', 0)).toThrow(expect.objectContaining({ status: 503 }));
  });
});

describe('the bureau reads no body before the headers, the device and the length pass', () => {
  let bureau: BureauHarness;
  let device: TestDevice;
  let other: TestDevice;
  const uploads: SlowUpload[] = [];

  beforeAll(async () => {
    bureau = await startHarness({ kind: 'sqlite' }, { admission: { perCaller: 2, total: 8, bodyBytes: 3 * megabyte } });
    device = await bureau.enroll();
    other = await bureau.enroll('第二台工作站');
  });
  afterAll(async () => {
    for (const upload of uploads) upload.close();
    await bureau?.close();
  });

  const path = bureauPaths.verdictVersion('V-slow', 1);
  const signedHeaders = (who: TestDevice, body = '') => ({
    'Content-Type': 'application/json',
    ...signRequest({ method: 'PUT', path, body, deviceId: who.deviceId, secretKey: who.secretKey }, nodeEd25519),
  });
  const upload = async (headers: Record<string, string>, declared: number, sent = Math.min(declared - 1, 256 * 1024)) => {
    const started = await startSlowUpload(bureau.url, { method: 'PUT', path, headers, declared, sent });
    uploads.push(started);
    return started;
  };

  it('answers an unsigned upload with 401 at once and closes it, the body unread', async () => {
    const answer = await (await upload({ 'Content-Type': 'application/json' }, 15 * megabyte, 15 * megabyte - 1)).answer();
    expect(statusOf(answer)).toBe(401);
    expect(answer).toContain('signature-missing');
    expect(answer.toLowerCase()).toContain('connection: close');
  });

  it('refuses a wrong media type, an oversized or undeclared length before reading', async () => {
    expect(statusOf(await (await upload({ ...signedHeaders(device), 'Content-Type': 'text/plain' }, megabyte)).answer())).toBe(415);
    expect(statusOf(await (await upload(signedHeaders(device), 17 * megabyte)).answer())).toBe(413);
    const chunked = await startSlowUpload(bureau.url, { method: 'PUT', path, headers: signedHeaders(device), declared: 'chunked', sent: 0 });
    uploads.push(chunked);
    expect(statusOf(await chunked.answer())).toBe(411);
  });

  it('limits slow uploads per device and by bytes in total, and frees their places when they end', async () => {
    const three = await Promise.all([1, 2, 3].map(() => upload(signedHeaders(device), megabyte)));
    // Whichever reaches the server last is refused and closed; the two admitted ones stay silent.
    const refused = await Promise.race(three.map(async (slow) => ({ slow, answer: await slow.answer(60_000) })));
    expect(statusOf(refused.answer)).toBe(429);
    const held = three.filter((slow) => slow !== refused.slow);
    const tooBig = await (await upload(signedHeaders(other), 2 * megabyte)).answer();
    expect(statusOf(tooBig)).toBe(503);
    for (const slow of held) slow.close();
    const bundle = sampleBundle('V-after-slow');
    const store = () => bureau.signed(device, { method: 'PUT', path: bureauPaths.verdictVersion(bundle.verdictId, 1), body: signBundle(bundle, device, nodeEd25519) });
    // The server learns of the closed connections a moment after the client closes them.
    let stored = await store();
    for (const deadline = Date.now() + 10_000; stored.status === 429 && Date.now() < deadline; ) stored = await store();
    expect(stored.status).toBe(201);
  });
});
