import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScoreSheet } from '../../shared/model/score-sheet.js';
import { expertCaller, workstationCaller } from '../../test/support/callers.js';
import { pinOf } from '../../test/support/identity-host.js';
import { openInProcessHub, otherMeetingId, type InProcessHub } from '../../test/support/in-process-hub.js';
import { testMeetingId } from '../../test/support/meeting-host.js';
import { drawnSignature } from '../../test/support/verdict-host.js';
import { deviceWithCookie, joinHub, valueOf, type ExpertDevice } from '../../test/hub/support/expert-client.js';
import { passingDraft } from '../../test/hub/support/device-scoring.js';
import { sendRequest } from '../../test/hub/support/hub-http.js';

let hub: InProcessHub;
const key = (expertId: string) => ({ meetingId: testMeetingId, submissionId: 'S01', expertId });
const joinAs = (expertId: string, localAddress = '127.0.0.1'): Promise<ExpertDevice> =>
  joinHub({ origin: hub.origin, localAddress }, { expertId, meetingCode: hub.status.meetingCode!, pin: pinOf(expertId) });
const sheets = () => hub.store.read((tx) => tx.scoreSheets.list(testMeetingId));

beforeEach(async () => {
  hub = await openInProcessHub();
});

afterEach(() => hub.close());

