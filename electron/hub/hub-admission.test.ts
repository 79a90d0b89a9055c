import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workstationCaller } from '../../test/support/callers.js';
import { openInProcessHub, type InProcessHub } from '../../test/support/in-process-hub.js';
import { testExpert, testMeetingId } from '../../test/support/meeting-host.js';
import { drawnSignature } from '../../test/support/verdict-host.js';
import { hubAnswerOf, joinHub, type ExpertDevice } from '../../test/hub/support/expert-client.js';
import { sendRequest } from '../../test/hub/support/hub-http.js';

let hub: InProcessHub;
const newPin = '4826';
const pledge = { meetingId: testMeetingId, expertId: 'E04', signatureImage: drawnSignature, pin: newPin };

/** E04 is present and has not pledged: no PIN yet, so the meeting code is all a device can give. */
const joinUnpledged = (localAddress = '127.0.0.5'): Promise<ExpertDevice> =>
  joinHub({ origin: hub.origin, localAddress }, { expertId: 'E04', meetingCode: hub.status.meetingCode!, pin: '0000' });
const sessionState = async (device: ExpertDevice) =>
  hubAnswerOf(await sendRequest(device.route, { method: 'GET', path: '/hub/session', headers: { Cookie: device.cookie } }));
const status = () => hub.host.handlers['hub.status']({}, workstationCaller);
const pledged = () => hub.store.read((tx) => tx.pledges.list(testMeetingId, { expertId: 'E04' }).length);

beforeEach(async () => {
  hub = await openInProcessHub();
  hub.store.writeNow({ meetingId: testMeetingId }, (tx) => tx.experts.put(testExpert(4, { present: true })));
});

afterEach(() => hub.close());

describe('a device joining for an expert who has not pledged', () => {
  it('waits for the secretary: listed as not admitted, refused every call and the event stream, until admitted', async () => {
    const device = await joinUnpledged();
    expect((await sessionState(device)).result).toEqual({ ok: true, value: { expertId: 'E04', name: '专家4', meetingId: testMeetingId, admitted: false } });
    expect((await status()).sessions).toEqual([expect.objectContaining({ expertId: 'E04', name: '专家4', address: '127.0.0.5', admitted: false })]);

    for (const [name, args] of [
      ['pledge.sign', pledge],
      ['meeting.read', { meetingId: testMeetingId }],
      ['sheet.open', { meetingId: testMeetingId, submissionId: 'S01', expertId: 'E04' }],
    ] as const) {
      const refused = await device.write(name, args);
      expect([refused.status, refused.result]).toMatchObject([403, { ok: false, error: { code: 'awaiting-admission', message: '请向秘书示意，等待确认' } }]);
    }
    const stream = await sendRequest(device.route, { method: 'GET', path: '/api/events', headers: { Cookie: device.cookie } });
    expect(stream.status).toBe(403);
    expect(pledged()).toBe(0);

    const told = hub.host.changes.length;
    const [waiting] = (await status()).sessions;
    const after = await hub.host.handlers['hub.admit']({ sessionId: waiting!.sessionId }, workstationCaller);
    expect(after.sessions[0]).toMatchObject({ sessionId: waiting!.sessionId, admitted: true });
    expect(hub.host.changes.slice(told)).toEqual([{ meetingId: testMeetingId, kind: 'hub' }]);
    expect((await sessionState(device)).result).toMatchObject({ ok: true, value: { admitted: true } });

    const first = await device.write('pledge.sign', pledge);
    // The answer lost on the way back: the device resends the pledge with the same id and is answered once.
    const resent = await device.call('pledge.sign', pledge, first.operationId);
    expect([first.result, resent.result]).toEqual([{ ok: true, value: null }, { ok: true, value: null }]);
    expect(pledged()).toBe(1);
    expect(hub.store.read((tx) => tx.audit.ofMeeting(testMeetingId).filter((e) => e.action === 'pledge.sign'))).toHaveLength(1);
    await expect(hub.host.handlers['hub.admit']({ sessionId: waiting!.sessionId }, workstationCaller)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('ends for good when the secretary refuses it: the device is told its session was ended', async () => {
    const device = await joinUnpledged();
    const [waiting] = (await status()).sessions;
    expect((await hub.host.handlers['hub.revoke']({ sessionId: waiting!.sessionId }, workstationCaller)).sessions).toEqual([]);
    const refused = await device.write('pledge.sign', pledge);
    expect([refused.status, refused.result]).toMatchObject([401, { ok: false, error: { code: 'session-revoked' } }]);
    expect((await sessionState(device)).status).toBe(401);
    await expect(hub.host.handlers['hub.admit']({ sessionId: waiting!.sessionId }, workstationCaller)).rejects.toMatchObject({ code: 'not-found' });
    expect(pledged()).toBe(0);
  });

  it('admits at once an expert whose PIN the hub checked', async () => {
    const device = await joinHub({ origin: hub.origin, localAddress: '127.0.0.2' }, { expertId: 'E02', meetingCode: hub.status.meetingCode!, pin: '2222' });
    expect((await sessionState(device)).result).toMatchObject({ ok: true, value: { expertId: 'E02', admitted: true } });
    expect((await status()).sessions).toEqual([expect.objectContaining({ expertId: 'E02', admitted: true })]);
  });
});

describe('what the workstation’s screens hear of the hub', () => {
  it('stopping and starting tell every meeting’s screens (the hub is free or taken); a revoke tells the hub’s meeting', async () => {
    const device = await joinHub({ origin: hub.origin, localAddress: '127.0.0.2' }, { expertId: 'E02', meetingCode: hub.status.meetingCode!, pin: '2222' });
    const told = hub.host.changes.length;
    const [session] = (await status()).sessions;
    await hub.host.handlers['hub.revoke']({ sessionId: session!.sessionId }, workstationCaller);
    expect(hub.host.changes.slice(told)).toEqual([{ meetingId: testMeetingId, kind: 'hub' }]);
    expect((await device.call('meeting.read', { meetingId: testMeetingId })).status).toBe(401);

    await hub.host.handlers['hub.stop']({}, workstationCaller);
    expect(hub.host.changes.slice(told + 1)).toEqual([{ meetingId: null, kind: 'hub' }]);
    await hub.host.handlers['hub.start']({ meetingId: testMeetingId, address: '127.0.0.1', port: 0, https: false }, workstationCaller);
    expect(hub.host.changes.slice(told + 2)).toEqual([{ meetingId: null, kind: 'hub' }]);
  });
});
