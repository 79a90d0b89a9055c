import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DeliverResult } from '../../shared/api/calls/sync-calls.js';
import { sampleBundle } from '../../shared/bundle/sample-bundle.js';
import { type VerdictBundle, bundleDigest } from '../../shared/bundle/verdict-bundle.js';
import type { Verdict } from '../../shared/model/verdict.js';
import { WorkstationDatabase } from '../db/database.js';
import type { OutboxEntry } from '../db/outbox-entry.js';
import { type Connectivity, createOutboxRunner } from './outbox-runner.js';

const bundle = sampleBundle('V-1', 'S01');
const entryId = 'V-1/1';
const t0 = new Date('2026-11-28T10:00:00.000Z');
let db: WorkstationDatabase;
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

const verdictOf = (b: VerdictBundle): Verdict => ({
  id: `${b.verdictId}/${b.versionNo}`,
  verdictId: b.verdictId,
  meetingId: b.meetingId,
  submissionId: b.submissionId,
  versionNo: b.versionNo,
  supersedes: null,
  status: 'final',
  reviewType: b.reviewType,
  rubricId: b.rubricId,
  outcome: b.outcome,
  explanation: '',
  aggregate: b.aggregate,
  votes: b.votes,
  recusedExpertIds: [],
  vetoRulings: [],
  reconciliationNotes: [],
  conclusion: b.conclusion,
  revisionRequirements: b.revisionRequirements,
  dissent: [],
  signatures: [],
  amendmentReason: null,
  finalizedAt: b.finalizedAt,
  finalizedBy: b.finalizedBy,
  receipt: null,
});

const receipt = { verdictId: 'V-1', versionNo: 1, sha256: bundleDigest(bundle), receivedAt: '2026-11-28T10:00:01.000Z', seq: 7, signature: 'c2ln' };

const switchable = (): Connectivity & { set(online: boolean): void } => {
  let online = true;
  const listeners = new Set<(online: boolean) => void>();
  return {
    isOnline: () => online,
    subscribe: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    set(next) {
      online = next;
      for (const listener of listeners) listener(next);
    },
  };
};

const runnerWith = (answers: DeliverResult[], connectivity: Connectivity = switchable()) => {
  const sent: VerdictBundle[] = [];
  const runner = createOutboxRunner({
    db,
    connectivity,
    now: () => clock,
    random: () => 0.5,
    backoff: { baseMs: 1_000, maxMs: 8_000 },
    deliver: async (b) => {
      sent.push(b);
      const answer = answers.shift();
      if (answer === undefined) throw new Error('host gone');
      return answer;
    },
  });
  return { runner, sent };
};

beforeEach(() => {
  db = new WorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  clock = t0;
});

