import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { intakeSignedBundle } from '../../bureau/verdict-intake.js';
import { nodeEd25519 } from '../../node/crypto/ed25519.js';
import { hostCallNames, hostContract } from '../../shared/api/contract.js';
import { dispatch } from '../../shared/api/dispatch.js';
import { bundleSignatureValid } from '../../shared/bundle/signed-bundle.js';
import { type VerdictBundle, bundleDigest } from '../../shared/bundle/verdict-bundle.js';
import { bytesToBase64 } from '../../shared/protocol/base64.js';
import { generateEd25519KeyPair } from '../../shared/protocol/ed25519.js';
import { signReceipt } from '../../shared/protocol/receipt.js';
import { verdictFileSchema } from '../../shared/sync/verdict-file.js';
import { defaultSettings } from '../../shared/settings/settings.js';
import type { OutboxEntry } from '../../shared/sync/outbox-entry.js';
import type { HostDeps } from '../../electron/services/host-deps.js';
import type { MeetingStore } from '../../electron/services/meeting/meeting-store.js';
import { openMeetingDeps } from '../../electron/services/meeting/open-meeting-deps.js';
import { createSyncHandlers } from '../../electron/services/sync-handlers.js';
import { startVerdictDelivery, type VerdictDelivery } from '../../electron/services/sync/verdict-delivery.js';
import { sampleBundle, verdictOfBundle } from '../fixtures/sample-bundle.js';
import { workstationCaller } from '../support/callers.js';
import { type LoopbackBureau, startLoopbackBureau } from '../support/loopback-bureau.js';
import { openMeetingHost, testMeeting, testSubmission } from '../support/meeting-host.js';

let bureau: LoopbackBureau;
let settings: { store: Record<string, unknown> };

/** The host's bureau side as `createHostHandlers` composes it, with its outbox runner in reach so a test can wait for it. */
type DeliveryHost = { dataDir: string; store: MeetingStore; delivery: VerdictDelivery; handlers: ReturnType<typeof createSyncHandlers> };
let host: DeliveryHost;

const openDeliveryHost = async (): Promise<DeliveryHost> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'zz-delivery-attacks-'));
  const deps: HostDeps = { appName: '测试', version: '0.0.0', dataDir, platform: process.platform, transport: 'http', dialogs: null, settings };
  const meetings = openMeetingDeps(deps);
  const delivery = startVerdictDelivery(deps, meetings);
  return { dataDir, store: meetings.store, delivery, handlers: createSyncHandlers(deps, delivery) };
};

beforeAll(async () => {
  bureau = await startLoopbackBureau();
});
afterAll(async () => {
  await bureau?.dispose();
});

beforeEach(async () => {
  settings = { store: { ...defaultSettings } };
  host = await openDeliveryHost();
  await host.handlers['sync.enroll']({ bureauUrl: bureau.url, code: await bureau.newCode(), deviceName: '攻击测试工作站' }, workstationCaller);
  // The pass the enrollment starts has looked at the (empty) outbox before anything is planted.
  await host.delivery.runner.idle();
});
afterEach(async () => {
  host.store.close();
  await rm(host.dataDir, { recursive: true, force: true });
});


const entryOf = (b: VerdictBundle): OutboxEntry => ({
  id: `${b.verdictId}/${b.versionNo}`,
  meetingId: b.meetingId,
  verdictId: b.verdictId,
  versionNo: b.versionNo,
  status: 'pending',
  // Far enough ahead that the host's own runner leaves it to the calls under test.
  nextAttemptAt: '2099-01-01T00:00:00.000Z',
  attempts: 0,
  lastError: null,
  receipt: null,
  bundle: b,
  bundleDigest: bundleDigest(b),
});

/**
 * Writes into the host's store what a finalisation leaves (`ledger`: the digest entered in the
 * signing ledger) or what a tamperer with access to the file plants (`ledger: false`).
 */
const plant = (b: VerdictBundle, ledger: boolean) => {
  host.store.writeNow({ meetingId: b.meetingId }, (tx) => {
    if (tx.meetings.get(b.meetingId) === undefined) tx.meetings.put(testMeeting);
    tx.submissions.put({ ...testSubmission, id: b.submissionId, phase: 'finalised' });
    tx.verdicts.put(verdictOfBundle(b));
    tx.outbox.put(entryOf(b));
    if (ledger) tx.ledger.record(b.verdictId, b.versionNo, bundleDigest(b), new Date().toISOString());
  });
};

const stateOf = (b: VerdictBundle) =>
  host.store.read((tx) => ({
    entry: tx.outbox.ofVersion(b.verdictId, b.versionNo),
    verdict: tx.verdicts.get(b.meetingId, `${b.verdictId}/${b.versionNo}`),
    phase: tx.submissions.get(b.meetingId, b.submissionId)?.phase,
    audit: tx.audit.ofMeeting(b.meetingId).map((e) => e.action),
  }));

