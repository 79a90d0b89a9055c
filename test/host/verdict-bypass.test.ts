import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundleSignatureValid } from '../../shared/bundle/signed-bundle.js';
import { verdictFileSchema } from '../../shared/sync/verdict-file.js';
import { bundleDigest } from '../../shared/bundle/verdict-bundle.js';
import type { Verdict } from '../../shared/model/verdict.js';
import { bytesToBase64 } from '../../shared/protocol/base64.js';
import type { OutboxEntry } from '../../shared/sync/outbox-entry.js';
import { sampleBundle } from '../fixtures/sample-bundle.js';
import { startForeignKeyBureau, type ForeignKeyBureau } from './support/foreign-key-bureau.js';
import { succeed } from './support/host-caller.js';
import { hostTransports, type OpenHost } from './support/host-transports.js';
import { startLoopbackBureau, type LoopbackBureau } from '../support/loopback-bureau.js';
import { refusedUnchanged } from './support/refused-call.js';
import { meetingId, reviewToFinal, unlock } from './support/review-over-contract.js';
import { seededDataFolder } from './support/seeded-data-folder.js';
import { dumpStore, tamperStoreFile } from './support/store-file.js';
import { drawnSignature } from '../support/verdict-host.js';

/**
 * Ceilings on a loaded machine, for one test's calls (an amendment renders the minutes, then the outbox
 * sends it) and for starting a host and finalising; every wait ends on an answer or a state.
 */
const callsCeilingMs = 120_000;
const processCeilingMs = 180_000;
const stateCeilingMs = 60_000;

/** An outbox entry planted behind the host's back, far from due so no pass of the outbox picks it up by itself. */
const plantedEntry = (verdictId: string, status: OutboxEntry['status']): OutboxEntry => {
  const bundle = { ...sampleBundle(verdictId, 'S02'), outcome: 'fail' as const, conclusion: '不予通过。' };
  return {
    id: `${verdictId}/1`,
    meetingId,
    verdictId,
    versionNo: 1,
    status,
    attempts: 0,
    nextAttemptAt: '2099-01-01T00:00:00.000Z',
    lastError: null,
    receipt: null,
    bundle,
    bundleDigest: bundleDigest(bundle),
  };
};