describe('outbox runner', () => {
  it('stores a delivered receipt on the entry and on the verdict, with an audit line', async () => {
    await db.verdicts.put(verdictOf(bundle));
    await db.outbox.add(entry(bundle));
    await runnerWith([{ status: 'delivered', receipt }]).runner.runDue();
    expect(await db.outbox.get(entryId)).toMatchObject({ status: 'delivered', attempts: 1, receipt, lastError: null });
    expect((await db.verdicts.get([bundle.meetingId, entryId]))?.receipt).toEqual(receipt);
    expect((await db.auditLog.toArray()).map((e) => e.action)).toEqual(['verdict.deliver']);
  });

  it('moves the submission to 已上报 on the latest version\'s receipt, and not on a superseded one', async () => {
    const submission = {
      id: bundle.submissionId,
      meetingId: bundle.meetingId,
      standardName: '电动自行车用锂离子电池组',
      proposedCode: 'T/ZZB 3581—2026',
      standardKind: 'product' as const,
      leadDrafter: '浙江恒川新能源科技股份有限公司',
      coDrafters: [],
      revisionOf: null,
      phase: 'finalised' as const,
    };
    await db.submissions.put(submission);
    await db.verdicts.bulkPut([verdictOf(bundle), { ...verdictOf(bundle), id: 'V-1/2', versionNo: 2 }]);
    await db.outbox.add(entry(bundle));
    await runnerWith([{ status: 'delivered', receipt }]).runner.runDue();
    expect((await db.submissions.get([bundle.meetingId, bundle.submissionId]))?.phase).toBe('finalised');

    await db.verdicts.delete([bundle.meetingId, 'V-1/2']);
    await db.outbox.update(entryId, { status: 'pending', receipt: null });
    await runnerWith([{ status: 'delivered', receipt }]).runner.runDue();
    expect((await db.submissions.get([bundle.meetingId, bundle.submissionId]))?.phase).toBe('reported');
  });

  it('backs off exponentially with jitter while the bureau cannot be reached, keeping the reason', async () => {
    await db.outbox.add(entry(bundle));
    const { runner } = runnerWith([{ status: 'retry', message: '无法连接局端' }, { status: 'retry', message: '局端暂时出错（HTTP 500）' }]);
    await runner.runDue();
    expect(await db.outbox.get(entryId)).toMatchObject({ attempts: 1, lastError: '无法连接局端', nextAttemptAt: '2026-11-28T10:00:00.750Z' });
    await runner.runDue();
    expect((await db.outbox.get(entryId))?.attempts).toBe(1);
    clock = new Date(t0.getTime() + 750);
    await runner.runDue();
    expect(await db.outbox.get(entryId)).toMatchObject({ status: 'pending', attempts: 2, lastError: '局端暂时出错（HTTP 500）', nextAttemptAt: '2026-11-28T10:00:02.250Z' });
  });

  it('counts a host that does not answer as a retry', async () => {
    await db.outbox.add(entry(bundle));
    await runnerWith([]).runner.runDue();
    expect(await db.outbox.get(entryId)).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringContaining('host gone') });
  });

  it('keeps a refused bundle as failed with the field, and retries it on request', async () => {
    await db.outbox.add(entry(bundle));
    const { runner, sent } = runnerWith([{ status: 'invalid', field: 'bundle.outcome', message: '局端拒收该裁决' }, { status: 'delivered', receipt }]);
    await runner.runDue();
    expect(await db.outbox.get(entryId)).toMatchObject({ status: 'failed', lastError: '局端拒收该裁决（字段 bundle.outcome）' });
    await runner.runDue();
    expect(sent).toHaveLength(1);
    await runner.retryNow(entryId);
    expect((await db.outbox.get(entryId))?.status).toBe('delivered');
    expect((await db.auditLog.toArray()).map((e) => e.action).sort()).toEqual(['verdict.deliver', 'verdict.deliver-refused']);
  });

  it('does not take a receipt for another digest, and backs off before asking again', async () => {
    await db.outbox.add(entry(bundle));
    await runnerWith([{ status: 'delivered', receipt: { ...receipt, sha256: 'ab'.repeat(32) } }]).runner.runDue();
    expect(await db.outbox.get(entryId)).toMatchObject({ status: 'pending', receipt: null, lastError: expect.stringContaining('摘要不符'), nextAttemptAt: '2026-11-28T10:00:00.750Z' });
  });

  it('sends nothing while offline and everything pending as soon as the network returns', async () => {
    const network = switchable();
    network.set(false);
    await db.outbox.add(entry(bundle, { attempts: 3, nextAttemptAt: '2026-11-28T11:00:00.000Z' }));
    const { runner, sent } = runnerWith([{ status: 'delivered', receipt }], network);
    const stop = runner.start();
    try {
      await runner.idle();
      expect(sent).toHaveLength(0);
      network.set(true);
      await runner.idle();
      expect((await db.outbox.get(entryId))?.status).toBe('delivered');
    } finally {
      stop();
    }
  });

  it('delivers an entry queued while it runs, without waiting for the timer', async () => {
    const { runner } = runnerWith([{ status: 'delivered', receipt }]);
    const stop = runner.start();
    try {
      await runner.idle();
      await db.outbox.add(entry(bundle));
      await new Promise((resolve) => setTimeout(resolve, 0));
      await runner.idle();
      expect((await db.outbox.get(entryId))?.status).toBe('delivered');
    } finally {
      stop();
    }
  });
});
