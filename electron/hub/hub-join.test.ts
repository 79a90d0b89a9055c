import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workstationCaller } from '../../test/support/callers.js';
import { pinOf } from '../../test/support/identity-host.js';
import { openInProcessHub, type InProcessHub } from '../../test/support/in-process-hub.js';
import { testMeetingId } from '../../test/support/meeting-host.js';
import { getHubInfo, hubAnswerOf, joinHub, postJoin } from '../../test/hub/support/expert-client.js';
import { sendRequest, type Route } from '../../test/hub/support/hub-http.js';
import { joinAttemptsPerMinute } from './hub-service.js';

let hub: InProcessHub;
const from = (localAddress: string): Route => ({ origin: hub.origin, localAddress });
const join = (expertId: string, pin: string, meetingCode = hub.status.meetingCode!, localAddress = '127.0.0.1') =>
  postJoin(from(localAddress), { expertId, meetingCode, pin });
const wrongCode = (code: string) => (code === '000000' ? '111111' : '000000');

beforeEach(async () => {
  hub = await openInProcessHub();
});

afterEach(() => hub.close());

describe('joining the hub', () => {
  it('tells any device the meeting and its experts, and nothing more', async () => {
    expect(await getHubInfo(from('127.0.0.1'))).toEqual({
      status: 200,
      result: {
        ok: true,
        value: {
          meetingId: testMeetingId,
          title: '2026年第四批“浙江制造”标准技术审评会',
          https: false,
          experts: [
            { id: 'E01', name: '专家1', role: 'chair' },
            { id: 'E02', name: '专家2', role: 'member' },
            { id: 'E03', name: '专家3', role: 'member' },
          ],
        },
      },
    });
  });

  it('lets an expert in with the meeting code and their PIN, with an HttpOnly SameSite=Strict cookie (no Secure over plain HTTP), listed for the secretary', async () => {
    const answer = await join('E02', pinOf('E02'));
    expect(hubAnswerOf(answer)).toEqual({ status: 200, result: { ok: true, value: { expertId: 'E02', name: '专家2', meetingId: testMeetingId, admitted: true } } });
    const cookie = answer.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/^zz-expert=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/$/);
    const status = await hub.host.handlers['hub.status']({}, workstationCaller);
    expect(status.sessions).toEqual([expect.objectContaining({ expertId: 'E02', name: '专家2', address: '127.0.0.1', viewing: null })]);
  });

  it('refuses a wrong meeting code before looking at the PIN, which is then not counted', async () => {
    const answer = await join('E02', '0000', wrongCode(hub.status.meetingCode!));
    expect(answer.status).toBe(401);
    expect(hubAnswerOf(answer).result).toMatchObject({ ok: false, error: { code: 'wrong-meeting-code', field: 'meetingCode' } });
    expect(answer.headers['set-cookie']).toBeUndefined();
    expect(hub.store.read((tx) => tx.pinAttempts.get(testMeetingId, 'E02'))).toEqual({ failures: 0, lockedUntil: 0 });
  });

  it('counts wrong PINs in the store with the workstation’s lockout: locked at the hub is locked at the PIN gate too', async () => {
    for (let left = 4; left >= 1; left -= 1) {
      const answer = await join('E03', '0000');
      expect(answer.status).toBe(401);
      expect(hubAnswerOf(answer).result).toMatchObject({ ok: false, error: { code: 'wrong-pin', message: `PIN 不正确，还可再试 ${left} 次`, field: 'pin' } });
    }
    const fifth = await join('E03', '0000');
    expect(fifth.status).toBe(429);
    expect(hubAnswerOf(fifth).result).toMatchObject({ ok: false, error: { code: 'locked-out' } });
    expect(hub.store.read((tx) => tx.pinAttempts.get(testMeetingId, 'E03'))).toMatchObject({ failures: 5 });

    const right = await join('E03', pinOf('E03'));
    expect(hubAnswerOf(right)).toMatchObject({ status: 429, result: { ok: false, error: { code: 'locked-out' } } });
    await expect(hub.host.handlers['identity.unlock']({ meetingId: testMeetingId, expertId: 'E03', pin: pinOf('E03') }, workstationCaller)).rejects.toMatchObject({ code: 'locked-out' });
    expect(hub.store.read((tx) => tx.audit.ofMeeting(testMeetingId).map((e) => `${e.actor} ${e.action}`))).toEqual(['E03 identity.lockout']);
  });

  it('limits join attempts per address, whichever expert they name, while other addresses still get in', async () => {
    const code = wrongCode(hub.status.meetingCode!);
    for (let i = 0; i < joinAttemptsPerMinute; i += 1) expect((await join(i % 2 === 0 ? 'E02' : 'E03', '0000', code, '127.0.0.2')).status).toBe(401);
    const limited = await join('E02', pinOf('E02'), hub.status.meetingCode!, '127.0.0.2');
    expect(limited.status).toBe(429);
    expect(hubAnswerOf(limited).result).toMatchObject({ ok: false, error: { code: 'too-many-attempts' } });
    expect((await join('E02', pinOf('E02'), hub.status.meetingCode!, '127.0.0.3')).status).toBe(200);
  });

  it('gives a second device of the same expert its own session; leaving ends only that one', async () => {
    const tablet = await joinHub(from('127.0.0.2'), { expertId: 'E02', meetingCode: hub.status.meetingCode!, pin: pinOf('E02') });
    const phone = await joinHub(from('127.0.0.3'), { expertId: 'E02', meetingCode: hub.status.meetingCode!, pin: pinOf('E02') });
    expect((await hub.host.handlers['hub.status']({}, workstationCaller)).sessions.map((s) => s.address)).toEqual(['127.0.0.2', '127.0.0.3']);
    await phone.leave();
    expect((await phone.call('identity.current', {})).status).toBe(401);
    expect((await tablet.call('identity.current', {})).result).toEqual({ ok: true, value: { meetingId: testMeetingId, expertId: 'E02', lockInSeconds: null } });
    expect((await hub.host.handlers['hub.status']({}, workstationCaller)).sessions.map((s) => s.address)).toEqual(['127.0.0.2']);
  });

  it('refuses a join from a page of another origin or naming another host', async () => {
    const body = JSON.stringify({ expertId: 'E02', meetingCode: hub.status.meetingCode!, pin: pinOf('E02') });
    const foreign = await sendRequest({ origin: hub.origin }, { method: 'POST', path: '/hub/join', headers: { Origin: 'http://evil.example' }, body });
    expect([foreign.status, JSON.parse(foreign.body).error.code]).toEqual([403, 'bad-origin']);
    const rebound = await sendRequest({ origin: hub.origin }, { method: 'POST', path: '/hub/join', headers: { Host: 'evil.example', Origin: 'http://evil.example' }, body });
    expect([rebound.status, JSON.parse(rebound.body).error.code]).toEqual([403, 'bad-host']);
    expect((await hub.host.handlers['hub.status']({}, workstationCaller)).sessions).toEqual([]);
  });
});
