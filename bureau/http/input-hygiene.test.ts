import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBundle } from '../../test/fixtures/sample-bundle.js';
import { signBundle } from '../../shared/bundle/signed-bundle.js';
import { type VerdictBundle, bundleDigest } from '../../shared/bundle/verdict-bundle.js';
import { errorBodySchema } from '../../shared/protocol/error-body.js';
import { bureauPaths, putVerdictResponseSchema, verdictHistorySchema } from '../../shared/protocol/messages.js';
import { signRequest } from '../../shared/protocol/request-signing.js';
import { nodeEd25519 } from '../../node/crypto/ed25519.js';
import { type BureauHarness, type HttpAnswer, type TestDevice, startHarness, testStorages } from '../../test/support/bureau-harness.js';

const errorOf = (answer: HttpAnswer) => errorBodySchema.parse(answer.json);

for (const { name, storage, skipNote } of testStorages()) {
  describe.skipIf(storage === null)(`bureau input hygiene on ${name}${skipNote}`, () => {
    let bureau: BureauHarness;
    let device: TestDevice;
    let counter = 0;

    beforeAll(async () => {
      bureau = await startHarness(storage!);
      device = await bureau.enroll();
    });
    afterAll(async () => {
      await bureau?.close();
    });

    const freshBundle = (): VerdictBundle => {
      counter += 1;
      return sampleBundle(`V-hyg-${name}-${counter}`, `S${String(counter).padStart(2, '0')}`);
    };
    /** Signed request and signed bundle, with the body as given (so odd bytes reach the bureau unchanged). */
    const putRaw = (verdictId: string, body: string, headers: Record<string, string> = {}) => {
      const path = bureauPaths.verdictVersion(verdictId, 1);
      const signature = signRequest({ method: 'PUT', path, body, deviceId: device.deviceId, secretKey: device.secretKey }, nodeEd25519);
      return bureau.send({ method: 'PUT', path, body, headers: { ...signature, ...headers } });
    };
    const putBundle = (bundle: VerdictBundle, pathId = bundle.verdictId) => putRaw(pathId, JSON.stringify(signBundle(bundle, device, nodeEd25519)));

    it('refuses verdict, meeting and submission ids with control characters, naming the field', async () => {
      for (const [field, value] of [
        ['verdictId', 'V-1\u001b[2J'],
        ['verdictId', 'V-1\tforged'],
        ['meetingId', 'M-1\n#1\tV-forged'],
        ['submissionId', 'S\u202e01'],
      ] as const) {
        const bundle = { ...freshBundle(), [field]: value };
        const answer = await putBundle(bundle, field === 'verdictId' ? 'V-path' : bundle.verdictId);
        expect(answer.status, `${field} ${JSON.stringify(value)}`).toBe(422);
        expect(errorOf(answer)).toMatchObject({ error: 'invalid-bundle', field: `bundle.${field}` });
      }
      const inPath = await bureau.signed(device, { method: 'GET', path: `/v1/verdicts/${encodeURIComponent('V\u001b[2J')}` });
      expect(inPath.status).toBe(400);
      expect(errorOf(inPath).field).toBe('verdictId');
      expect(await bureau.repository.countVersions()).toBe(0);
    });

    it('accepts ids in Chinese with punctuation', async () => {
      const bundle = { ...freshBundle(), meetingId: '浙制评〔2026〕3号' };
      expect((await putBundle(bundle)).status).toBe(201);
    });

    it('requires Content-Type application/json with 415', async () => {
      const bundle = freshBundle();
      const body = JSON.stringify(signBundle(bundle, device, nodeEd25519));
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', '']) {
        const answer = await putRaw(bundle.verdictId, body, { 'content-type': type });
        expect(answer.status, type).toBe(415);
        expect(errorOf(answer).error).toBe('unsupported-media-type');
      }
      expect((await putRaw(bundle.verdictId, body, { 'content-type': 'application/json; charset=utf-8' })).status).toBe(201);
    });

    it('names the failing field before looking at the signature', async () => {
      const signed = signBundle(freshBundle(), device, nodeEd25519);
      const broken = { ...signed, signature: 'A'.repeat(86) + '==', bundle: { ...signed.bundle, outcome: 'maybe' } };
      const answer = await putRaw(signed.bundle.verdictId, JSON.stringify(broken));
      expect(answer.status).toBe(422);
      expect(errorOf(answer)).toMatchObject({ error: 'invalid-bundle', field: 'bundle.outcome' });
      const unknown = { ...signed, bundle: { ...signed.bundle, note: '未知字段' } };
      expect(errorOf(await putRaw(signed.bundle.verdictId, JSON.stringify(unknown)))).toMatchObject({ error: 'invalid-bundle', field: 'bundle' });
    });

    it('verifies the signature over the bundle as received: text the schema trims and fields it strips are no tampering', async () => {
      const base = freshBundle();
      const bundle = {
        ...base,
        dissent: [{ expertId: 'E01', text: '保留意见：试验方法宜再验证。\n' }],
        aggregate: { ...base.aggregate, extension: '后续版本的字段' },
      } as VerdictBundle;
      const answer = await putRaw(bundle.verdictId, `${JSON.stringify(signBundle(bundle, device, nodeEd25519))}\n`);
      expect(answer.status).toBe(201);
      const receipt = putVerdictResponseSchema.parse(answer.json).receipt;
      expect(receipt.sha256).toBe(bundleDigest(bundle));
      const history = await bureau.signed(device, { method: 'GET', path: bureauPaths.verdict(bundle.verdictId) });
      const stored = (history.json as { versions: { signed: { bundle: VerdictBundle } }[] }).versions[0]?.signed.bundle;
      expect(stored && bundleDigest(stored)).toBe(receipt.sha256);
      expect(verdictHistorySchema.safeParse(history.json).success).toBe(true);
    });
  });
}
