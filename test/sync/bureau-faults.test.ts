import { workstationCaller } from '../support/callers.js';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { publishPackage } from '../../bureau/package-publishing.js';
import { intakeSignedBundle } from '../../bureau/verdict-intake.js';
import { nodeEd25519 } from '../../node/crypto/ed25519.js';
import type { DeliverResult } from '../../shared/api/calls/sync-calls.js';
import { sampleBundle } from '../fixtures/sample-bundle.js';
import { signedBundleSchema } from '../../shared/bundle/signed-bundle.js';
import { type VerdictBundle, bundleDigest } from '../../shared/bundle/verdict-bundle.js';
import { verifyReceipt } from '../../shared/protocol/receipt.js';
import { defaultSettings } from '../../shared/settings/settings.js';
import { manifestSchema } from '../../shared/package/manifest.js';
import { createPackageHandlers } from '../../electron/services/package-handlers.js';
import { openPackageServices } from '../../electron/services/package/package-services.js';
import { withMaterialDigests, writePackageFile } from '../../electron/services/package/package-writer.js';
import { createSyncService, type SyncServiceOptions } from '../../electron/services/sync/sync-service.js';
import { openMeetingStore, type MeetingStore } from '../../electron/services/meeting/meeting-store.js';
import { meetingStoreFile } from '../../electron/services/meeting/open-meeting-deps.js';
import { createOutboxRunner } from '../../electron/services/sync/outbox-runner.js';
import type { OutboxEntry } from '../../shared/sync/outbox-entry.js';
import { type FaultProxy, startFaultProxy } from '../support/fault-proxy.js';
import { type LoopbackBureau, startLoopbackBureau } from '../support/loopback-bureau.js';

let bureau: LoopbackBureau;
let proxy: FaultProxy;
const folders: string[] = [];
let counter = 0;

beforeAll(async () => {
  bureau = await startLoopbackBureau();
  proxy = await startFaultProxy(bureau.url);
});
afterAll(async () => {
  await proxy?.close();
  await bureau?.dispose();
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});
afterEach(async () => {
  proxy.mode = 'pass';
  await bureau.start();
});

const freshBundle = (): VerdictBundle => {
  counter += 1;
  return sampleBundle(`V-FAULT-${counter}`, `S${String(counter).padStart(2, '0')}`);
};

/** A workstation's host services with a data folder of their own, enrolled at the real bureau. */
const enrolledWorkstation = async (overrides: Partial<SyncServiceOptions> = {}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'zz-sync-fault-'));
  folders.push(dataDir);
  const settings = { store: { ...defaultSettings } as Record<string, unknown> };
  const service = createSyncService({ dataDir, settings, timeoutMs: 800, ...overrides });
  await service.enroll({ bureauUrl: bureau.url, code: await bureau.newCode(), deviceName: '故障测试工作站' });
  /** Later requests go through the proxy; the bureau key learnt at enrollment stays. */
  const viaProxy = () => {
    settings.store = { ...settings.store, bureauUrl: proxy.url };
  };
  return { dataDir, settings, service, viaProxy };
};

const storedVersions = (verdictId: string) => bureau.context.repository.listVersions(verdictId);

const receiptOf = (result: DeliverResult) => {
  if (result.status !== 'delivered') throw new Error(`未上报：${JSON.stringify(result)}`);
  return result.receipt;
};

const stores: MeetingStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

/** The workstation's meeting store with `bundle` queued as its finalisation leaves it: the outbox entry and its digest in the signing ledger. */
const queuedIn = (dataDir: string, bundle: VerdictBundle): MeetingStore => {
  const store = openMeetingStore({ path: join(dataDir, meetingStoreFile) });
  stores.push(store);
  store.writeNow({ meetingId: bundle.meetingId }, (tx) => {
    tx.outbox.put(outboxEntry(bundle));
    tx.ledger.record(bundle.verdictId, bundle.versionNo, bundleDigest(bundle), new Date().toISOString());
  });
  return store;
};

const outboxEntry = (bundle: VerdictBundle): OutboxEntry => ({
  id: `${bundle.verdictId}/${bundle.versionNo}`,
  meetingId: bundle.meetingId,
  verdictId: bundle.verdictId,
  versionNo: bundle.versionNo,
  status: 'pending',
  attempts: 0,
  nextAttemptAt: new Date().toISOString(),
  lastError: null,
  receipt: null,
  bundle,
  bundleDigest: bundleDigest(bundle),
});