describe('getting a forged or altered bundle signed', () => {
  it('no call of the contract takes a bundle, and sending one is refused naming the field', async () => {
    const withBundle = hostCallNames.filter((name) => {
      const shape = (hostContract[name].args as { shape?: Record<string, unknown> }).shape ?? {};
      return Object.keys(shape).some((key) => /bundle|envelope|signed/i.test(key));
    });
    expect(withBundle).toEqual([]);
    const forged = { ...sampleBundle('V-FORGED-1', 'S01'), outcome: 'fail' };
    const full = await openMeetingHost();
    try {
      for (const name of ['sync.deliver', 'sync.exportVerdict'] as const) {
        expect(await dispatch(full.handlers, name, { verdictId: 'V-FORGED-1', versionNo: 1, bundle: forged, path: join(full.dataDir, 'x.zzverdict') }, workstationCaller)).toMatchObject({
          ok: false,
          error: { code: 'invalid-arguments', field: 'bundle' },
        });
      }
    } finally {
      await full.close();
    }
  });

  it('signs neither a bundle the ledger never recorded nor one altered in the store; the honest one is signed as recorded', async () => {
    const honest = sampleBundle('V-HONEST-1', 'S01');
    plant(honest, true);
    const forged = sampleBundle('V-FORGED-1', 'S02');
    plant({ ...forged, outcome: 'fail' }, false);
    const path = join(host.dataDir, 'out.zzverdict');

    const planted = { ...forged, outcome: 'fail' as const };
    const before = stateOf(planted);
    const version = { verdictId: 'V-FORGED-1', versionNo: 1 };
    await expect(host.handlers['sync.exportVerdict']({ ...version, path }, workstationCaller)).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('签名记录中没有') });
    await expect(host.handlers['sync.deliver'](version, workstationCaller)).rejects.toMatchObject({ code: 'refused' });
    expect(stateOf(planted)).toEqual(before);
    await expect(readFile(path)).rejects.toMatchObject({ code: 'ENOENT' });

    const altered = { ...honest, conclusion: '不予通过。', outcome: 'fail' as const };
    const { store } = host;
    const original = store.read((tx) => tx.outbox.ofVersion('V-HONEST-1', 1))!;
    store.writeNow({ meetingId: honest.meetingId }, (tx) => tx.outbox.put({ ...original, bundle: altered, bundleDigest: bundleDigest(altered) }));
    await expect(host.handlers['sync.exportVerdict']({ verdictId: 'V-HONEST-1', versionNo: 1, path }, workstationCaller)).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringContaining('与定稿时签署的内容不符'),
    });
    await expect(host.handlers['sync.deliver']({ verdictId: 'V-HONEST-1', versionNo: 1 }, workstationCaller)).rejects.toMatchObject({ code: 'refused' });
    expect(await bureau.context.repository.listVersions('V-HONEST-1')).toEqual([]);
    expect(await bureau.context.repository.listVersions('V-FORGED-1')).toEqual([]);

    store.writeNow({ meetingId: honest.meetingId }, (tx) => tx.outbox.put(original));
    expect(await host.handlers['sync.exportVerdict']({ verdictId: 'V-HONEST-1', versionNo: 1, path }, workstationCaller)).toEqual({ path });
    const { handover: _label, ...envelope } = verdictFileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
    expect(envelope.bundle).toEqual(honest);
    expect(bundleSignatureValid(envelope)).toBe(true);
    const accepted = await intakeSignedBundle({ ...bureau.context, ed: nodeEd25519, now: () => new Date() }, envelope, null, null);
    expect(accepted.receipt.sha256).toBe(bundleDigest(honest));
  });
});

describe('marking a verdict delivered with a receipt from another key', () => {
  let fake: Server;
  let fakeUrl: string;
  const fakeKey = generateEd25519KeyPair();

  /** A bureau of the attacker's: takes anything and answers with a well-formed receipt signed by its own key. */
  beforeAll(async () => {
    fake = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const { bundle } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { bundle: VerdictBundle };
        const receipt = signReceipt(
          { verdictId: bundle.verdictId, versionNo: bundle.versionNo, sha256: bundleDigest(bundle), receivedAt: new Date().toISOString(), seq: 1 },
          fakeKey.secretKey,
          nodeEd25519,
        );
        response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ receipt }));
      });
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => fake.close(resolve));
  });

  it('keeps the verdict undelivered even when the settings name the fake bureau and its key', async () => {
    const bundle = sampleBundle('V-RECEIPT-1', 'S01');
    plant(bundle, true);
    settings.store = { ...settings.store, bureauUrl: fakeUrl, bureauKeyId: 'fake', bureauPublicKey: bytesToBase64(fakeKey.publicKey) };
    const result = await host.handlers['sync.deliver']({ verdictId: 'V-RECEIPT-1', versionNo: 1 }, workstationCaller);
    expect(result).toEqual({ status: 'retry', message: '局端的回执无法用注册时获得的局端公钥核验，暂不视为已上报' });
    expect(stateOf(bundle)).toMatchObject({
      entry: { status: 'pending', receipt: null, attempts: 1, lastError: expect.stringContaining('注册时获得的局端公钥') },
      verdict: { receipt: null },
      phase: 'finalised',
      audit: [],
    });
    expect((await host.handlers['sync.status']({}, workstationCaller)).bureauKeyId).toBe(bureau.context.key.keyId);

    settings.store = { ...settings.store, bureauUrl: bureau.url };
    expect(await host.handlers['sync.deliver']({ verdictId: 'V-RECEIPT-1', versionNo: 1 }, workstationCaller)).toMatchObject({ status: 'delivered' });
    expect(stateOf(bundle)).toMatchObject({ entry: { status: 'delivered' }, phase: 'reported', audit: ['verdict.deliver'] });
  });
});
