import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliverResult } from '../../../shared/api/calls/sync-calls.js';
import { type VerdictBundle, bundleDigest } from '../../../shared/bundle/verdict-bundle.js';
import type { Verdict } from '../../../shared/model/verdict.js';
import type { OutboxEntry } from '../../../shared/sync/outbox-entry.js';
import { sampleBundle, verdictOfBundle } from '../../../test/fixtures/sample-bundle.js';
import { testMeeting, testSubmission } from '../../../test/support/meeting-host.js';
import { openMeetingStore, type MeetingStore } from '../meeting/meeting-store.js';
import { createOutboxRunner } from './outbox-runner.js';

const bundle = sampleBundle('V-1', 'S01');
const version = { verdictId: 'V-1', versionNo: 1 };
const t0 = new Date('2026-11-28T10:00:00.000Z');
let dataDir: string;
let store: MeetingStore;
let clock: Date;

const entry = (b: VerdictBundle, changes: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id: `${b.verdictId}/${b.versionNo}`,
  meetingId: b.meetingId,
  verdictId: b.verdictId,
  versionNo: b.versionNo,
  status: 'pending',
  attempts: 0,
  nextAttemptAt: t0.toISOString(),
  lastError: null,
  receipt: null,
  bundle: b,
  bundleDigest: bundleDigest(b),
  ...changes,
});


const receipt = { verdictId: 'V-1', versionNo: 1, sha256: bundleDigest(bundle), receivedAt: '2026-11-28T10:00:01.000Z', seq: 7, signature: 'c2ln' };

/** A version as finalisation leaves it: the verdict, its outbox entry and its digest in the signing ledger. */
const queue = (queued: OutboxEntry, verdicts: Verdict[] = [verdictOfBundle(queued.bundle)]) =>
  store.writeNow({ meetingId: queued.meetingId }, (tx) => {
    for (const verdict of verdicts) tx.verdicts.put(verdict);
    tx.outbox.put(queued);
    tx.ledger.record(queued.verdictId, queued.versionNo, queued.bundleDigest, t0.toISOString());
  });

const stored = () => store.read((tx) => tx.outbox.ofVersion('V-1', 1));
const auditActions = () => store.read((tx) => tx.audit.ofMeeting(bundle.meetingId).map((e) => e.action));

const runnerWith = (answers: DeliverResult[], enrolled = { value: true }) => {
  const sent: VerdictBundle[] = [];
  const runner = createOutboxRunner({
    store,
    ready: async () => enrolled.value,
    now: () => clock,
    random: () => 0.5,
    backoff: { baseMs: 1_000, maxMs: 8_000 },
    deliver: async (b) => {
      sent.push(b);
      const answer = answers.shift();
      if (answer === undefined) throw new Error('bureau client gone');
      return answer;
    },
  });
  return { runner, sent };
};

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'zz-outbox-runner-'));
  store = openMeetingStore({ path: join(dataDir, 'meetings.sqlite3') });
  store.writeNow({ meetingId: testMeeting.id }, (tx) => {
    tx.meetings.put(testMeeting);
    tx.submissions.put({ ...testSubmission, phase: 'finalised' });
  });
  clock = t0;
});