describe('calls over the hub', () => {
  it('serves only the expert scope: a workstation call is refused and changes nothing', async () => {
    const device = await joinAs('E02');
    expect((await device.call('hub.status', {})).result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await device.call('expert.setAttendance', { meetingId: testMeetingId, expertId: 'E03', present: false })).result).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(hub.store.read((tx) => tx.experts.get(testMeetingId, 'E03')?.present)).toBe(true);
  });

  it('refuses another expert’s sheet and another meeting, creating nothing', async () => {
    const device = await joinAs('E02');
    expect((await device.call('sheet.open', key('E03'))).result).toMatchObject({ ok: false, error: { code: 'not-unlocked' } });
    expect((await device.call('meeting.read', { meetingId: otherMeetingId })).result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(sheets()).toEqual([]);
  });

  it('runs a resent operation once: the same answer, one version, one audit entry', async () => {
    const device = await joinAs('E02');
    const { sheet } = valueOf<{ sheet: ScoreSheet }>(await device.call('sheet.open', key('E02')), 'sheet.open');
    valueOf(await device.write('sheet.saveDraft', { ...key('E02'), content: passingDraft(sheet.draft), comments: [] }), 'sheet.saveDraft');
    const submit = { ...key('E02'), reason: '', signatureImage: drawnSignature };
    const first = await device.write('sheet.submit', submit);
    const resent = await device.call('sheet.submit', submit, first.operationId);
    expect(first.result).toEqual({ ok: true, value: { versionNo: 1 } });
    expect(resent.result).toEqual(first.result);
    expect(sheets().find((s) => s.expertId === 'E02')?.versions).toHaveLength(1);
    expect(hub.store.read((tx) => tx.audit.ofMeeting(testMeetingId).filter((e) => e.action === 'score-sheet.submit'))).toHaveLength(1);
    // The same id from another expert is another operation (ids are qualified by who sent them): it runs, and E03 has no draft to submit.
    const other = await joinAs('E03');
    expect((await other.call('sheet.submit', { ...submit, expertId: 'E03' }, first.operationId)).result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a revoked session with session-revoked, an unknown one with no-session', async () => {
    const device = await joinAs('E02');
    const [session] = (await hub.host.handlers['hub.status']({}, workstationCaller)).sessions;
    const after = await hub.host.handlers['hub.revoke']({ sessionId: session!.sessionId }, workstationCaller);
    expect(after.sessions).toEqual([]);
    const revoked = await device.call('meeting.read', { meetingId: testMeetingId });
    expect([revoked.status, revoked.result]).toMatchObject([401, { ok: false, error: { code: 'session-revoked' } }]);
    const forged = await deviceWithCookie(device.route, 'E02', 'zz-expert=forged').call('meeting.read', { meetingId: testMeetingId });
    expect([forged.status, forged.result]).toMatchObject([401, { ok: false, error: { code: 'no-session' } }]);
  });

  it('streams the changes of the session’s meeting only, and ends the stream when the session is revoked', async () => {
    const device = await joinAs('E02');
    const stream = await device.events();
    await hub.host.handlers['expert.setAttendance']({ meetingId: otherMeetingId, expertId: 'E01', present: false }, workstationCaller);
    await hub.host.handlers['expert.setAttendance']({ meetingId: testMeetingId, expertId: 'E03', present: false }, workstationCaller);
    await stream.next((change) => change.meetingId === testMeetingId, { ceilingMs: 5000, what: 'the change of the hub’s meeting' });
    expect(stream.received.map((change) => change.meetingId)).toEqual([testMeetingId]);
    const [session] = (await hub.host.handlers['hub.status']({}, workstationCaller)).sessions;
    await hub.host.handlers['hub.revoke']({ sessionId: session!.sessionId }, workstationCaller);
    await stream.ended;
  });

  it('keeps what each device shows for the secretary and tells the workstation when it changes; presence is the devices’ call alone', async () => {
    const told = hub.host.changes.length;
    const device = await joinAs('E02');
    valueOf(await device.call('presence.update', { submissionId: 'S01', screen: 'scoring' }), 'presence.update');
    valueOf(await device.call('presence.update', { submissionId: 'S01', screen: 'scoring' }), 'presence.update');
    expect((await hub.host.handlers['hub.status']({}, workstationCaller)).sessions[0]?.viewing).toEqual({ submissionId: 'S01', screen: 'scoring' });
    // The workstation's screens hear of the checked PIN's commit, then of the hub: the new session and the change of screen, not of the repeat.
    const ofHub = { meetingId: testMeetingId, kind: 'hub' };
    expect(hub.host.changes.slice(told)).toEqual([{ meetingId: testMeetingId }, ofHub, ofHub]);
    await expect(hub.host.handlers['presence.update']({ submissionId: null, screen: 'list' }, workstationCaller)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(hub.host.handlers['presence.update']({ submissionId: null, screen: 'list' }, expertCaller(testMeetingId, 'E02'))).rejects.toMatchObject({ code: 'no-session' });
  });

  it('streams a material of the meeting with byte ranges, and refuses one of another meeting', async () => {
    const content = Buffer.from(Array.from({ length: 1000 }, (_, i) => 65 + (i % 26))); // ASCII: the test client reads answers as text
    const own = await hub.addMaterial(testMeetingId, 'MAT-1', content);
    const foreign = await hub.addMaterial(otherMeetingId, 'MAT-2', Buffer.from('另一场会议的材料'));
    const device = await joinAs('E02');
    const get = (sha256: string, headers: Record<string, string> = {}) =>
      sendRequest(device.route, { method: 'GET', path: `/materials/${sha256}`, headers: { Cookie: device.cookie, ...headers } });

    const part = await get(own.sha256, { Range: 'bytes=100-199' });
    expect([part.status, part.headers['content-range'], part.headers['content-type']]).toEqual([206, 'bytes 100-199/1000', 'application/pdf']);
    expect(part.body).toBe(content.subarray(100, 200).toString('ascii'));
    const tail = await get(own.sha256, { Range: 'bytes=-10' });
    expect([tail.status, tail.headers['content-range']]).toEqual([206, 'bytes 990-999/1000']);
    const whole = await get(own.sha256);
    expect([whole.status, whole.headers['accept-ranges'], whole.headers['content-length']]).toEqual([200, 'bytes', '1000']);
    expect((await get(own.sha256, { Range: 'bytes=1000-' })).status).toBe(416);

    expect((await get(foreign.sha256)).status).toBe(404);
    expect((await sendRequest(device.route, { method: 'GET', path: `/materials/${own.sha256}` })).status).toBe(401);
  });
});