/** S01 reviewed through the contract to its finalised verdict, delivered to a real bureau the workstation enrolled with. */
describe.each(hostTransports)('a finalised verdict, attacked over $name', { timeout: callsCeilingMs }, (transport) => {
  let bureau: LoopbackBureau;
  let dataDir: string;
  let saveDir: string;
  let host: OpenHost;
  let final: Verdict;

  const outboxEntry = async (verdictId: string, versionNo: number) =>
    (await succeed(host.caller, 'outbox.list', {})).find((e) => e.verdictId === verdictId && e.versionNo === versionNo);

  beforeAll(async () => {
    bureau = await startLoopbackBureau();
    dataDir = await seededDataFolder({ pledged: true, recusalDecided: true, phase: 'scoring' });
    saveDir = await mkdtemp(join(tmpdir(), 'zz-verdict-exports-'));
    host = await transport.open({ dataDir, saveDir });
    await succeed(host.caller, 'sync.enroll', { bureauUrl: bureau.url, code: await bureau.newCode(), deviceName: '攻击测试工作站' });
    final = await reviewToFinal(host.caller, 'S01');
    await vi.waitFor(async () => expect(await outboxEntry(final.verdictId, 1)).toMatchObject({ status: 'delivered' }), { timeout: stateCeilingMs, interval: 100 });
  }, processCeilingMs);
  afterAll(async () => {
    await host?.close();
    await bureau?.dispose();
    await rm(dataDir, { recursive: true, force: true });
    await rm(saveDir, { recursive: true, force: true });
  });

  const ids = { meetingId, submissionId: 'S01' };
  const frozen = { code: 'refused', message: '审评结论第 1 版已定稿，只能正式修订', field: 'submissionId', messages: [{ code: 'verdict.alreadyFinal', params: expect.objectContaining({ versionNo: 1 }) }] };

  it('refuses every change to the finalised version, by the chair, a member and the secretary', async () => {
    await unlock(host.caller, 'E01');
    expect(await refusedUnchanged(host.caller, dataDir, 'verdict.saveConclusion', { ...ids, conclusion: '不予通过。', revisionRequirements: [], dissent: [] })).toEqual(frozen);
    expect(await refusedUnchanged(host.caller, dataDir, 'verdict.reconcile', { ...ids, criterionId: 'advancement', note: '补记' })).toEqual(frozen);
    expect(await refusedUnchanged(host.caller, dataDir, 'verdict.ruleOnVeto', { ...ids, expertId: 'E02', criterionId: 'advancement', upheld: true, note: '补记否决' })).toEqual(frozen);
    expect(await refusedUnchanged(host.caller, dataDir, 'verdict.finalise', ids)).toEqual(frozen);
    await unlock(host.caller, 'E02');
    expect(await refusedUnchanged(host.caller, dataDir, 'verdict.sign', { ...ids, expertId: 'E02', image: drawnSignature })).toEqual(frozen);
    expect(await refusedUnchanged(host.caller, dataDir, 'sheet.submit', { ...ids, expertId: 'E02', reason: '改分', signatureImage: drawnSignature })).toMatchObject({
      code: 'refused',
      message: expect.stringMatching(/^《家用和类似用途电子膨胀阀》处于「.+」阶段，不能提交评分表$/),
    });
    await succeed(host.caller, 'identity.lock', {});
    expect(await refusedUnchanged(host.caller, dataDir, 'verdict.saveConclusion', { ...ids, conclusion: '不予通过。', revisionRequirements: [], dissent: [] })).toEqual(frozen);
    expect(await refusedUnchanged(host.caller, dataDir, 'submission.advancePhase', { ...ids, to: 'vote' })).toMatchObject({ code: 'refused', field: 'to' });
  });

  it('takes no bundle in any call that signs or sends one', async () => {
    const forged = plantedEntry('V-FORGED-1', 'pending').bundle;
    for (const name of ['sync.deliver', 'sync.exportVerdict', 'outbox.confirmHeld']) {
      expect(await refusedUnchanged(host.caller, dataDir, name, { verdictId: 'V-FORGED-1', versionNo: 1, bundle: forged })).toMatchObject({
        code: 'invalid-arguments',
        message: expect.stringContaining('参数 bundle 无效'),
        field: 'bundle',
      });
    }
  });

  it('signs no bundle its signing ledger never recorded, whether asked to send, export or confirm it', async () => {
    tamperStoreFile(dataDir, meetingId, (tx) => {
      tx.outbox.put(plantedEntry('V-FORGED-1', 'pending'));
      tx.outbox.put(plantedEntry('V-FORGED-2', 'held'));
    });
    const forged = { verdictId: 'V-FORGED-1', versionNo: 1 };
    const notInLedger = { code: 'refused', message: '本机的签名记录中没有审评结论 V-FORGED-1 第 1 版：设备密钥只签署本机定稿或修订时生成的上报包', field: 'versionNo' };
    expect(await refusedUnchanged(host.caller, dataDir, 'sync.exportVerdict', { ...forged, path: await host.savePath('forged.zzverdict') })).toEqual(notInLedger);
    expect(await refusedUnchanged(host.caller, dataDir, 'sync.deliver', forged)).toEqual(notInLedger);

    const held = { verdictId: 'V-FORGED-2', versionNo: 1 };
    expect(await refusedUnchanged(host.caller, dataDir, 'outbox.confirmHeld', held)).toEqual({
      code: 'refused',
      message: '审评结论 V-FORGED-2 第 1 版不能确认上报：找不到对应的已定稿审评结论',
      field: 'versionNo',
    });
    expect(await refusedUnchanged(host.caller, dataDir, 'sync.deliver', held)).toEqual({
      code: 'refused',
      message: '审评结论 V-FORGED-2 第 1 版来自恢复的备份，须由秘书确认后才能签名上报',
      field: 'versionNo',
    });

    expect(await readdir(saveDir)).toEqual([]);
    expect(await bureau.context.repository.listVersions('V-FORGED-1')).toEqual([]);
    expect(await bureau.context.repository.listVersions('V-FORGED-2')).toEqual([]);
  });

  it('signs no bundle altered in the store, and signs the finalised one exactly as its ledger holds it', async () => {
    const version = { verdictId: final.verdictId, versionNo: 1 };
    const honest = (await outboxEntry(final.verdictId, 1))!;
    const altered = { ...honest.bundle, outcome: 'fail' as const, conclusion: '不予通过。' };
    tamperStoreFile(dataDir, meetingId, (tx) => tx.outbox.put({ ...honest, bundle: altered, bundleDigest: bundleDigest(altered) }));
    const notAsSigned = { code: 'refused', message: expect.stringContaining('的上报包与定稿时签署的内容不符'), field: 'versionNo' };
    expect(await refusedUnchanged(host.caller, dataDir, 'sync.exportVerdict', { ...version, path: await host.savePath('altered.zzverdict') })).toMatchObject(notAsSigned);
    expect(await refusedUnchanged(host.caller, dataDir, 'sync.deliver', version)).toMatchObject(notAsSigned);
    expect(await readdir(saveDir)).toEqual([]);

    tamperStoreFile(dataDir, meetingId, (tx) => tx.outbox.put(honest));
    const saved = await succeed(host.caller, 'sync.exportVerdict', { ...version, path: await host.savePath('honest.zzverdict') });
    const envelope = verdictFileSchema.parse(JSON.parse(await readFile(saved!.path, 'utf8')));
    expect(envelope.bundle).toEqual(honest.bundle);
    expect(bundleSignatureValid(envelope)).toBe(true);
  });

  it('amends no final verdict its signing ledger never signed', async () => {
    tamperStoreFile(dataDir, meetingId, (tx) => {
      tx.verdicts.put({ ...final, id: 'V-FORGED-3/1', verdictId: 'V-FORGED-3', submissionId: 'S02', outcome: 'fail', conclusion: '不予通过。', receipt: null });
      tx.submissions.put({ ...tx.submissions.get(meetingId, 'S02')!, phase: 'finalised' });
    });
    await unlock(host.caller, 'E01');
    expect(await refusedUnchanged(host.caller, dataDir, 'verdict.amend', { meetingId, submissionId: 'S02', reason: '更正结论', changes: { conclusion: '不予通过，退回修改。' } })).toEqual({
      code: 'refused',
      message: '本机的签名记录中没有审评结论 V-FORGED-3 第 1 版，不能在其上修订',
      field: 'submissionId',
    });
  });

  describe('marking a verdict delivered with a receipt from another key', () => {
    let foreign: ForeignKeyBureau;
    beforeAll(async () => {
      foreign = await startForeignKeyBureau();
    });
    afterAll(async () => {
      await foreign?.close();
    });

    it('keeps the amended version undelivered though the settings name the foreign bureau and its key', async () => {
      await succeed(host.caller, 'settings.set', { patch: { bureauUrl: foreign.url, bureauKeyId: 'attacker', bureauPublicKey: bytesToBase64(foreign.publicKey) } });
      await unlock(host.caller, 'E01');
      const amended = await succeed(host.caller, 'verdict.amend', { ...ids, reason: '更正修改要求', changes: { revisionRequirements: ['补充第 6.2 条试验方法。'] } });
      await vi.waitFor(() => expect(foreign.answered).toContainEqual({ verdictId: amended.verdictId, versionNo: 2 }), { timeout: stateCeilingMs, interval: 100 });

      const before = dumpStore(dataDir);
      const result = await succeed(host.caller, 'sync.deliver', { verdictId: amended.verdictId, versionNo: 2 });
      expect(result).toEqual({ status: 'retry', message: '局端的回执无法用注册时获得的局端公钥核验，暂不视为已上报' });
      const { outbox: _outboxBefore, ...restBefore } = before;
      const { outbox: _outboxAfter, ...restAfter } = dumpStore(dataDir);
      expect(restAfter).toEqual(restBefore);
      expect(await outboxEntry(amended.verdictId, 2)).toMatchObject({ status: 'pending', receipt: null, lastError: '局端的回执无法用注册时获得的局端公钥核验，暂不视为已上报' });
      const data = await succeed(host.caller, 'meeting.read', { meetingId });
      expect(data?.verdicts.find((v) => v.id === amended.id)?.receipt).toBeNull();
      expect(data?.submissions.find((s) => s.id === 'S01')?.phase).toBe('finalised');
      expect((await succeed(host.caller, 'sync.status', {})).bureauKeyId).toBe(bureau.context.key.keyId);
    });
  });
});
