import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedMeeting, testExpert, testMeetingId } from '../../../test/support/meeting-host.js';
import { openMeetingStore, type MeetingChange, type MeetingStore, type MeetingTx } from './meeting-store.js';
import { runAsOperation } from './operation-context.js';

let dir: string;
let path: string;
let store: MeetingStore;
/** Every change the store announced, with the present experts a second connection saw at that moment. */
let told: { change: MeetingChange; committed: string[] }[];
const opened: MeetingStore[] = [];

/** A second connection to the file: only what is committed is there. */
const fresh = (): MeetingStore => {
  const other = openMeetingStore({ path });
  opened.push(other);
  return other;
};
const presentOn = (reader: MeetingStore) => reader.read((tx) => tx.experts.list(testMeetingId).filter((e) => e.present).map((e) => e.id));
const auditOn = (reader: MeetingStore) => reader.read((tx) => tx.audit.ofMeeting(testMeetingId).map((e) => (e.details as { expertId: string }).expertId));

/** Marks one expert present, with its audit entry, as `expert.setAttendance` does. */
const attend = (expertId: string) => (tx: MeetingTx) => {
  tx.experts.put({ ...tx.experts.get(testMeetingId, expertId)!, present: true });
  tx.audit.append({ meetingId: testMeetingId, submissionId: null, actor: 'secretary', action: 'expert.attendance', at: new Date().toISOString(), details: { expertId, present: true } });
  return expertId;
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zz-group-commit-'));
  path = join(dir, 'meetings.sqlite3');
  told = [];
  const watcher = fresh();
  store = openMeetingStore({ path, onCommit: (change) => told.push({ change, committed: presentOn(watcher) }) });
  seedMeeting(store, [1, 2, 3, 4, 5].map((n) => testExpert(n)));
  told = [];
});

afterEach(async () => {
  store.close();
  for (const other of opened.splice(0)) other.close();
  await rm(dir, { recursive: true, force: true });
});

describe('group commit', () => {
  it('commits the writes asked for together in one transaction, announced once, and answers each only once it is on disk', async () => {
    const reader = fresh();
    const answered = await Promise.all(
      ['E02', 'E03', 'E04'].map((expertId) => store.write({ meetingId: testMeetingId }, attend(expertId)).then((value) => ({ value, committed: presentOn(reader) }))),
    );
    // One commit: the three changes reached another connection together, and the screens heard of them once.
    expect(told).toEqual([{ change: { meetingId: testMeetingId }, committed: ['E02', 'E03', 'E04'] }]);
    expect(answered).toEqual(['E02', 'E03', 'E04'].map((value) => ({ value, committed: ['E02', 'E03', 'E04'] })));
    expect(auditOn(reader)).toEqual(['E02', 'E03', 'E04']);
    expect(store.verifyAuditChain()).toMatchObject({ intact: true });
  });

  it('tells nothing and answers nobody before the commit: a write asked for is not there until its promise settles', async () => {
    const written = store.write({ meetingId: testMeetingId }, attend('E02'));
    expect(presentOn(fresh())).toEqual([]);
    expect(told).toEqual([]);
    await written;
    expect(presentOn(fresh())).toEqual(['E02']);
  });

  it('refuses a failing write alone: the others of its group commit, in order, with an intact audit chain', async () => {
    const [first, failing, last] = await Promise.allSettled([
      store.write({ meetingId: testMeetingId }, attend('E02')),
      store.write({ meetingId: testMeetingId }, (tx) => {
        attend('E03')(tx);
        throw new Error('规则不允许');
      }),
      store.write({ meetingId: testMeetingId }, attend('E04')),
    ]);
    expect([first, last]).toEqual([
      { status: 'fulfilled', value: 'E02' },
      { status: 'fulfilled', value: 'E04' },
    ]);
    expect(failing).toMatchObject({ status: 'rejected', reason: { message: '规则不允许' } });
    const reader = fresh();
    expect(presentOn(reader)).toEqual(['E02', 'E04']);
    expect(auditOn(reader)).toEqual(['E02', 'E04']);
    expect(reader.verifyAuditChain()).toMatchObject({ intact: true, entries: 2 });
    // The store goes on: the next write is committed on its own.
    await store.write({ meetingId: testMeetingId }, attend('E05'));
    expect(presentOn(fresh())).toEqual(['E02', 'E04', 'E05']);
  });

  it('commits an operation key with its write inside the group: a resend in the same group gets the first answer, writes nothing and is not announced', async () => {
    const named = (expertId: string) => runAsOperation({ key: 'E02:op-1' }, () => store.write({ meetingId: testMeetingId, submissionId: 'S01' }, attend(expertId)));
    const [first, resent] = await Promise.all([named('E02'), named('E03')]);
    expect([first, resent]).toEqual(['E02', 'E02']);
    expect(presentOn(fresh())).toEqual(['E02']);
    expect(told.map((entry) => entry.change)).toEqual([{ meetingId: testMeetingId, submissionId: 'S01' }]);
    expect(await named('E04')).toBe('E02');
    expect(told).toHaveLength(1);
  });

  it('announces each meeting and submission a group changed once', async () => {
    await Promise.all([
      store.write({ meetingId: testMeetingId, submissionId: 'S01' }, attend('E02')),
      store.write({ meetingId: testMeetingId, submissionId: 'S01' }, attend('E03')),
      store.write({ meetingId: testMeetingId, submissionId: 'S02' }, attend('E04')),
    ]);
    expect(told.map((entry) => entry.change)).toEqual([
      { meetingId: testMeetingId, submissionId: 'S01' },
      { meetingId: testMeetingId, submissionId: 'S02' },
    ]);
  });

  it('commits the writes still waiting when the store closes', async () => {
    const written = store.write({ meetingId: testMeetingId }, attend('E02'));
    store.close();
    await expect(written).resolves.toBe('E02');
    expect(presentOn(fresh())).toEqual(['E02']);
    store = openMeetingStore({ path });
  });
});
