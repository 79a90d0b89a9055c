import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings/settings.js';
import { pinOf } from '../e2e/support/seed-meeting.js';
import { succeed } from './support/host-caller.js';
import { hostTransports, type OpenHost } from './support/host-transports.js';
import { refusedUnchanged } from './support/refused-call.js';
import { meetingId, scoreAs, unlock } from './support/review-over-contract.js';
import { seededDataFolder } from './support/seeded-data-folder.js';
import { drawnSignature } from '../support/verdict-host.js';

/** Ceilings on a loaded machine, for one test's calls and for starting a host process; every wait ends on an answer or a printed line. */
const callsCeilingMs = 60_000;
const processCeilingMs = 120_000;

/** One minute past the default idle lock: each `advanceClock` moves the host this far. */
const pastIdleLockMs = (defaultSettings.idleLockMinutes + 1) * 60_000;

/** S01 in scoring, every expert pledged with their `pinOf` PIN; E02 has submitted. */
describe.each(hostTransports)('who may act, attacked over $name', { timeout: callsCeilingMs }, (transport) => {
  let dataDir: string;
  let host: OpenHost;

  beforeAll(async () => {
    dataDir = await seededDataFolder({ pledged: true, recusalDecided: true, phase: 'scoring' });
    host = await transport.open({ dataDir, clockStepMs: pastIdleLockMs });
    await scoreAs(host.caller, 'S01', 'E02');
    await succeed(host.caller, 'identity.lock', {});
  }, processCeilingMs);
  afterAll(async () => {
    await host?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const resign = (expertId: string, oldPin?: string) => ({ meetingId, expertId, signatureImage: drawnSignature, pin: '4321', ...(oldPin === undefined ? {} : { oldPin }) });

  it('refuses the right PIN of a locked-out expert, at the PIN gate and as an old PIN', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const wrong = await succeed(host.caller, 'identity.unlock', { meetingId, expertId: 'E03', pin: '0000' });
      expect(wrong).toMatchObject({ unlocked: false, failures: attempt });
    }
    const lockedOut = {
      code: 'locked-out',
      message: expect.stringMatching(/^专家王志强连续输错 PIN，已锁定，请 \d+ 秒后再试$/),
      text: 'refusal.reason.expert-locked-out',
      params: { name: '王志强', seconds: expect.any(Number) },
    };
    expect(await refusedUnchanged(host.caller, dataDir, 'identity.unlock', { meetingId, expertId: 'E03', pin: pinOf('E03') })).toEqual({ ...lockedOut, field: 'pin' });
    expect(await succeed(host.caller, 'identity.current', {})).toBeNull();
    expect(await refusedUnchanged(host.caller, dataDir, 'pledge.sign', resign('E03', pinOf('E03')))).toEqual({ ...lockedOut, field: 'oldPin' });
  });

  it('refuses a PIN reset without the old PIN: by the secretary, the expert, another expert, the chair once scoring started', async () => {
    const noOldPin = { code: 'refused', message: '专家陈晓燕已设置 PIN：重新签署须输入原 PIN，或由组长先输入本人 PIN 验证身份', field: 'oldPin' };
    expect(await refusedUnchanged(host.caller, dataDir, 'pledge.sign', resign('E04'))).toEqual(noOldPin);
    await unlock(host.caller, 'E04');
    expect(await refusedUnchanged(host.caller, dataDir, 'pledge.sign', resign('E04'))).toEqual(noOldPin);
    await unlock(host.caller, 'E05');
    expect(await refusedUnchanged(host.caller, dataDir, 'pledge.sign', resign('E04'))).toEqual(noOldPin);
    await unlock(host.caller, 'E01');
    expect(await refusedUnchanged(host.caller, dataDir, 'pledge.sign', resign('E04'))).toEqual({
      code: 'refused',
      message: '《家用和类似用途电子膨胀阀》已开始评分，组长不能再为专家陈晓燕重设 PIN：须输入原 PIN',
      field: 'oldPin',
    });
    expect(await refusedUnchanged(host.caller, dataDir, 'pledge.sign', resign('E01'))).toEqual({ code: 'refused', message: '专家张建国已设置 PIN，重新签署须输入原 PIN', field: 'oldPin' });
  });

  it('refuses a PIN reset once the expert has submitted, even with the right old PIN', async () => {
    await unlock(host.caller, 'E02');
    expect(await refusedUnchanged(host.caller, dataDir, 'pledge.sign', resign('E02', pinOf('E02')))).toEqual({
      code: 'refused',
      message: '专家李慧敏已提交评分表，不能再重新签署承诺或重设 PIN',
      field: 'expertId',
    });
  });

  it('refuses the acts of an expert unlocked at one client when another client makes them', async () => {
    await unlock(host.caller, 'E04');
    const other = await host.anotherClient();
    expect(await succeed(other, 'identity.current', {})).toBeNull();
    expect(await refusedUnchanged(other, dataDir, 'sheet.open', { meetingId, submissionId: 'S01', expertId: 'E04' })).toEqual({
      code: 'not-unlocked',
      message: '须由专家陈晓燕本人输入 PIN 解锁后才能进行此操作',
      field: 'expertId',
    });
    expect(await succeed(host.caller, 'identity.current', {})).toMatchObject({ expertId: 'E04' });
  });

  it('refuses every act of an expert once the idle lock has fallen', async () => {
    await unlock(host.caller, 'E05');
    const acting = await succeed(host.caller, 'identity.current', {});
    expect(acting).toMatchObject({ meetingId, expertId: 'E05' });
    expect(acting?.lockInSeconds).toBeGreaterThan(0);
    await host.advanceClock();
    expect(await succeed(host.caller, 'identity.current', {})).toBeNull();
    const key = { meetingId, submissionId: 'S01', expertId: 'E05' };
    const notUnlocked = { code: 'not-unlocked', message: '须由专家刘伟本人输入 PIN 解锁后才能进行此操作', field: 'expertId' };
    expect(await refusedUnchanged(host.caller, dataDir, 'sheet.open', key)).toEqual(notUnlocked);
    expect(await refusedUnchanged(host.caller, dataDir, 'sheet.submit', { ...key, reason: '', signatureImage: drawnSignature })).toEqual(notUnlocked);
    expect(await refusedUnchanged(host.caller, dataDir, 'recusal.declare', { meetingId, submissionId: 'S01', expertId: 'E05', reason: '与起草单位有合作' })).toMatchObject({ code: 'not-unlocked' });
  });
});
