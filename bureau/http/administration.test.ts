import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../shared/protocol/base64.js';
import { generateEd25519KeyPair } from '../../shared/protocol/ed25519.js';
import { errorBodySchema } from '../../shared/protocol/error-body.js';
import { bureauPaths } from '../../shared/protocol/messages.js';
import { type BureauHarness, type HttpAnswer, startHarness, testStorages } from '../../test/support/bureau-harness.js';

const errorOf = (answer: HttpAnswer) => errorBodySchema.parse(answer.json);

for (const { name, storage, skipNote } of testStorages()) {
  describe.skipIf(storage === null)(`bureau administration on ${name}${skipNote}`, () => {
    let bureau: BureauHarness;

    beforeAll(async () => {
      bureau = await startHarness(storage!, { enrollmentGuard: { maxFailures: 3, windowMs: 60_000 } });
    });
    afterAll(async () => {
      await bureau?.close();
    });

    const enrollWith = (enrollmentCode: string) =>
      bureau.send({
        method: 'POST',
        path: bureauPaths.devices,
        body: { enrollmentCode, publicKey: bytesToBase64(generateEd25519KeyPair().publicKey), deviceName: '猜码者' },
      });

    it("refuses a revoked device's requests with 401 device-revoked, whatever they carry", async () => {
      const device = await bureau.enroll();
      const path = bureauPaths.verdict('V-none');
      expect((await bureau.signed(device, { method: 'GET', path })).status).toBe(404);
      expect(await bureau.repository.revokeDevice(device.deviceId, new Date().toISOString())).toBe(true);
      expect(await bureau.repository.revokeDevice(device.deviceId, new Date().toISOString())).toBe(false);
      const refused = await bureau.signed(device, { method: 'GET', path });
      expect(refused.status).toBe(401);
      expect(errorOf(refused)).toMatchObject({ error: 'device-revoked', message: expect.stringContaining('停用') });
      expect((await bureau.repository.findDevice(device.deviceId))?.revokedAt).not.toBeNull();
    });

    it('counts failed enrollment codes per address and refuses that address for a while after too many', async () => {
      for (let i = 0; i < 3; i += 1) expect((await enrollWith(`WRNG-CODE-000${i}-AAAA`)).status).toBe(401);
      const locked = await enrollWith(await bureau.newCode());
      expect(locked.status).toBe(429);
      expect(errorOf(locked)).toMatchObject({ error: 'too-many-requests', field: 'enrollmentCode' });
      const summary = await bureau.repository.enrollmentFailureSummary(0);
      expect(summary).toEqual([{ remoteAddress: '127.0.0.1', failures: 3, lastAtMs: expect.any(Number) }]);
      expect(await bureau.repository.purgeEnrollmentFailures(Date.now() + 1)).toBe(3);
      expect((await enrollWith(await bureau.newCode())).status).toBe(201);
    });
  });
}
