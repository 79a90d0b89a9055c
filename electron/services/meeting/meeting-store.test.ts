import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMeetingHost, seedMeeting, testExpert, testMeetingId, type MeetingHost } from '../../../test/support/meeting-host.js';
import { workstationCaller, expertCaller } from '../../../test/support/callers.js';
import { runAsOperation } from './operation-context.js';

let host: MeetingHost;

beforeEach(async () => {
  host = await openMeetingHost();
  seedMeeting(host.openStore());
});

afterEach(() => host.close());

describe('meeting store', () => {
  it('keeps a write once committed, for every later reader, and tells subscribers which meeting changed', async () => {
    host.changes.length = 0;
    await host.handlers['expert.setAttendance']({ meetingId: testMeetingId, expertId: 'E02', present: true }, workstationCaller);
    expect(host.changes).toEqual([{ meetingId: testMeetingId }]);
    const data = await host.handlers['meeting.read']({ meetingId: testMeetingId }, workstationCaller);
    expect(data?.experts.find((e) => e.id === 'E02')?.present).toBe(true);
    const audit = await host.handlers['meeting.audit']({ meetingId: testMeetingId }, workstationCaller);
    expect(audit.map((e) => e.action)).toEqual(['expert.attendance']);
  });

  it('says which submissions its commits wrote, and the whole meeting after rows changed in bulk', async () => {
    const store = host.openStore();
    const since = store.revision();
    await store.write({ meetingId: testMeetingId, submissionId: 'S01' }, (tx) => tx.submissions.get(testMeetingId, 'S01'));
    expect(store.touchedSince(since, testMeetingId)).toEqual(new Set());
    await store.write({ meetingId: testMeetingId }, (tx) => tx.experts.put({ ...testExpert(2), present: true }));
    expect(store.touchedSince(since, testMeetingId)).toBe('whole');
    const beforeRestore = store.revision();
    // As a restore does: every meeting's rows deleted in bulk, under a write of no one meeting.
    await store.write({ meetingId: null }, () => store.database.prepare('DELETE FROM experts').run());
    expect(store.touchedSince(beforeRestore, testMeetingId)).toBe('whole');
  });

  it('refuses a row the model does not allow, and the transaction leaves nothing behind', () => {
    const store = host.openStore();
    expect(() =>
      store.writeNow({ meetingId: testMeetingId }, (tx) => {
        tx.experts.put(testExpert(6));
        tx.experts.put({ ...testExpert(7), role: 'boss' as 'chair' });
      }),
    ).toThrow();
    expect(store.read((tx) => tx.experts.get(testMeetingId, 'E06'))).toBeUndefined();
  });

  it('chains the audit log, and a changed entry breaks the chain where it was changed', async () => {
    for (const expertId of ['E02', 'E03', 'E04']) {
      await host.handlers['expert.setAttendance']({ meetingId: testMeetingId, expertId, present: true }, workstationCaller);
    }
    expect(await host.handlers['audit.verify']({}, workstationCaller)).toMatchObject({ intact: true, entries: 3 });
    const store = host.openStore();
    store.database.exec('DROP TRIGGER audit_log_no_update');
    store.database.prepare("UPDATE audit_log SET body = replace(body, 'E03', 'E05') WHERE seq = 2").run();
    expect(await host.handlers['audit.verify']({}, workstationCaller)).toMatchObject({ intact: false, seq: 2 });
  });

  it('refuses to change or remove an audit entry', async () => {
    await host.handlers['expert.setAttendance']({ meetingId: testMeetingId, expertId: 'E02', present: true }, workstationCaller);
    const store = host.openStore();
    expect(() => store.database.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => store.database.prepare("UPDATE audit_log SET body = '{}'").run()).toThrow(/append-only/);
  });

  it('lets only the workstation take the attendance, and an expert device read only its own meeting', async () => {
    const tablet = expertCaller(testMeetingId, 'E02');
    await expect(host.handlers['expert.setAttendance']({ meetingId: testMeetingId, expertId: 'E02', present: true }, tablet)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(host.handlers['meeting.read']({ meetingId: 'M-OTHER' }, tablet)).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('named operations', () => {
  it('answers a resent operation with its first answer, writing nothing and announcing nothing', async () => {
    const attend = () =>
      runAsOperation({ key: 'E02:op-1' }, () => host.handlers['expert.setAttendance']({ meetingId: testMeetingId, expertId: 'E02', present: true }, workstationCaller));
    await attend();
    host.changes.length = 0;
    await host.handlers['expert.setAttendance']({ meetingId: testMeetingId, expertId: 'E02', present: false }, workstationCaller);
    expect(await attend()).toBeNull();
    const audit = await host.handlers['meeting.audit']({ meetingId: testMeetingId }, workstationCaller);
    expect(audit.map((e) => e.details)).toEqual([
      { expertId: 'E02', present: true },
      { expertId: 'E02', present: false },
    ]);
    expect(host.changes).toHaveLength(1);
  });

  it('records nothing for a refused operation, so a resend is decided again', async () => {
    const unknown = () =>
      runAsOperation({ key: 'E02:op-2' }, () => host.handlers['expert.setAttendance']({ meetingId: testMeetingId, expertId: 'E99', present: true }, workstationCaller));
    await expect(unknown()).rejects.toMatchObject({ code: 'not-found' });
    host.openStore().writeNow({ meetingId: testMeetingId }, (tx) => tx.experts.put(testExpert(9, { id: 'E99' })));
    await unknown();
    const data = await host.handlers['meeting.read']({ meetingId: testMeetingId }, workstationCaller);
    expect(data?.experts.find((e) => e.id === 'E99')?.present).toBe(true);
  });
});
