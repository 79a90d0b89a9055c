import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingData } from '../../shared/meeting/meeting-data.js';
import { meetingSeed, pinOf, seedMeetingId as meetingId } from '../e2e/support/seed-meeting.js';
import { succeed } from '../host/support/host-caller.js';
import { dumpStore, readStoreFile, tamperStoreFile } from '../host/support/store-file.js';
import { seededDataFolder } from '../host/support/seeded-data-folder.js';
import { openSheet, passingDraft, saveDraftArgs, sheetKey, submitArgs } from './support/device-scoring.js';
import { deviceWithCookie, getHubInfo, hubAnswerOf, joinHub, postJoin, valueOf, type JoinRequest } from './support/expert-client.js';
import { openHubHost, type HubHost } from './support/hub-host.js';
import { refusedAtHub } from './support/refused-at-hub.js';

/** Ceilings on a loaded 2-core machine: starting the shell process, and one test's calls. Every wait ends on an answer. */
const processCeilingMs = 180_000;
const callsCeilingMs = 90_000;

/** More join attempts than any sane per-address limit lets through; the limit must bite before. */
const attemptsCeiling = 40;

/** S01 in scoring, every expert pledged with their `pinOf` PIN; the hub started on 127.0.0.1. Each device has its own 127.0.0.x address. */
describe('who gets into the hub, and what they may see', { timeout: callsCeilingMs }, () => {
  let dataDir: string;
  let host: HubHost;

  beforeAll(async () => {
    dataDir = await seededDataFolder({ pledged: true, recusalDecided: true, phase: 'scoring' });
    host = await openHubHost({ dataDir });
  }, processCeilingMs);
  afterAll(async () => {
    await host?.shell.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const join = (from: string, expertId: string) => joinHub(host.routeFrom(from), { expertId, meetingCode: host.meetingCode, pin: pinOf(expertId) });
  const tryJoin = async (from: string, request: JoinRequest) => hubAnswerOf(await postJoin(host.routeFrom(from), request));
  /** E02's opinion, distinctive enough that finding it anywhere in what another expert reads is a leak. */
  const e02Round = 4711;
  const e02Opinion = `标准技术内容总体合理（第 ${e02Round} 稿）。`;
  const pinAttemptsOf = (expertId: string) => readStoreFile(dataDir, (tx) => tx.pinAttempts.get(meetingId, expertId));

  it('tells a device without a session the names to choose from and nothing more', async () => {
    const info = valueOf<{ meetingId: string; https: boolean; experts: object[] }>(await getHubInfo(host.routeFrom('127.0.0.20')), '/hub/info');
    expect(info).toMatchObject({ meetingId, https: false });
    expect(info.experts).toContainEqual({ id: 'E02', name: '李慧敏', role: 'vice-chair' });
    expect(info.experts.every((expert) => Object.keys(expert).sort().join() === 'id,name,role')).toBe(true);
    expect(await refusedAtHub(deviceWithCookie(host.routeFrom('127.0.0.20'), 'E02', 'zz-expert=guessed'), dataDir, 'meeting.read', { meetingId })).toMatchObject({
      status: 401,
      code: 'no-session',
    });
  });

  it('refuses a wrong meeting code before the PIN is looked at, and changes nothing', async () => {
    const before = dumpStore(dataDir);
    for (const pin of [pinOf('E06'), '0000']) {
      const answer = await tryJoin('127.0.0.21', { expertId: 'E06', meetingCode: `${host.meetingCode}9`, pin });
      expect(answer).toMatchObject({ status: 401, result: { ok: false, error: { code: 'wrong-meeting-code', field: 'meetingCode' } } });
    }
    expect(dumpStore(dataDir)).toEqual(before);
  });

  it('counts wrong PINs at the hub in the same lockout as the workstation, both ways', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const answer = await tryJoin('127.0.0.22', { expertId: 'E01', meetingCode: host.meetingCode, pin: '9999' });
      expect(answer.result, `wrong PIN ${attempt}`).toMatchObject({ ok: false, error: { code: attempt < 5 ? 'wrong-pin' : 'locked-out', field: 'pin' } });
      expect(pinAttemptsOf('E01').failures).toBe(attempt);
    }
    const rightPin = await tryJoin('127.0.0.22', { expertId: 'E01', meetingCode: host.meetingCode, pin: pinOf('E01') });
    expect(rightPin.result).toMatchObject({ ok: false, error: { code: 'locked-out' } });
    expect(await host.secretary.call('identity.unlock', { meetingId, expertId: 'E01', pin: pinOf('E01') })).toMatchObject({ ok: false, error: { code: 'locked-out' } });

    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect(await succeed(host.secretary, 'identity.unlock', { meetingId, expertId: 'E06', pin: '9999' })).toMatchObject({ unlocked: false, failures: attempt });
    }
    const afterWorkstation = await tryJoin('127.0.0.22', { expertId: 'E06', meetingCode: host.meetingCode, pin: pinOf('E06') });
    expect(afterWorkstation.result).toMatchObject({ ok: false, error: { code: 'locked-out' } });
  });

  it('limits join attempts per address: past the limit even the right PIN is turned away there, not elsewhere', async () => {
    let refusedWith429 = 0;
    for (let attempt = 1; attempt <= attemptsCeiling && refusedWith429 === 0; attempt += 1) {
      const answer = await tryJoin('127.0.0.23', { expertId: 'E05', meetingCode: `${host.meetingCode}9`, pin: '0000' });
      if (answer.status === 429) {
        expect(answer.result).toMatchObject({ ok: false, error: { code: 'too-many-attempts' } });
        refusedWith429 = attempt;
      }
    }
    expect(refusedWith429, 'the attempt the limit stopped').toBeGreaterThan(3);
    const right = await tryJoin('127.0.0.23', { expertId: 'E05', meetingCode: host.meetingCode, pin: pinOf('E05') });
    expect(right.status).toBe(429);
    expect(pinAttemptsOf('E05').failures).toBe(0);
    await join('127.0.0.24', 'E05');
  });

  it('gives a second device of the same expert its own session; revoking one leaves the other', async () => {
    const tablet = await join('127.0.0.31', 'E02');
    const phone = await join('127.0.0.32', 'E02');
    expect(tablet.cookie).not.toBe(phone.cookie);
    const sessions = (await host.hubStatus()).sessions.filter((s) => s.expertId === 'E02');
    expect(sessions.map((s) => s.address.replace(/^::ffff:/, '')).sort()).toEqual(['127.0.0.31', '127.0.0.32']);

    const blank = (await openSheet(tablet)).draft;
    valueOf(await phone.write('sheet.saveDraft', saveDraftArgs('E02', passingDraft(blank, e02Round))), 'saving from the phone');
    expect((await openSheet(tablet)).draft.opinion).toBe(e02Opinion);

    const tabletSession = sessions.find((s) => s.address.endsWith('127.0.0.31'))!;
    const tabletStream = await tablet.events();
    await succeed(host.secretary, 'hub.revoke', { sessionId: tabletSession.sessionId });
    await tabletStream.ended;
    const revoked = await refusedAtHub(tablet, dataDir, 'sheet.saveDraft', saveDraftArgs('E02', passingDraft(blank, 2)));
    expect(revoked).toMatchObject({ status: 401, code: 'session-revoked' });
    expect((await host.hubStatus()).sessions.filter((s) => s.expertId === 'E02').map((s) => s.sessionId)).not.toContain(tabletSession.sessionId);
    valueOf(await phone.write('sheet.submit', submitArgs('E02')), 'submitting from the phone');
  });

  it('tells the secretary what each device shows, live', async () => {
    const device = await join('127.0.0.36', 'E05');
    const secretaryStream = await host.secretaryEvents();
    valueOf(await device.call('presence.update', { submissionId: 'S01', screen: 'sheet' }), 'presence.update');
    await secretaryStream.next((change) => change.meetingId === meetingId, { ceilingMs: callsCeilingMs, what: 'the presence change at the workstation' });
    secretaryStream.close();
    const session = (await host.hubStatus()).sessions.find((s) => s.address.endsWith('127.0.0.36'));
    expect(session).toMatchObject({ expertId: 'E05', viewing: { submissionId: 'S01', screen: 'sheet' } });
    expect(await host.secretary.call('presence.update', { submissionId: null, screen: 'sheet' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('ends a session on leaving: the cookie opens nothing after', async () => {
    const device = await join('127.0.0.35', 'E05');
    expect((await device.leave()).status).toBe(200);
    expect(await refusedAtHub(device, dataDir, 'meeting.read', { meetingId })).toMatchObject({ status: 401, code: 'no-session' });
    expect((await host.hubStatus()).sessions.map((s) => s.address)).not.toContainEqual(expect.stringContaining('127.0.0.35'));
  });

  it("streams a device its own meeting's changes only", async () => {
    const otherMeetingId = 'M-2026-0148';
    tamperStoreFile(dataDir, otherMeetingId, (tx) => {
      tx.meetings.put({ ...meetingSeed().meeting, id: otherMeetingId, title: '另一场审评会' });
      tx.experts.put({ ...meetingSeed().experts[0]!, meetingId: otherMeetingId, present: false });
    });
    const device = await join('127.0.0.61', 'E04');
    const stream = await device.events();
    const secretaryStream = await host.secretaryEvents();
    await succeed(host.secretary, 'expert.setAttendance', { meetingId: otherMeetingId, expertId: 'E01', present: true });
    await secretaryStream.next((change) => change.meetingId === otherMeetingId, { ceilingMs: callsCeilingMs, what: "the other meeting's change at the workstation" });
    secretaryStream.close();
    valueOf(await device.write('sheet.saveDraft', saveDraftArgs('E04', passingDraft((await openSheet(device)).draft, 3))), "E04's draft");
    await stream.next((change) => change.meetingId === meetingId, { ceilingMs: callsCeilingMs, what: "the device's own change" });
    expect(stream.received.map((change) => change.meetingId)).not.toContain(otherMeetingId);
    stream.close();
  });

  it("refuses another expert's sheet during blind scoring and never shows their scores", async () => {
    const device = await join('127.0.0.41', 'E03');
    const otherSheet = sheetKey('E02');
    const notTheirs = { code: 'not-unlocked', field: 'expertId' };
    const blank = (await openSheet(device)).draft;
    expect(await refusedAtHub(device, dataDir, 'sheet.open', otherSheet)).toMatchObject(notTheirs);
    expect(await refusedAtHub(device, dataDir, 'sheet.saveDraft', { ...otherSheet, content: passingDraft(blank, 9), comments: [] })).toMatchObject(notTheirs);
    expect(await refusedAtHub(device, dataDir, 'sheet.submit', submitArgs('E02'))).toMatchObject(notTheirs);

    const seen = valueOf<MeetingData>(await device.call('meeting.read', { meetingId }), 'meeting.read by E03');
    expect(seen.scoreSheets.find((sheet) => sheet.expertId === 'E02')).toMatchObject({ status: 'submitted', versions: [] });
    expect(JSON.stringify(seen)).not.toContain(e02Opinion);
    expect(seen.pledges.filter((pledge) => pledge.pin !== undefined)).toEqual([]);
    expect(await refusedAtHub(device, dataDir, 'meeting.read', { meetingId: 'M-2026-0001' })).toMatchObject({ code: 'forbidden' });

    // The hub serves the expert scope alone: the secretary's acts are refused whoever asks.
    expect(await refusedAtHub(device, dataDir, 'submission.advancePhase', { meetingId, submissionId: 'S01', to: 'discussion' })).toMatchObject({ code: 'forbidden' });
    expect(await refusedAtHub(device, dataDir, 'hub.stop', {})).toMatchObject({ code: 'forbidden' });
  });
});