const runnerOver = (store: MeetingStore, service: ReturnType<typeof createSyncService>, backoff?: { baseMs: number; maxMs: number }) =>
  createOutboxRunner({ store, deliver: (b) => service.deliver(b), ready: () => service.isEnrolled(), ...(backoff ? { backoff } : {}) });

const until = async (condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`等待超时：${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe('enrollment and delivery against a real bureau on loopback', () => {
  it('enrolls, delivers with a receipt that verifies with the bureau key, and a resend gets the same receipt', async () => {
    const { service, settings } = await enrolledWorkstation();
    const status = await service.status();
    expect(status).toMatchObject({ enrolled: true, bureauUrl: bureau.url, online: true, keyProtection: 'file' });
    expect(settings.store).toMatchObject({ bureauUrl: bureau.url, bureauKeyId: bureau.context.key.keyId });

    const bundle = freshBundle();
    const first = receiptOf(await service.deliver(bundle));
    expect(first.sha256).toBe(bundleDigest(bundle));
    expect(verifyReceipt(first, bureau.context.key.publicKey, { verdictId: bundle.verdictId, versionNo: 1, sha256: bundleDigest(bundle) })).toBe(true);
    expect(receiptOf(await service.deliver(bundle))).toEqual(first);
    expect(await storedVersions(bundle.verdictId)).toHaveLength(1);
  });

  it('refuses an enrollment code that was already used, naming the code field', async () => {
    const { service } = await enrolledWorkstation();
    const code = await bureau.newCode();
    await service.enroll({ bureauUrl: bureau.url, code, deviceName: '' });
    await expect(service.enroll({ bureauUrl: bureau.url, code, deviceName: '' })).rejects.toMatchObject({ field: 'code', message: expect.stringContaining('注册码') });
  });
});

describe('faults between the workstation and the bureau', () => {
  it('bureau down: retry with the reason; bureau up again: delivered', async () => {
    const { service } = await enrolledWorkstation();
    const bundle = freshBundle();
    await bureau.stop();
    const down = await service.deliver(bundle);
    expect(down).toEqual({ status: 'retry', message: expect.stringContaining('连接被拒绝') });
    expect((await service.status()).online).toBe(false);
    await bureau.start();
    expect((await service.deliver(bundle)).status).toBe('delivered');
    expect((await service.status()).online).toBe(true);
  });

  it('a 500 and a bureau that never answers are retried, and nothing is stored', async () => {
    const { service, viaProxy } = await enrolledWorkstation();
    viaProxy();
    const bundle = freshBundle();
    proxy.mode = 'fail-500';
    expect(await service.deliver(bundle)).toEqual({ status: 'retry', message: expect.stringContaining('HTTP 500') });
    proxy.mode = 'hang';
    expect(await service.deliver(bundle)).toEqual({ status: 'retry', message: expect.stringContaining('秒内没有应答') });
    expect(await storedVersions(bundle.verdictId)).toHaveLength(0);
    proxy.mode = 'pass';
    expect((await service.deliver(bundle)).status).toBe('delivered');
  });

  it('connection cut after the bureau stored the verdict: the resend gets 200 and the same receipt, one record', async () => {
    const { service, viaProxy } = await enrolledWorkstation();
    viaProxy();
    const bundle = freshBundle();
    proxy.mode = 'cut-after-forward';
    expect(await service.deliver(bundle)).toEqual({ status: 'retry', message: expect.stringContaining('连接') });
    const stored = await storedVersions(bundle.verdictId);
    expect(stored).toHaveLength(1);
    proxy.mode = 'pass';
    expect(receiptOf(await service.deliver(bundle))).toEqual(stored[0]!.receipt);
    expect(await storedVersions(bundle.verdictId)).toHaveLength(1);
  });

  it('workstation killed between sending and storing the receipt: the next run stores the same receipt', async () => {
    const { service, dataDir } = await enrolledWorkstation();
    const bundle = freshBundle();
    const store = queuedIn(dataDir, bundle);
    // The bureau got it and answered; the process died before the outbox transaction, so the entry is still pending.
    const lost = receiptOf(await service.deliver(bundle));
    expect(store.read((tx) => tx.outbox.ofVersion(bundle.verdictId, 1))?.status).toBe('pending');

    await runnerOver(store, service).runDue();
    expect(store.read((tx) => tx.outbox.ofVersion(bundle.verdictId, 1))).toMatchObject({ status: 'delivered', receipt: lost, lastError: null });
    expect(await storedVersions(bundle.verdictId)).toHaveLength(1);
    expect(store.read((tx) => tx.audit.ofMeeting(bundle.meetingId))).toEqual([
      expect.objectContaining({ action: 'verdict.deliver', details: expect.objectContaining({ seq: lost.seq, sha256: lost.sha256 }) }),
    ]);
  });

  it('a bundle tampered with in flight is refused by the bureau and nothing is stored', async () => {
    const { service, viaProxy } = await enrolledWorkstation();
    viaProxy();
    const bundle = freshBundle();
    proxy.mode = 'tamper-request';
    expect(await service.deliver(bundle)).toEqual({ status: 'retry', message: expect.stringContaining('请求签名') });
    expect(await storedVersions(bundle.verdictId)).toHaveLength(0);
  });

  it('a receipt tampered with on the way back is not taken as delivered', async () => {
    const { service, viaProxy } = await enrolledWorkstation();
    viaProxy();
    const bundle = freshBundle();
    proxy.mode = 'tamper-receipt';
    expect(await service.deliver(bundle)).toEqual({ status: 'retry', message: expect.stringContaining('回执无法') });
    proxy.mode = 'pass';
    expect((await service.deliver(bundle)).status).toBe('delivered');
  });

  it('a tampered .zzverdict file is refused at the bureau, naming the signature', async () => {
    const { service } = await enrolledWorkstation();
    const { handover: _label, ...envelope } = await service.handoverFile(freshBundle(), { meetingTitle: '审评会', standardName: '电子膨胀阀', proposedCode: 'T/ZZB 1—2026' });
    const tampered = { ...envelope, bundle: { ...envelope.bundle, conclusion: '不予通过。' } };
    const intake = { ...bureau.context, ed: nodeEd25519, now: () => new Date() };
    await expect(intakeSignedBundle(intake, tampered, null, null)).rejects.toMatchObject({ status: 422, field: 'signature' });
    const accepted = await intakeSignedBundle(intake, signedBundleSchema.parse(envelope), null, null);
    expect(accepted.receipt.sha256).toBe(bundleDigest(envelope.bundle));
  });

  it('a replayed request is refused as a replay, and the next attempt is answered with the one receipt', async () => {
    const { service, viaProxy } = await enrolledWorkstation();
    viaProxy();
    const bundle = freshBundle();
    proxy.mode = 'duplicate';
    expect(await service.deliver(bundle)).toEqual({ status: 'retry', message: expect.stringContaining('重放') });
    const stored = await storedVersions(bundle.verdictId);
    expect(stored).toHaveLength(1);
    proxy.mode = 'pass';
    expect(receiptOf(await service.deliver(bundle))).toEqual(stored[0]!.receipt);
  });

  it('a bureau that does not know the device says so, and the bundle stays for later', async () => {
    const { service, settings } = await enrolledWorkstation();
    const other = await startLoopbackBureau();
    try {
      settings.store = { ...settings.store, bureauUrl: other.url };
      expect(await service.deliver(freshBundle())).toEqual({ status: 'retry', message: expect.stringContaining('局端不认识本机') });
    } finally {
      await other.dispose();
    }
  });

  it('a device the bureau revoked is told so in words, and the bundle stays for later', async () => {
    const { service } = await enrolledWorkstation();
    const { deviceId } = await service.status();
    await bureau.context.repository.revokeDevice(deviceId!, new Date().toISOString());
    expect(await service.deliver(freshBundle())).toEqual({ status: 'retry', message: expect.stringContaining('已被局端停用') });
  });

  it("another workstation's version of a verdict is refused for good, told in words", async () => {
    const first = await enrolledWorkstation();
    const second = await enrolledWorkstation();
    const bundle = freshBundle();
    receiptOf(await first.service.deliver(bundle));
    const amended = { ...bundle, versionNo: 2, supersedes: bundleDigest(bundle), conclusion: '另一台工作站的修订' };
    expect(await second.service.deliver(amended)).toEqual({ status: 'conflict', message: expect.stringContaining('由另一台设备首次上报') });
    expect(receiptOf(await first.service.deliver(amended)).versionNo).toBe(2);
  });

  it('a different bundle under the same verdict version is a conflict, told in words and kept as failed', async () => {
    const { service, dataDir } = await enrolledWorkstation();
    const bundle = freshBundle();
    receiptOf(await service.deliver(bundle));
    const store = queuedIn(dataDir, { ...bundle, conclusion: '专家组经复议，同意修改后通过。' });
    await runnerOver(store, service).runDue();
    const entry = store.read((tx) => tx.outbox.ofVersion(bundle.verdictId, 1));
    expect(entry).toMatchObject({ status: 'failed', attempts: 1, receipt: null });
    expect(entry?.lastError).toMatch(/局端已存有该裁决同一版本的不同内容.*如需修改请提交新版本/);
    expect(await storedVersions(bundle.verdictId)).toHaveLength(1);
  });

  it('an invalid later version names the failing field', async () => {
    const { service } = await enrolledWorkstation();
    const bundle = freshBundle();
    receiptOf(await service.deliver(bundle));
    const second = { ...bundle, versionNo: 2, supersedes: 'ab'.repeat(32) };
    expect(await service.deliver(second)).toEqual({ status: 'invalid', field: 'bundle.supersedes', message: expect.stringContaining('supersedes') });
  });

  it('a clock more than five minutes off is named as the cause, in Chinese', async () => {
    const { service } = await enrolledWorkstation({ now: () => new Date(Date.now() + 11 * 60_000) });
    const result = await service.deliver(freshBundle());
    expect(result).toEqual({ status: 'retry', message: expect.stringContaining('本机时钟与局端相差超过 5 分钟') });
    expect(result.status === 'retry' && result.message).toMatch(/局端时间/);
  });
});

describe('the outbox runner against a bureau that goes away', () => {
  it('delivers without a click once the bureau is back, with backoff in between', async () => {
    const { service, dataDir } = await enrolledWorkstation();
    const bundle = freshBundle();
    await bureau.stop();
    const store = queuedIn(dataDir, bundle);
    const entry = () => store.read((tx) => tx.outbox.ofVersion(bundle.verdictId, 1));
    const runner = runnerOver(store, service, { baseMs: 40, maxMs: 160 });
    const stop = runner.start();
    try {
      await until(async () => (entry()?.attempts ?? 0) >= 3, '三次失败的尝试');
      expect(entry()).toMatchObject({ status: 'pending', lastError: expect.stringContaining('连接被拒绝') });
      expect(Date.parse(entry()!.nextAttemptAt)).toBeGreaterThan(Date.now() - 1_000);
      await bureau.start();
      await until(async () => entry()?.status === 'delivered', '恢复后自动上报');
    } finally {
      stop();
      await runner.idle();
    }
    expect(verifyReceipt(entry()?.receipt, bureau.context.key.publicKey, { verdictId: bundle.verdictId, versionNo: 1, sha256: bundleDigest(bundle) })).toBe(true);
    expect(await storedVersions(bundle.verdictId)).toHaveLength(1);
  });
});

describe('package download from the bureau', () => {
  it('fetches a published package by meeting id into the import preview, its signature checked with the enrolled bureau key', async () => {
    const { service, settings, dataDir } = await enrolledWorkstation();
    const meetingId = 'M-2026-0147';
    await expect(service.downloadPackage(meetingId)).rejects.toMatchObject({ code: 'not-found', field: 'meetingId' });

    const fixture = manifestSchema.parse(JSON.parse(await readFile(new URL('../fixtures/packages/sample-manifest.json', import.meta.url), 'utf8')));
    const files = new Map(fixture.submissions.flatMap((s) => s.materials).map((m) => [m.path, new TextEncoder().encode(`材料 ${m.path}`)] as const));
    const source = join(dataDir, 'published.zzpkg');
    await writePackageFile({ manifest: withMaterialDigests(fixture, files), files }, source);
    await publishPackage(bureau.context, meetingId, source);

    const { downloadId, bytes } = await service.downloadPackage(meetingId);
    expect(bytes).toBeGreaterThan(0);
    expect(await readdir(join(dataDir, 'downloads'))).toEqual([`${downloadId}.zzpkg`]);
    const hostDeps = { appName: '测试', version: '0.0.0', dataDir, platform: process.platform, transport: 'http', dialogs: null, settings } as const;
    const packages = createPackageHandlers(hostDeps, openPackageServices(hostDeps));
    const { jobId } = await packages['package.inspect']({ downloadId }, workstationCaller);
    await until(async () => (await packages['package.job']({ jobId }, workstationCaller)).state !== 'running', '评审包检查完成');
    expect(await packages['package.job']({ jobId }, workstationCaller)).toMatchObject({
      state: 'ready',
      preview: { manifest: { meeting: { id: meetingId } }, signature: { status: 'valid', keyId: bureau.context.key.keyId } },
    });
    await packages['package.discard']({ jobId }, workstationCaller);
  });
});
