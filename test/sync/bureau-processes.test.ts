import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BureauContext } from '../../bureau/bureau-context.js';
import { enrollmentCodeHash, enrollmentCodeLifetimeMs, newEnrollmentCode } from '../../bureau/enrollment-code.js';
import { nodeEd25519 } from '../../node/crypto/ed25519.js';
import { openTestContext, testStorages } from '../support/bureau-harness.js';
import { sampleBundle } from '../fixtures/sample-bundle.js';
import { signBundle } from '../../shared/bundle/signed-bundle.js';
import type { VerdictBundle } from '../../shared/bundle/verdict-bundle.js';
import { bytesToBase64 } from '../../shared/protocol/base64.js';
import { generateEd25519KeyPair } from '../../shared/protocol/ed25519.js';
import { errorBodySchema } from '../../shared/protocol/error-body.js';
import { bureauPaths, enrollmentResponseSchema, putVerdictResponseSchema } from '../../shared/protocol/messages.js';
import { type Receipt, verifyReceipt } from '../../shared/protocol/receipt.js';
import { signRequest } from '../../shared/protocol/request-signing.js';
import { type BureauProcess, startBureauProcess } from '../support/bureau-process.js';

interface Device {
  deviceId: string;
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

interface Prepared {
  path: string;
  body: string;
  headers: Record<string, string>;
}

/** A signed PUT of `bundle`, ready to send to any process (and to send again, as a replay). */
const preparePut = (device: Device, bundle: VerdictBundle): Prepared => {
  const path = bureauPaths.verdictVersion(bundle.verdictId, bundle.versionNo);
  const body = JSON.stringify(signBundle(bundle, device, nodeEd25519));
  const signature = signRequest({ method: 'PUT', path, body, deviceId: device.deviceId, secretKey: device.secretKey }, nodeEd25519);
  return { path, body, headers: { 'content-type': 'application/json', ...signature } };
};

const send = async (to: BureauProcess, request: Prepared): Promise<{ status: number; json: unknown }> => {
  const response = await fetch(`${to.url}${request.path}`, { method: 'PUT', headers: request.headers, body: request.body });
  return { status: response.status, json: await response.json() };
};

const receiptOf = (answer: { json: unknown }): Receipt => putVerdictResponseSchema.parse(answer.json).receipt;

// Two processes and a dozen tsx cold starts on a busy two-core machine.
const suiteTimeoutMs = 180_000;

for (const { name, storage, skipNote } of testStorages()) {
  describe.skipIf(storage === null)(`two bureau processes on one ${name} store${skipNote}`, () => {
    let context: BureauContext;
    let databaseUrl: string | undefined;
    let dispose: () => Promise<void>;
    let a: BureauProcess;
    let b: BureauProcess;
    let counter = 0;

    beforeAll(async () => {
      ({ context, databaseUrl, dispose } = await openTestContext(storage!));
      [a, b] = await Promise.all([startBureauProcess(context.dataDir, databaseUrl), startBureauProcess(context.dataDir, databaseUrl)]);
    }, suiteTimeoutMs);
    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      await dispose?.();
    });

    const enroll = async (at: BureauProcess): Promise<Device> => {
      const code = newEnrollmentCode();
      const now = new Date();
      await context.repository.addEnrollmentCode(enrollmentCodeHash(code), null, now.toISOString(), new Date(now.getTime() + enrollmentCodeLifetimeMs).toISOString());
      const key = generateEd25519KeyPair();
      const response = await fetch(`${at.url}${bureauPaths.devices}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ enrollmentCode: code, publicKey: bytesToBase64(key.publicKey), deviceName: `进程测试 ${name}` }),
      });
      expect(response.status).toBe(201);
      return { deviceId: enrollmentResponseSchema.parse(await response.json()).deviceId, ...key };
    };
    const freshBundle = (): VerdictBundle => {
      counter += 1;
      return sampleBundle(`V-proc-${name}-${counter}`, `S${String(counter).padStart(2, '0')}`);
    };

    it('refuses a request replayed to the other process, and an enrollment code spent at the other one', async () => {
      const device = await enroll(a);
      const request = preparePut(device, freshBundle());
      expect((await send(a, request)).status).toBe(201);
      const replay = await send(b, request);
      expect(replay.status).toBe(401);
      expect(errorBodySchema.parse(replay.json).error).toBe('nonce-replayed');

      const code = newEnrollmentCode();
      const now = new Date();
      await context.repository.addEnrollmentCode(enrollmentCodeHash(code), null, now.toISOString(), new Date(now.getTime() + enrollmentCodeLifetimeMs).toISOString());
      const enrollAt = (at: BureauProcess) =>
        fetch(`${at.url}${bureauPaths.devices}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ enrollmentCode: code, publicKey: bytesToBase64(generateEd25519KeyPair().publicKey), deviceName: '重复注册' }),
        });
      const statuses = (await Promise.all([enrollAt(a), enrollAt(b), enrollAt(a), enrollAt(b)])).map((r) => r.status).sort();
      expect(statuses).toEqual([201, 401, 401, 401]);
    }, suiteTimeoutMs);

    it('settles concurrent stores of one version across processes: one 201, the rest 200 or 409, one record', async () => {
      const device = await enroll(b);
      const bundle = freshBundle();
      const variants = [bundle, { ...bundle, conclusion: '另一份内容' }];
      const answers = await Promise.all(
        Array.from({ length: 16 }, (_, i) => send(i % 2 === 0 ? a : b, preparePut(device, variants[i % 3 === 0 ? 1 : 0]!))),
      );
      const statuses = answers.map((answer) => answer.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.every((s) => s === 201 || s === 200 || s === 409)).toBe(true);
      const stored = await context.repository.listVersions(bundle.verdictId);
      expect(stored).toHaveLength(1);
      for (const answer of answers.filter((x) => x.status === 200 || x.status === 201)) expect(receiptOf(answer)).toEqual(stored[0]!.receipt);
    }, suiteTimeoutMs);

    it('gives concurrent distinct versions across processes distinct seq numbers, every one stored', async () => {
      const device = await enroll(a);
      const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => send(i % 2 === 0 ? a : b, preparePut(device, freshBundle()))));
      expect(answers.map((answer) => answer.status)).toEqual(Array(24).fill(201));
      const receipts = answers.map(receiptOf);
      expect(new Set(receipts.map((r) => r.seq)).size).toBe(24);
      for (const receipt of receipts) {
        expect(verifyReceipt(receipt, context.key.publicKey)).toBe(true);
        expect((await context.repository.findVersion(receipt.verdictId, 1))?.receipt).toEqual(receipt);
      }
    }, suiteTimeoutMs);

    it('loses no acknowledged verdict when one process is killed with SIGKILL under load', async () => {
      const devices = await Promise.all(Array.from({ length: 8 }, (_, i) => enroll(i % 2 === 0 ? a : b)));
      const acknowledged: Receipt[] = [];
      let unanswered = 0;
      let killed: Promise<void> | null = null;
      const killAfter = 40;
      const perClient = 25;
      await Promise.all(
        devices.map(async (device, c) => {
          for (let i = 0; i < perClient; i += 1) {
            const target = (c + i) % 2 === 0 ? a : b;
            try {
              const answer = await send(target, preparePut(device, freshBundle()));
              if (answer.status === 201 || answer.status === 200) acknowledged.push(receiptOf(answer));
              else throw new Error(`意外的应答 ${answer.status}：${JSON.stringify(answer.json)}`);
            } catch (error) {
              if (target !== a || killed === null) throw error;
              unanswered += 1;
            }
            if (acknowledged.length >= killAfter && killed === null) killed = a.kill();
          }
        }),
      );
      await killed;
      expect(await a.exited).toBe('SIGKILL');
      expect(unanswered).toBeGreaterThan(0);
      expect(acknowledged.length).toBeGreaterThan(killAfter);
      for (const receipt of acknowledged) {
        expect((await context.repository.findVersion(receipt.verdictId, receipt.versionNo))?.receipt).toEqual(receipt);
      }
      a = await startBureauProcess(context.dataDir, databaseUrl);
    }, suiteTimeoutMs);
  });
}
