import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { MeetingStore } from '../../electron/services/meeting/meeting-store.js';
import type { VerdictDelivery } from '../../electron/services/sync/verdict-delivery.js';
import { type VerdictBundle, bundleDigest } from '../../shared/bundle/verdict-bundle.js';
import type { OutboxEntry } from '../../shared/sync/outbox-entry.js';
import { sampleBundle, verdictOfBundle } from '../fixtures/sample-bundle.js';
import { workstationCaller } from '../support/callers.js';
import { type LoopbackBureau, startLoopbackBureau } from '../support/loopback-bureau.js';
import { testMeeting, testSubmission } from '../support/meeting-host.js';
import { openSyncHost, type SyncHost } from '../support/sync-host.js';

let bureau: LoopbackBureau;
let store: MeetingStore;
let delivery: VerdictDelivery;
let handlers: SyncHost['handlers'];

beforeAll(async () => {
  bureau = await startLoopbackBureau();
});
afterAll(async () => {
  await bureau?.dispose();
});

let host: SyncHost;

beforeEach(async () => {
  host = await openSyncHost('zz-delivery-enroll-');
  ({ store, delivery, handlers } = host);
});
afterEach(() => host.close());

/** What an hour of waiting for an enrollment leaves: tries counted, a backoff far ahead, the old reason. */
const staleEntry = (b: VerdictBundle, nextAttemptAt: string): OutboxEntry => ({
  id: `${b.verdictId}/${b.versionNo}`,
  meetingId: b.meetingId,
  verdictId: b.verdictId,
  versionNo: b.versionNo,
  status: 'pending',
  attempts: 6,
  nextAttemptAt,
  lastError: '本机尚未在局端注册，注册后将自动上报',
  receipt: null,
  bundle: b,
  bundleDigest: bundleDigest(b),
});

const queueAsFinalised = (b: VerdictBundle, nextAttemptAt: string) =>
  store.writeNow({ meetingId: b.meetingId }, (tx) => {
    if (tx.meetings.get(b.meetingId) === undefined) tx.meetings.put({ ...testMeeting, id: b.meetingId });
    tx.submissions.put({ ...testSubmission, meetingId: b.meetingId, id: b.submissionId, phase: 'finalised' });
    tx.verdicts.put(verdictOfBundle(b));
    tx.outbox.put(staleEntry(b, nextAttemptAt));
    tx.ledger.record(b.verdictId, b.versionNo, bundleDigest(b), new Date().toISOString());
  });

it('sends every pending verdict as soon as the workstation enrolls, each version after the one before', async () => {
  const first = sampleBundle('V-ENROLL-S01', 'S01');
  // The amendment's backoff ends before its first version's: it must still go second.
  const amended: VerdictBundle = { ...first, versionNo: 2, supersedes: bundleDigest(first), conclusion: '修订：同意通过审评。' };
  const others = ['S02', 'S03', 'S04'].map((s) => sampleBundle(`V-ENROLL-${s}`, s));
  queueAsFinalised(first, '2099-01-01T00:10:00.000Z');
  queueAsFinalised(amended, '2099-01-01T00:00:00.000Z');
  for (const b of others) queueAsFinalised(b, '2099-01-01T00:05:00.000Z');
  await delivery.runner.idle();

  await handlers['sync.enroll']({ bureauUrl: bureau.url, code: await bureau.newCode(), deviceName: '秘书处笔记本' }, workstationCaller);
  await delivery.runner.idle();

  const entries = store.read((tx) => tx.outbox.list());
  expect(entries).toHaveLength(5);
  for (const entry of entries) expect(entry).toMatchObject({ status: 'delivered', lastError: null, attempts: 1 });
  const seq = (verdictId: string, versionNo: number) => entries.find((e) => e.verdictId === verdictId && e.versionNo === versionNo)!.receipt!.seq;
  expect(seq('V-ENROLL-S01', 2)).toBeGreaterThan(seq('V-ENROLL-S01', 1));
  const stored = await bureau.context.repository.allVersions();
  expect(stored.map((v) => `${v.verdictId}/${v.versionNo}`).sort()).toEqual(entries.map((e) => e.id).sort());
});

it('once the bureau answers again, what waited on old timers goes at once with no stale reason', async () => {
  await handlers['sync.enroll']({ bureauUrl: bureau.url, code: await bureau.newCode(), deviceName: '秘书处笔记本' }, workstationCaller);
  await delivery.runner.idle();
  await bureau.stop();
  const waiting = ['S05', 'S06', 'S07'].map((s) => sampleBundle(`V-BACK-${s}`, s));
  for (const b of waiting) queueAsFinalised(b, new Date().toISOString());
  delivery.runner.wake();
  await delivery.runner.idle();
  for (const entry of store.read((tx) => tx.outbox.list())) expect(entry.lastError).toMatch(/无法连接局端/);

  await bureau.start();
  // The first that is due is delivered; the others, still backing off, follow in the same pass.
  store.writeNow({ meetingId: waiting[0]!.meetingId }, (tx) => tx.outbox.put({ ...tx.outbox.get('V-BACK-S05/1')!, nextAttemptAt: new Date().toISOString() }));
  delivery.runner.wake();
  await delivery.runner.idle();
  await delivery.runner.idle();
  for (const entry of store.read((tx) => tx.outbox.list())) expect(entry).toMatchObject({ status: 'delivered', lastError: null });
});
