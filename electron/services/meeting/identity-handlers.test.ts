import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expertCaller, workstationCaller } from '../../../test/support/callers.js';
import { idleLockMs, openIdentityHost, pinOf, plantPledges, type IdentityHost } from '../../../test/support/identity-host.js';
import { testMeetingId } from '../../../test/support/meeting-host.js';
import { parseArgs } from '../../../shared/api/dispatch.js';
import { firstLockoutMs } from '../../../shared/meeting/pin-attempts.js';

const meetingId = testMeetingId;
const otherClient = { scope: 'workstation', clientId: 'second-window' } as const;
let host: IdentityHost;

const unlock = (expertId: string, pin: string, caller = workstationCaller) => host.handlers['identity.unlock']({ meetingId, expertId, pin }, caller);
const current = (caller = workstationCaller) => host.handlers['identity.current']({}, caller);
const actions = () => host.store.read((tx) => tx.audit.ofMeeting(meetingId).map((e) => `${e.actor} ${e.action}`));
const declareOwn = (expertId: string) =>
  host.handlers['recusal.declare']({ meetingId, submissionId: 'S01', expertId, reason: '近三年为主要起草单位提供技术咨询服务' }, workstationCaller);

beforeEach(async () => {
  host = await openIdentityHost();
  await plantPledges(host.store, ['E01', 'E02', 'E03', 'E04', 'E05']);
});

afterEach(() => host.close());