afterEach(async () => {
  store.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('outbox runner in the host', () => {
  it('stores a delivered receipt on the entry and on the verdict, with an audit line', async () => {
    queue(entry(bundle));
    await runnerWith([{ status: 'delivered', receipt }]).runner.runDue();
    expect(stored()).toMatchObject({ status: 'delivered', attempts: 1, receipt, lastError: null });
    expect(store.read((tx) => tx.verdicts.get(bundle.meetingId, 'V-1/1'))?.receipt).toEqual(receipt);
    expect(auditActions()).toEqual(['verdict.deliver']);
  });

  it("moves the submission to 已上报 on the latest version's receipt, and not on a superseded one", async () => {
    queue(entry(bundle), [verdictOfBundle(bundle), verdictOfBundle(bundle, 2)]);
    await runnerWith([{ status: 'delivered', receipt }]).runner.runDue();
    expect(store.read((tx) => tx.submissions.get(bundle.meetingId, 'S01'))?.phase).toBe('finalised');

    store.writeNow({ meetingId: bundle.meetingId }, (tx) => {
      tx.verdicts.delete(bundle.meetingId, 'V-1/2');
      tx.outbox.put(entry(bundle));
    });
    await runnerWith([{ status: 'delivered', receipt }]).runner.runDue();
    expect(store.read((tx) => tx.submissions.get(bundle.meetingId, 'S01'))?.phase).toBe('reported');
  });

  it('backs off exponentially with jitter while the bureau cannot be reached, keeping the reason', async () => {
    queue(entry(bundle));
    const { runner } = runnerWith([{ status: 'retry', message: '无法连接局端' }, { status: 'retry', message: '局端暂时出错（HTTP 500）' }]);
    await runner.runDue();
    expect(stored()).toMatchObject({ attempts: 1, lastError: '无法连接局端', nextAttemptAt: '2026-11-28T10:00:00.750Z' });
    await runner.runDue();
    expect(stored()?.attempts).toBe(1);
    clock = new Date(t0.getTime() + 750);
    await runner.runDue();
    expect(stored()).toMatchObject({ status: 'pending', attempts: 2, lastError: '局端暂时出错（HTTP 500）', nextAttemptAt: '2026-11-28T10:00:02.250Z' });
  });

  it('counts a delivery that throws as a retry', async () => {
    queue(entry(bundle));
    await runnerWith([]).runner.runDue();
    expect(stored()).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringContaining('bureau client gone') });
  });

  it('keeps a refused bundle as failed with the field, and delivers it on 立即重试', async () => {
    queue(entry(bundle));
    const { runner, sent } = runnerWith([{ status: 'invalid', field: 'bundle.outcome', message: '局端拒收该裁决' }, { status: 'delivered', receipt }]);
    await runner.runDue();
    expect(stored()).toMatchObject({ status: 'failed', lastError: '局端拒收该裁决（字段 bundle.outcome）' });
    await runner.runDue();
    expect(sent).toHaveLength(1);
    expect(await runner.deliverNow(version)).toEqual({ status: 'delivered', receipt });
    expect(stored()?.status).toBe('delivered');
    expect(auditActions().sort()).toEqual(['verdict.deliver', 'verdict.deliver-refused']);
    expect(await runner.deliverNow(version)).toEqual({ status: 'delivered', receipt });
    expect(sent).toHaveLength(2);
  });

  it('does not take a receipt for another digest, and backs off before asking again', async () => {
    queue(entry(bundle));
    await runnerWith([{ status: 'delivered', receipt: { ...receipt, sha256: 'ab'.repeat(32) } }]).runner.runDue();
    expect(stored()).toMatchObject({ status: 'pending', receipt: null, lastError: expect.stringContaining('摘要不符'), nextAttemptAt: '2026-11-28T10:00:00.750Z' });
  });

  it('attempts nothing before enrollment, and everything pending as soon as the workstation enrolls', async () => {
    const enrolled = { value: false };
    queue(entry(bundle, { attempts: 3, nextAttemptAt: '2026-11-28T11:00:00.000Z' }));
    const { runner, sent } = runnerWith([{ status: 'delivered', receipt }], enrolled);
    const stop = runner.start();
    try {
      await runner.idle();
      expect(await runner.deliverNow(version)).toMatchObject({ status: 'retry', message: expect.stringContaining('尚未在局端注册') });
      expect(sent).toHaveLength(0);
      expect(stored()?.attempts).toBe(3);
      enrolled.value = true;
      runner.wake(true);
      await runner.idle();
      expect(stored()?.status).toBe('delivered');
    } finally {
      stop();
    }
  });

  it('delivers an entry queued while it runs, without waiting for the timer', async () => {
    const { runner } = runnerWith([{ status: 'delivered', receipt }]);
    const stop = runner.start();
    try {
      await runner.idle();
      queue(entry(bundle));
      runner.wake();
      await runner.idle();
      expect(stored()?.status).toBe('delivered');
    } finally {
      stop();
    }
  });

  it('leaves a restored bundle held until the secretary confirms it', async () => {
    queue(entry(bundle, { status: 'held' }));
    const { runner, sent } = runnerWith([{ status: 'delivered', receipt }]);
    await runner.runDue();
    await expect(runner.deliverNow(version)).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('须由秘书确认') });
    expect(sent).toHaveLength(0);
    expect(stored()?.status).toBe('held');
  });

  it('never sends a bundle other than the one in the signing ledger, and sets it aside with the reason', async () => {
    const forged = { ...bundle, outcome: 'fail' as const, conclusion: '不予通过。' };
    queue(entry(bundle));
    store.writeNow({ meetingId: bundle.meetingId }, (tx) => tx.outbox.put(entry(forged)));
    const { runner, sent } = runnerWith([{ status: 'delivered', receipt }]);
    await runner.runDue();
    expect(sent).toHaveLength(0);
    expect(stored()).toMatchObject({ status: 'failed', attempts: 0, lastError: expect.stringContaining('与定稿时签署的内容不符') });
    await expect(runner.deliverNow(version)).rejects.toMatchObject({ code: 'refused' });

    const unsigned = sampleBundle('V-FORGED-1', 'S01');
    store.writeNow({ meetingId: bundle.meetingId }, (tx) => tx.outbox.put(entry(unsigned)));
    await runner.runDue();
    expect(sent).toHaveLength(0);
    expect(store.read((tx) => tx.outbox.ofVersion('V-FORGED-1', 1))).toMatchObject({ status: 'failed', lastError: expect.stringContaining('签名记录中没有') });
    expect(auditActions()).toEqual([]);
  });
  it("sends a verdict's versions in order, on a pass and on 立即重试 of the later one", async () => {
    const amended: VerdictBundle = { ...bundle, versionNo: 2, supersedes: bundleDigest(bundle), conclusion: '修订后同意通过。' };
    // The amendment is due first; it still goes after version 1.
    queue(entry(bundle, { nextAttemptAt: '2026-11-28T09:59:00.000Z' }), [verdictOfBundle(bundle), verdictOfBundle(bundle, 2)]);
    queue(entry(amended, { nextAttemptAt: '2026-11-28T09:58:00.000Z' }), []);
    const second = { ...receipt, versionNo: 2, sha256: bundleDigest(amended), seq: 8 };
    const { runner, sent } = runnerWith([{ status: 'delivered', receipt }, { status: 'delivered', receipt: second }]);
    await runner.runDue();
    expect(sent.map((b) => b.versionNo)).toEqual([1, 2]);

    store.writeNow({ meetingId: bundle.meetingId }, (tx) => {
      tx.outbox.put(entry(bundle, { attempts: 2, lastError: '无法连接局端' }));
      tx.outbox.put(entry(amended));
    });
    const retried = runnerWith([{ status: 'retry', message: '无法连接局端：连接被拒绝' }]);
    expect(await retried.runner.deliverNow({ verdictId: 'V-1', versionNo: 2 })).toEqual({ status: 'retry', message: '须先上报同一结论的第 1 版：无法连接局端：连接被拒绝' });
    expect(retried.sent.map((b) => b.versionNo)).toEqual([1]);
  });

  it('resets stale backoff and reasons when the workstation enrolls', async () => {
    const enrolled = { value: false };
    queue(entry(bundle, { attempts: 9, lastError: '本机尚未在局端注册，注册后将自动上报', nextAttemptAt: '2026-11-28T11:00:00.000Z' }));
    const { runner } = runnerWith([{ status: 'retry', message: '局端暂时出错（HTTP 503）' }], enrolled);
    const stop = runner.start();
    try {
      await runner.idle();
      enrolled.value = true;
      runner.wake(true);
      await runner.idle();
      expect(stored()).toMatchObject({ status: 'pending', attempts: 1, lastError: '局端暂时出错（HTTP 503）', nextAttemptAt: '2026-11-28T10:00:00.750Z' });
    } finally {
      stop();
    }
  });
});
