import { promises as fs } from 'node:fs';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBundle } from '../../test/fixtures/sample-bundle.js';
import { type SignedBundle, signBundle } from '../../shared/bundle/signed-bundle.js';
import { type VerdictBundle, bundleDigest } from '../../shared/bundle/verdict-bundle.js';
import { bytesToBase64 } from '../../shared/protocol/base64.js';
import { generateEd25519KeyPair } from '../../shared/protocol/ed25519.js';
import { errorBodySchema } from '../../shared/protocol/error-body.js';
import { bureauPaths, enrollmentResponseSchema, putVerdictResponseSchema, verdictHistorySchema } from '../../shared/protocol/messages.js';
import { type Receipt, verifyReceipt } from '../../shared/protocol/receipt.js';
import { maxClockSkewMs, signRequest } from '../../shared/protocol/request-signing.js';
import { verifyManifestSignature } from '../../shared/package/signature.js';
import { publishPackage } from '../package-publishing.js';
import { type BureauHarness, type HttpAnswer, type TestDevice, startHarness, testStorages } from '../../test/support/bureau-harness.js';


const sampleManifest = new URL('../../test/fixtures/packages/sample-manifest.json', import.meta.url);

const errorOf = (answer: HttpAnswer) => errorBodySchema.parse(answer.json);

