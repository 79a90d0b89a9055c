import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBureauContext } from '../bureau-context.js';
import { openTestContext, testStorages } from '../../test/support/bureau-harness.js';
import type { UnsignedReceipt } from '../../shared/protocol/receipt.js';
import type { BureauRepository } from './repository.js';


const device = { deviceId: 'D-1', name: '工作站', publicKey: 'A'.repeat(43) + '=', enrolledAt: '2026-11-28T08:00:00.000Z', revokedAt: null };

for (const { name, storage, skipNote } of testStorages()) {
  describe.skipIf(storage === null)(`bureau repository on ${name}${skipNote}`, () => {
    let repository: BureauRepository;
    let dispose: () => Promise<void>;
    let dataDir: string;
    let url: string | undefined;

    beforeAll(async () => {
      const opened = await openTestContext(storage!);
      ({ repository, dataDir } = opened.context);
      url = opened.databaseUrl;
      dispose = opened.dispose;
    });
    afterAll(async () => {
      await dispose?.();
    });

    it('refuses a live nonce, accepts it again once expired, and purges expired ones', async () => {
      expect(await repository.rememberNonce('D-1', 'nonce-0000000001', 2_000, 1_000)).toBe(true);
      expect(await repository.rememberNonce('D-1', 'nonce-0000000001', 2_500, 1_500)).toBe(false);
      expect(await repository.rememberNonce('D-2', 'nonce-0000000001', 2_500, 1_500)).toBe(true);
      expect(await repository.rememberNonce('D-1', 'nonce-0000000001', 4_000, 3_000)).toBe(true);
      expect(await repository.purgeExpiredNonces(3_000)).toBe(1);
      expect(await repository.rememberNonce('D-1', 'nonce-0000000001', 4_500, 3_500)).toBe(false);
    });

    it('spends an enrollment code once and never after it expired', async () => {
      await repository.addEnrollmentCode('hash-live', null, '2026-11-28T08:00:00.000Z', '2026-12-05T08:00:00.000Z');
      await repository.addEnrollmentCode('hash-old', '旧设备', '2026-11-01T08:00:00.000Z', '2026-11-08T08:00:00.000Z');
      expect(await repository.redeemEnrollmentCode('hash-old', { ...device, deviceId: 'D-old' })).toBe(false);
      expect(await repository.redeemEnrollmentCode('hash-live', device)).toBe(true);
      expect(await repository.redeemEnrollmentCode('hash-live', { ...device, deviceId: 'D-again' })).toBe(false);
      expect(await repository.findDevice('D-1')).toEqual(device);
      expect(await repository.findDevice('D-again')).toBeNull();
      expect((await repository.listDevices()).map((d) => d.deviceId)).toEqual(['D-1']);
    });

    it('spends a nonce with the version it stores, and stores nothing for a replay', async () => {
      const version = {
        verdictId: 'V-nonce',
        versionNo: 1,
        sha256: 'cd'.repeat(32),
        deviceId: 'D-1',
        meetingId: 'M-1',
        submissionId: 'S01',
        outcome: 'pass',
        finalizedAt: '2026-11-28T08:00:00.000Z',
        signedBundle: '{}',
      };
      const sign = (unsigned: UnsignedReceipt) => ({ ...unsigned, signature: 'x' });
      const claim = { deviceId: 'D-1', nonce: 'nonce-with-store-01', expiresAtMs: Date.now() + 60_000, nowMs: Date.now() };
      expect(await repository.storeVersion(version, sign, '2026-11-28T09:00:00.000Z', claim)).toMatchObject({ kind: 'created' });
      expect(await repository.storeVersion({ ...version, verdictId: 'V-nonce-replay' }, sign, '2026-11-28T09:00:01.000Z', claim)).toEqual({ kind: 'replayed' });
      expect(await repository.findVersion('V-nonce-replay', 1)).toBeNull();
      expect(await repository.rememberNonce(claim.deviceId, claim.nonce, claim.expiresAtMs, claim.nowMs)).toBe(false);
    });

    it('answers stores that arrive together, resends and replays among them, each as if it came alone', async () => {
      const sign = (unsigned: UnsignedReceipt) => ({ ...unsigned, signature: 'x' });
      const version = (verdictId: string, sha256 = 'ef'.repeat(32), deviceId = 'D-1') => ({
        verdictId,
        versionNo: 1,
        sha256,
        deviceId,
        meetingId: 'M-1',
        submissionId: 'S01',
        outcome: 'pass',
        finalizedAt: '2026-11-28T08:00:00.000Z',
        signedBundle: `{"id":"${verdictId}"}`,
      });
      const nowMs = Date.now();
      const claim = (nonce: string, deviceId = 'D-1') => ({ deviceId, nonce: `together-${nonce}`, expiresAtMs: nowMs + 60_000, nowMs });
      const store = (v: ReturnType<typeof version>, nonce?: ReturnType<typeof claim>) => repository.storeVersion(v, sign, '2026-11-28T09:00:00.000Z', nonce);
      const outcomes = await Promise.all([
        ...Array.from({ length: 20 }, (_, i) => store(version(`V-together-${i}`), claim(`n${i}`))),
        store(version('V-together-0'), claim('resend')),
        store(version('V-together-1', '00'.repeat(32)), claim('conflict')),
        store(version('V-together-2', 'ef'.repeat(32), 'D-2'), claim('foreign', 'D-2')),
        store(version('V-together-replayed'), claim('n3')),
        store(version('V-together-file')),
      ]);
      const created = outcomes.slice(0, 20);
      expect(created.every((o) => o.kind === 'created')).toBe(true);
      const seqs = created.map((o) => (o.kind === 'created' ? o.receipt.seq : 0));
      expect(new Set(seqs).size).toBe(20);
      expect(outcomes[20]).toEqual({ kind: 'identical', receipt: created[0]?.kind === 'created' ? created[0].receipt : null });
      expect(outcomes[21]).toEqual({ kind: 'conflict', storedSha256: 'ef'.repeat(32) });
      expect(outcomes[22]).toEqual({ kind: 'foreign', ownerDeviceId: 'D-1' });
      expect(outcomes[23]).toEqual({ kind: 'replayed' });
      expect(outcomes[24]).toMatchObject({ kind: 'created' });
      expect(await repository.findVersion('V-together-replayed', 1)).toBeNull();
      expect((await repository.findVersion('V-together-5', 1))?.receipt.seq).toBe(seqs[5]);
    });

    it('replaces the published package of a meeting', async () => {
      const first = { meetingId: 'M-1', packageId: 'p1', sha256: 'aa'.repeat(32), bytes: 10, publishedAt: '2026-11-20T00:00:00.000Z' };
      await repository.publishPackage(first);
      await repository.publishPackage({ ...first, packageId: 'p2', sha256: 'bb'.repeat(32), bytes: 20 });
      expect(await repository.findPackage('M-1')).toEqual({ ...first, packageId: 'p2', sha256: 'bb'.repeat(32), bytes: 20 });
      expect(await repository.findPackage('M-2')).toBeNull();
    });

    it('applies each migration once when reopened', async () => {
      const again = await openBureauContext(dataDir, url);
      expect(await again.repository.findDevice('D-1')).toEqual(device);
      await again.repository.close();
    });
  });
}
