import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBundle } from '../../test/fixtures/sample-bundle.js';
import { type SignedBundle, signBundle } from '../../shared/bundle/signed-bundle.js';
import { type VerdictBundle, bundleDigest } from '../../shared/bundle/verdict-bundle.js';
import { errorBodySchema } from '../../shared/protocol/error-body.js';
import { bureauPaths, putVerdictResponseSchema, verdictHistorySchema } from '../../shared/protocol/messages.js';
import { type BureauHarness, type HttpAnswer, type TestDevice, startHarness, testStorages } from '../../test/support/bureau-harness.js';

const errorOf = (answer: HttpAnswer) => errorBodySchema.parse(answer.json);

for (const { name, storage, skipNote } of testStorages()) {
  describe.skipIf(storage === null)(`verdict ownership on ${name}${skipNote}`, () => {
    let bureau: BureauHarness;
    let owner: TestDevice;
    let intruder: TestDevice;
    let counter = 0;

    beforeAll(async () => {
      bureau = await startHarness(storage!);
      owner = await bureau.enroll('秘书处笔记本');
      intruder = await bureau.enroll('另一台工作站');
    });
    afterAll(async () => {
      await bureau?.close();
    });

    const freshBundle = (): VerdictBundle => {
      counter += 1;
      return sampleBundle(`V-own-${name}-${counter}`, `S${String(counter).padStart(2, '0')}`);
    };
    const signedBy = (who: TestDevice, bundle: VerdictBundle): SignedBundle => signBundle(bundle, who);
    const put = (who: TestDevice, bundle: VerdictBundle) =>
      bureau.signed(who, { method: 'PUT', path: bureauPaths.verdictVersion(bundle.verdictId, bundle.versionNo), body: signedBy(who, bundle) });
    const nextVersion = (previous: VerdictBundle, conclusion: string): VerdictBundle => ({
      ...previous,
      versionNo: previous.versionNo + 1,
      supersedes: bundleDigest(previous),
      conclusion,
    });

    it("refuses another device's version 2 with 403, and the owner's genuine version 2 is then stored", async () => {
      const first = freshBundle();
      expect((await put(owner, first)).status).toBe(201);
      const hijack = await put(intruder, nextVersion(first, '他人冒改的结论'));
      expect(hijack.status).toBe(403);
      expect(errorOf(hijack)).toMatchObject({ error: 'not-verdict-owner', field: 'bundle.verdictId' });
      const genuine = await put(owner, nextVersion(first, '修订后的结论'));
      expect(genuine.status).toBe(201);
      expect((await bureau.repository.listVersions(first.verdictId)).map((v) => v.deviceId)).toEqual([owner.deviceId, owner.deviceId]);
    });

    it("refuses another device's copy of version 1, even with identical content", async () => {
      const first = freshBundle();
      expect((await put(owner, first)).status).toBe(201);
      const copy = await put(intruder, first);
      expect(copy.status).toBe(403);
      expect(errorOf(copy).error).toBe('not-verdict-owner');
    });

    it('refuses a version out of sequence and a supersedes that is not the previous digest', async () => {
      const first = freshBundle();
      expect((await put(owner, first)).status).toBe(201);
      const far = await put(owner, { ...first, versionNo: 999_999_999, supersedes: 'ab'.repeat(32) });
      expect(far.status).toBe(422);
      expect(errorOf(far)).toMatchObject({ error: 'version-out-of-sequence', field: 'bundle.versionNo' });
      const invented = await put(owner, { ...nextVersion(first, '第二版'), supersedes: 'cd'.repeat(32) });
      expect(errorOf(invented)).toMatchObject({ error: 'invalid-bundle', field: 'bundle.supersedes' });
      const skipped = await put(owner, { ...nextVersion(nextVersion(first, '第二版'), '第三版') });
      expect(errorOf(skipped).error).toBe('version-out-of-sequence');
      expect(await bureau.repository.listVersions(first.verdictId)).toHaveLength(1);
    });

    it('refuses a version 2 for a verdict it never saw', async () => {
      const orphan = { ...freshBundle(), versionNo: 2, supersedes: 'ef'.repeat(32) };
      const answer = await put(intruder, orphan);
      expect(answer.status).toBe(422);
      expect(errorOf(answer).error).toBe('version-out-of-sequence');
    });

    it('settles concurrent version 1 stores by two devices: one owner, the other refused', async () => {
      const first = freshBundle();
      const answers = await Promise.all([put(owner, first), put(intruder, first), put(owner, first), put(intruder, first)]);
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      const winner = answers.find((a) => a.status === 201)!;
      const ownerWon = answers.indexOf(winner) % 2 === 0;
      expect(statuses).toEqual([200, 201, 403, 403]);
      expect((await bureau.repository.findVersion(first.verdictId, 1))?.deviceId).toBe(ownerWon ? owner.deviceId : intruder.deviceId);
    });

    it('lets a device read only its own verdicts', async () => {
      const first = freshBundle();
      const receipt = putVerdictResponseSchema.parse((await put(owner, first)).json).receipt;
      const own = await bureau.signed(owner, { method: 'GET', path: bureauPaths.verdict(first.verdictId) });
      expect(own.status).toBe(200);
      expect(verdictHistorySchema.parse(own.json).versions.map((v) => v.receipt)).toEqual([receipt]);
      const other = await bureau.signed(intruder, { method: 'GET', path: bureauPaths.verdict(first.verdictId) });
      expect(other.status).toBe(404);
      expect(errorOf(other).error).toBe('not-found');
    });
  });
}
