import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBureauContext } from '../../bureau/bureau-context.js';
import { enrollmentCodeHash, enrollmentCodeLifetimeMs, newEnrollmentCode } from '../../bureau/enrollment-code.js';
import { nodeEd25519 } from '../../node/crypto/ed25519.js';
import { sampleBundle } from '../fixtures/sample-bundle.js';
import { signBundle } from '../../shared/bundle/signed-bundle.js';
import { bytesToBase64 } from '../../shared/protocol/base64.js';
import { generateEd25519KeyPair } from '../../shared/protocol/ed25519.js';
import { bureauPaths, enrollmentResponseSchema } from '../../shared/protocol/messages.js';
import { signRequest } from '../../shared/protocol/request-signing.js';
import { type BureauProcess, startBureauProcess } from '../support/bureau-process.js';
import { type SlowUpload, startSlowUpload, statusOf } from '../support/slow-upload.js';

const megabyte = 1024 * 1024;
const declared = 15 * megabyte;

describe('sixty slow 15 MB uploads holding their last byte', () => {
  let dataDir: string;
  let bureau: BureauProcess;
  const uploads: SlowUpload[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'zz-bureau-slow-'));
    bureau = await startBureauProcess(dataDir, undefined);
  }, 120_000);
  afterAll(async () => {
    for (const upload of uploads) upload.close();
    await bureau?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const enroll = async () => {
    const context = await openBureauContext(dataDir, undefined);
    const code = newEnrollmentCode();
    const now = new Date();
    await context.repository.addEnrollmentCode(enrollmentCodeHash(code), null, now.toISOString(), new Date(now.getTime() + enrollmentCodeLifetimeMs).toISOString());
    await context.repository.close();
    const key = generateEd25519KeyPair();
    const response = await fetch(`${bureau.url}${bureauPaths.devices}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enrollmentCode: code, publicKey: bytesToBase64(key.publicKey), deviceName: '慢速上传' }),
    });
    return { deviceId: enrollmentResponseSchema.parse(await response.json()).deviceId, ...key };
  };

  it('keep the peak memory of the bureau bounded, get refused fast past the limits, and leave it serving', async () => {
    const devices = await Promise.all([1, 2, 3, 4].map(enroll));
    const before = await bureau.memoryMiB();
    const path = bureauPaths.verdictVersion('V-slow', 1);
    const headersOf = (index: number): Record<string, string> => {
      const device = devices[index % 5];
      const signature = device ? signRequest({ method: 'PUT', path, body: '', deviceId: device.deviceId, secretKey: device.secretKey }, nodeEd25519) : {};
      return { 'Content-Type': 'application/json', ...signature };
    };
    // One in five unsigned, the rest signed by one of four enrolled devices (signed over no body: they pass until the body is in).
    uploads.push(...(await Promise.all(Array.from({ length: 60 }, (_, i) => startSlowUpload(bureau.url, { method: 'PUT', path, headers: headersOf(i), declared, sent: declared - 1 })))));
    const peak = await bureau.peakMemoryMiB();
    // Refusals come at once on a quiet machine and within seconds on a loaded one; the few admitted uploads never
    // answer, so the wait is one ceiling for all together, long enough that a refusal late under load still counts.
    const refused = await Promise.all(uploads.map((upload) => upload.answer(60_000)));
    const statuses = refused.map(statusOf).filter((status) => status !== null);
    // The unsigned are refused on their headers. The bureau closes a refused upload without reading the rest, so on a
    // loaded machine the reset of that close can overtake the 401 on its way to a client still sending: no answer
    // then, but never any other one.
    const unsigned = refused.filter((_, i) => i % 5 === 4).map(statusOf);
    expect(unsigned.every((status) => status === 401 || status === null)).toBe(true);
    expect(unsigned.filter((status) => status === 401).length).toBeGreaterThanOrEqual(10);
    expect(statuses.length).toBeGreaterThanOrEqual(52);
    expect(statuses.every((status) => status === 401 || status === 429 || status === 503)).toBe(true);
    // 60 × 15 MB read before checking would be 900 MB; the bureau admits at most 64 MiB of bodies.
    expect(peak - before).toBeLessThan(160);

    for (const upload of uploads) upload.close();
    const device = devices[0]!;
    const bundle = sampleBundle('V-after-slow-uploads');
    const body = JSON.stringify(signBundle(bundle, device, nodeEd25519));
    const store = () => {
      const target = bureauPaths.verdictVersion(bundle.verdictId, 1);
      const headers = signRequest({ method: 'PUT', path: target, body, deviceId: device.deviceId, secretKey: device.secretKey }, nodeEd25519);
      return fetch(`${bureau.url}${target}`, { method: 'PUT', headers: { 'content-type': 'application/json', ...headers }, body });
    };
    // The bureau sees the closed connections a moment later; until then it may still say it is busy.
    let status = (await store()).status;
    for (const deadline = Date.now() + 30_000; (status === 503 || status === 429) && Date.now() < deadline; ) status = (await store()).status;
    expect(status).toBe(201);
  }, 180_000);
});