for (const { name, storage, skipNote } of testStorages()) {
  describe.skipIf(storage === null)(`bureau HTTP API on ${name}${skipNote}`, () => {
    let bureau: BureauHarness;
    let device: TestDevice;
    let verdictCounter = 0;

    beforeAll(async () => {
      bureau = await startHarness(storage!);
      device = await bureau.enroll();
    });
    afterAll(async () => {
      await bureau?.close();
    });

    const freshBundle = (): VerdictBundle => {
      verdictCounter += 1;
      return sampleBundle(`V-${name}-${verdictCounter}`, `S${String(verdictCounter).padStart(2, '0')}`);
    };
    const signedBy = (who: TestDevice, bundle: VerdictBundle): SignedBundle => signBundle(bundle, { deviceId: who.deviceId, secretKey: who.secretKey });
    const put = (who: TestDevice, body: unknown, verdictId: string, versionNo: number) =>
      bureau.signed(who, { method: 'PUT', path: bureauPaths.verdictVersion(verdictId, versionNo), body });
    const putSigned = (signed: SignedBundle, who = device) => put(who, signed, signed.bundle.verdictId, signed.bundle.versionNo);
    const receiptOf = (answer: HttpAnswer): Receipt => putVerdictResponseSchema.parse(answer.json).receipt;

    describe('POST /v1/devices', () => {
      it('enrolls a device once per code and answers with the bureau key', async () => {
        const code = await bureau.newCode();
        const { publicKey } = generateEd25519KeyPair();
        const body = { enrollmentCode: code.toLowerCase(), publicKey: bytesToBase64(publicKey), deviceName: '秘书处笔记本' };
        const first = await bureau.send({ method: 'POST', path: bureauPaths.devices, body });
        expect(first.status).toBe(201);
        expect(enrollmentResponseSchema.parse(first.json)).toMatchObject({
          bureauKeyId: bureau.key.keyId,
          bureauPublicKey: bytesToBase64(bureau.key.publicKey),
        });
        const again = await bureau.send({ method: 'POST', path: bureauPaths.devices, body });
        expect(again.status).toBe(401);
        expect(errorOf(again)).toMatchObject({ error: 'enrollment-code-invalid', field: 'enrollmentCode' });
      });

      it('refuses an unknown code and names a malformed field', async () => {
        const { publicKey } = generateEd25519KeyPair();
        const unknown = await bureau.send({
          method: 'POST',
          path: bureauPaths.devices,
          body: { enrollmentCode: 'AAAA-BBBB-CCCC-DDDD', publicKey: bytesToBase64(publicKey), deviceName: 'x' },
        });
        expect(unknown.status).toBe(401);
        const malformed = await bureau.send({
          method: 'POST',
          path: bureauPaths.devices,
          body: { enrollmentCode: await bureau.newCode(), publicKey: 'AAAA', deviceName: 'x' },
        });
        expect(malformed.status).toBe(422);
        expect(errorOf(malformed).field).toBe('publicKey');
      });
    });

    describe('request signatures', () => {
      const path = () => bureauPaths.verdict('V-none');

      it('refuses an unknown device with 401', async () => {
        const stranger = { deviceId: 'D-unknown', ...generateEd25519KeyPair() };
        const answer = await bureau.signed(stranger, { method: 'GET', path: path() });
        expect(answer.status).toBe(401);
        expect(errorOf(answer).error).toBe('unknown-device');
      });

      it('refuses a request without signature headers', async () => {
        const answer = await bureau.send({ method: 'GET', path: path() });
        expect(answer.status).toBe(401);
        expect(errorOf(answer)).toMatchObject({ error: 'signature-missing' });
      });

      it('refuses a clock more than five minutes off, either way', async () => {
        for (const offset of [-(maxClockSkewMs + 60_000), maxClockSkewMs + 60_000]) {
          const answer = await bureau.signed(device, { method: 'GET', path: path() }, { now: new Date(Date.now() + offset) });
          expect(answer.status).toBe(401);
          expect(errorOf(answer).error).toBe('clock-skew');
        }
        const slightlyOff = await bureau.signed(device, { method: 'GET', path: path() }, { now: new Date(Date.now() - 60_000) });
        expect(slightlyOff.status).toBe(404);
      });

      it('refuses a replayed nonce', async () => {
        const nonce = `replay-${Date.now()}-abcdef`;
        const first = await bureau.signed(device, { method: 'GET', path: path() }, { nonce });
        expect(first.status).toBe(404);
        const replay = await bureau.signed(device, { method: 'GET', path: path() }, { nonce });
        expect(replay.status).toBe(401);
        expect(errorOf(replay).error).toBe('nonce-replayed');
      });

      it('refuses a signature by another key and a body changed after signing', async () => {
        const impostor = { ...generateEd25519KeyPair(), deviceId: device.deviceId };
        const forged = await bureau.signed(impostor, { method: 'GET', path: path() });
        expect(errorOf(forged).error).toBe('signature-invalid');
        const signed = signedBy(device, freshBundle());
        const target = bureauPaths.verdictVersion(signed.bundle.verdictId, 1);
        const headers = signRequest({ method: 'PUT', path: target, body: JSON.stringify(signed), deviceId: device.deviceId, secretKey: device.secretKey });
        const altered = { ...signed, bundle: { ...signed.bundle, conclusion: '篡改' } };
        const answer = await bureau.send({ method: 'PUT', path: target, body: altered, headers });
        expect(answer.status).toBe(401);
        expect(errorOf(answer).error).toBe('signature-invalid');
      });
    });

    describe('PUT /v1/verdicts/{verdictId}/versions/{n}', () => {
      it('stores a new version (201) with a receipt signed by the bureau key', async () => {
        const signed = signedBy(device, freshBundle());
        const answer = await putSigned(signed);
        expect(answer.status).toBe(201);
        const receipt = receiptOf(answer);
        expect(receipt).toMatchObject({ verdictId: signed.bundle.verdictId, versionNo: 1, sha256: bundleDigest(signed.bundle) });
        expect(verifyReceipt(receipt, bureau.key.publicKey, { verdictId: signed.bundle.verdictId, versionNo: 1, sha256: bundleDigest(signed.bundle) })).toBe(true);
        expect(await bureau.repository.findVersion(signed.bundle.verdictId, 1)).toMatchObject({ sha256: receipt.sha256, receipt });
      });

      it('answers an identical resend with 200 and the same receipt', async () => {
        const signed = signedBy(device, freshBundle());
        const first = receiptOf(await putSigned(signed));
        const again = await putSigned(signed);
        expect(again.status).toBe(200);
        expect(receiptOf(again)).toEqual(first);
      });

      it('answers different content for the same id and version with 409', async () => {
        const signed = signedBy(device, freshBundle());
        expect((await putSigned(signed)).status).toBe(201);
        const different = signedBy(device, { ...signed.bundle, conclusion: '专家组意见：修改后通过。' });
        const answer = await putSigned(different);
        expect(answer.status).toBe(409);
        expect(errorOf(answer).error).toBe('version-conflict');
      });

      it('gives receipts increasing seq numbers', async () => {
        const seqs: number[] = [];
        for (let i = 0; i < 3; i += 1) seqs.push(receiptOf(await putSigned(signedBy(device, freshBundle()))).seq);
        expect(seqs[1]!).toBeGreaterThan(seqs[0]!);
        expect(seqs[2]!).toBeGreaterThan(seqs[1]!);
      });

      it('refuses a tampered bundle with 422 on the signature', async () => {
        const signed = signedBy(device, freshBundle());
        const tampered = { ...signed, bundle: { ...signed.bundle, outcome: 'fail' as const } };
        const answer = await putSigned(tampered);
        expect(answer.status).toBe(422);
        expect(errorOf(answer)).toMatchObject({ error: 'bundle-signature-invalid', field: 'signature' });
      });

      it('refuses a bundle signed by another key than the enrolled one', async () => {
        const other = generateEd25519KeyPair();
        const signed = signBundle(freshBundle(), { deviceId: device.deviceId, secretKey: other.secretKey });
        const withEnrolledKey = { ...signed, publicKey: bytesToBase64(device.publicKey) };
        expect(errorOf(await putSigned(withEnrolledKey))).toMatchObject({ error: 'bundle-signature-invalid', field: 'signature' });
        expect(errorOf(await putSigned(signed))).toMatchObject({ error: 'device-mismatch', field: 'publicKey' });
      });

      it('refuses a bundle of another device than the caller', async () => {
        const second = await bureau.enroll('另一台工作站');
        const signed = signedBy(second, freshBundle());
        const answer = await putSigned(signed, device);
        expect(answer.status).toBe(422);
        expect(errorOf(answer)).toMatchObject({ error: 'device-mismatch', field: 'deviceId' });
        expect((await putSigned(signed, second)).status).toBe(201);
      });

      it('refuses a path that does not match the bundle', async () => {
        const signed = signedBy(device, freshBundle());
        const wrongId = await put(device, signed, `${signed.bundle.verdictId}-x`, 1);
        expect(wrongId.status).toBe(422);
        expect(errorOf(wrongId)).toMatchObject({ error: 'path-mismatch', field: 'bundle.verdictId' });
        const wrongVersion = await put(device, signed, signed.bundle.verdictId, 2);
        expect(errorOf(wrongVersion)).toMatchObject({ error: 'path-mismatch', field: 'bundle.versionNo' });
      });

      it('names the failing field of an invalid bundle', async () => {
        const signed = signedBy(device, freshBundle());
        const invalid = { ...signed, bundle: { ...signed.bundle, outcome: 'maybe' } };
        const answer = await putSigned(invalid as unknown as SignedBundle);
        expect(answer.status).toBe(422);
        expect(errorOf(answer)).toMatchObject({ error: 'invalid-bundle', field: 'bundle.outcome' });
        const notJson = await bureau.signed(device, { method: 'PUT', path: bureauPaths.verdictVersion('V-x', 1), body: '{oops' });
        expect(notJson.status).toBe(400);
      });

      it('chains versions: version 2 must name the stored version 1 digest', async () => {
        const first = signedBy(device, freshBundle());
        expect((await putSigned(first)).status).toBe(201);
        const amended = { ...first.bundle, versionNo: 2, conclusion: '修订后的结论。' };
        const unchained = await putSigned(signedBy(device, { ...amended, supersedes: 'ab'.repeat(32) }));
        expect(errorOf(unchained)).toMatchObject({ error: 'invalid-bundle', field: 'bundle.supersedes' });
        const chained = await putSigned(signedBy(device, { ...amended, supersedes: bundleDigest(first.bundle) }));
        expect(chained.status).toBe(201);
      });

      it('stores one record and returns one receipt for concurrent identical PUTs', async () => {
        const signed = signedBy(device, freshBundle());
        const answers = await Promise.all(Array.from({ length: 16 }, () => putSigned(signed)));
        expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
        expect(answers.filter((a) => a.status === 200)).toHaveLength(15);
        const receipts = answers.map(receiptOf);
        for (const receipt of receipts) expect(receipt).toEqual(receipts[0]);
        expect(await bureau.repository.listVersions(signed.bundle.verdictId)).toHaveLength(1);
      });

      it('gives concurrent distinct verdicts distinct seq numbers', async () => {
        const before = await bureau.repository.countVersions();
        const answers = await Promise.all(Array.from({ length: 12 }, () => putSigned(signedBy(device, freshBundle()))));
        expect(answers.every((a) => a.status === 201)).toBe(true);
        expect(new Set(answers.map((a) => receiptOf(a).seq)).size).toBe(12);
        expect(await bureau.repository.countVersions()).toBe(before + 12);
      });
    });

    describe('GET /v1/verdicts/{verdictId}', () => {
      it('lists every version with its receipt', async () => {
        const first = signedBy(device, freshBundle());
        const r1 = receiptOf(await putSigned(first));
        const second = signedBy(device, { ...first.bundle, versionNo: 2, supersedes: r1.sha256, conclusion: '第二版' });
        const r2 = receiptOf(await putSigned(second));
        const answer = await bureau.signed(device, { method: 'GET', path: bureauPaths.verdict(first.bundle.verdictId) });
        expect(answer.status).toBe(200);
        const history = verdictHistorySchema.parse(answer.json);
        expect(history.versions.map((v) => v.receipt)).toEqual([r1, r2]);
        expect(history.versions[1]?.signed).toEqual(second);
      });

      it('answers 404 for a verdict it does not have', async () => {
        const answer = await bureau.signed(device, { method: 'GET', path: bureauPaths.verdict('V-never') });
        expect(answer.status).toBe(404);
        expect(errorOf(answer).error).toBe('not-found');
      });
    });

    describe('GET /v1/meetings/{meetingId}/package', () => {
      it('serves the published package, signed by the bureau key', async () => {
        const missing = await bureau.signed(device, { method: 'GET', path: bureauPaths.meetingPackage('M-2026-0147') });
        expect(missing.status).toBe(404);

        const manifestBytes = await fs.readFile(sampleManifest);
        const source = `${bureau.dataDir}/incoming.zzpkg`;
        const zip = new yazl.ZipFile();
        zip.addBuffer(manifestBytes, 'manifest.json');
        zip.addBuffer(Buffer.from('%PDF-1.7 送审稿'), 'materials/S01/draft.pdf');
        zip.end();
        await fs.writeFile(source, zip.outputStream);
        const record = await publishPackage(bureau, 'M-2026-0147', source);

        const answer = await bureau.signed(device, { method: 'GET', path: bureauPaths.meetingPackage('M-2026-0147') });
        expect(answer.status).toBe(200);
        expect(answer.headers.get('content-type')).toBe('application/zip');
        expect(answer.bytes.length).toBe(record.bytes);
        const entries = await zipEntries(answer.bytes);
        expect(entries.get('manifest.json')).toEqual(manifestBytes);
        expect(entries.get('materials/S01/draft.pdf')?.toString()).toBe('%PDF-1.7 送审稿');
        const signature = JSON.parse(entries.get('signature.json')?.toString() ?? 'null');
        expect(signature.keyId).toBe(bureau.key.keyId);
        expect(verifyManifestSignature(new Uint8Array(manifestBytes), signature, bureau.key.publicKey).valid).toBe(true);
        await expect(publishPackage(bureau, 'M-other', source)).rejects.toThrow('不是会议 M-other 的');
      });
    });

    describe('routing', () => {
      it('answers unknown paths with 404 and wrong methods with 405', async () => {
        expect((await bureau.send({ method: 'GET', path: '/v2/anything' })).status).toBe(404);
        const wrong = await bureau.send({ method: 'DELETE', path: bureauPaths.devices });
        expect(wrong.status).toBe(405);
        expect(errorOf(wrong).error).toBe('method-not-allowed');
      });
    });
  });
}

const zipEntries = async (bytes: Buffer): Promise<Map<string, Buffer>> => {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const entries = new Map<string, Buffer>();
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    entries.set(entry.fileName, Buffer.concat(chunks));
  }
  return entries;
};