describe('identity at the workstation', () => {
  it('unlocks the expert whose PIN is right, at this client only, audited, until locked', async () => {
    expect(await unlock('E02', pinOf('E02'))).toEqual({ unlocked: true });
    expect(await current()).toEqual({ meetingId, expertId: 'E02', lockInSeconds: idleLockMs / 1000 });
    expect(await current(otherClient)).toBeNull();
    expect(actions()).toEqual(['E02 identity.unlock']);
    await host.handlers['identity.lock']({}, workstationCaller);
    expect(await current()).toBeNull();
  });

  it('counts wrong PINs, locks on the fifth, and refuses even the right PIN while locked, changing nothing', async () => {
    for (let left = 4; left >= 1; left -= 1) expect(await unlock('E02', '0000')).toEqual({ unlocked: false, failures: 5 - left, attemptsLeft: left, lockedSeconds: 0 });
    expect(await unlock('E02', '0000')).toEqual({ unlocked: false, failures: 5, attemptsLeft: 5, lockedSeconds: firstLockoutMs / 1000 });
    expect(actions()).toEqual(['E02 identity.lockout']);

    const before = host.snapshot();
    host.clock.advance(firstLockoutMs - 1000);
    await expect(unlock('E02', pinOf('E02'))).rejects.toMatchObject({ code: 'locked-out', field: 'pin', message: '专家专家2连续输错 PIN，已锁定，请 1 秒后再试' });
    expect(host.snapshot()).toBe(before);
    expect(await current()).toBeNull();

    host.clock.advance(1000);
    expect(await unlock('E02', pinOf('E02'))).toEqual({ unlocked: true });
    const status = await host.handlers['identity.pinStatus']({ meetingId }, workstationCaller);
    expect(status.find((s) => s.expertId === 'E02')).toEqual({ expertId: 'E02', hasPin: true, failures: 0, attemptsLeft: 5, lockedSeconds: 0 });
  });

  it('keeps a lockout across a host restart and for every client', async () => {
    for (let i = 0; i < 5; i += 1) await unlock('E03', '0000');
    host.restart();
    await expect(unlock('E03', pinOf('E03'), otherClient)).rejects.toMatchObject({ code: 'locked-out' });
    const status = await host.handlers['identity.pinStatus']({ meetingId }, otherClient);
    expect(status.find((s) => s.expertId === 'E03')).toMatchObject({ failures: 5, lockedSeconds: firstLockoutMs / 1000 });
  });

  it('doubles the next lockout', async () => {
    for (let i = 0; i < 5; i += 1) await unlock('E03', '0000');
    host.clock.advance(firstLockoutMs);
    for (let i = 0; i < 4; i += 1) await unlock('E03', '0000');
    expect(await unlock('E03', '0000')).toMatchObject({ failures: 10, lockedSeconds: (2 * firstLockoutMs) / 1000 });
  });

  it('locks an idle expert, after which their acts are refused and change nothing; acting holds the lock off', async () => {
    await unlock('E02', pinOf('E02'));
    host.clock.advance(idleLockMs - 60_000);
    expect(await current()).toMatchObject({ expertId: 'E02', lockInSeconds: 60 });
    await host.handlers['recusal.declare']({ meetingId, submissionId: 'S01', expertId: 'E02', reason: '与起草人为近亲属' }, workstationCaller);
    host.clock.advance(idleLockMs - 1000);
    expect(await current()).toMatchObject({ expertId: 'E02', lockInSeconds: 1 });

    host.clock.advance(2000);
    expect(await current()).toBeNull();
    const before = host.snapshot();
    await expect(declareOwn('E03')).rejects.toMatchObject({ code: 'not-unlocked' });
    await expect(
      host.handlers['recusal.declare']({ meetingId, submissionId: 'S01', expertId: 'E02', reason: '另一项' }, workstationCaller),
    ).rejects.toMatchObject({ code: 'not-unlocked' });
    expect(host.snapshot()).toBe(before);
  });

  it('tells which experts have a PIN, never the hash', async () => {
    const status = await host.handlers['identity.pinStatus']({ meetingId }, workstationCaller);
    expect(status.map((s) => [s.expertId, s.hasPin])).toEqual([
      ['E01', true],
      ['E02', true],
      ['E03', true],
      ['E04', true],
      ['E05', true],
    ]);
    const pledge = host.store.read((tx) => tx.pledges.get(meetingId, 'P-E02'));
    expect(JSON.stringify(status)).not.toContain(pledge?.pin?.hash);
  });

  it('refuses an expert without a PIN, and a PIN record that would hold the host, changing nothing', async () => {
    host.store.writeNow({ meetingId }, (tx) => {
      const pledge = tx.pledges.get(meetingId, 'P-E04')!;
      // Planted as a tamperer would, past the model's check: the host must still refuse to run it.
      host.store.database
        .prepare('UPDATE pledges SET body = ? WHERE meeting_id = ? AND id = ?')
        .run(JSON.stringify({ ...pledge, pin: { ...pledge.pin, iterations: 2 ** 31 } }), meetingId, 'P-E04');
      tx.pledges.delete(meetingId, 'P-E05');
    });
    const before = host.snapshot();
    await expect(unlock('E04', pinOf('E04'))).rejects.toMatchObject({ code: 'refused', field: 'pin' });
    await expect(unlock('E05', pinOf('E05'))).rejects.toMatchObject({ code: 'refused', message: '专家专家5尚未签署承诺并设置 PIN' });
    expect(host.snapshot()).toBe(before);
  });

  it('lets no expert device unlock anyone, nor another device act as another expert', async () => {
    const tablet = expertCaller(meetingId, 'E02');
    await expect(unlock('E03', pinOf('E03'), tablet)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await current(tablet)).toEqual({ meetingId, expertId: 'E02', lockInSeconds: null });
    const before = host.snapshot();
    await expect(
      host.handlers['recusal.declare']({ meetingId, submissionId: 'S01', expertId: 'E03', reason: '代为申明' }, tablet),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(host.handlers['recusal.decide']({ meetingId, submissionId: 'S01', expertId: 'E03', status: 'confirmed', note: '确认' }, tablet)).rejects.toMatchObject({
      code: 'not-unlocked',
    });
    expect(host.snapshot()).toBe(before);
  });

  it('takes only a 4 to 6 digit PIN', () => {
    expect(parseArgs('identity.unlock', { meetingId, expertId: 'E02', pin: '12a4' })).toMatchObject({ ok: false, error: { field: 'pin', message: '参数 pin 无效：PIN 须为 4 至 6 位数字' } });
  });
});
