import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMeetingId as meetingId } from '../e2e/support/seed-meeting.js';
import { succeed } from '../host/support/host-caller.js';
import { readStoreFile } from '../host/support/store-file.js';
import { seededDataFolder } from '../host/support/seeded-data-folder.js';
import { drawnSignature } from '../support/verdict-host.js';
import { sheetKey } from './support/device-scoring.js';
import { joinHub } from './support/expert-client.js';
import { openHubHost, type HubHost } from './support/hub-host.js';
import { refusedAtHub } from './support/refused-at-hub.js';

/** Ceilings on a loaded 2-core machine: starting the shell process, and one test's calls. Every wait ends on an answer. */
const processCeilingMs = 180_000;
const callsCeilingMs = 90_000;

/**
 * Experts present, none pledged (so none has a PIN), S01 in scoring: whoever reads the meeting code
 * off the room's screen could claim an expert, so such a device waits until the secretary admits it.
 */
describe('a device joining for an expert who has not pledged', { timeout: callsCeilingMs }, () => {
  let dataDir: string;
  let host: HubHost;

  beforeAll(async () => {
    dataDir = await seededDataFolder({ present: true, phase: 'scoring' });
    host = await openHubHost({ dataDir });
  }, processCeilingMs);
  afterAll(async () => {
    await host?.shell.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const join = (from: string, expertId: string) => joinHub(host.routeFrom(from), { expertId, meetingCode: host.meetingCode, pin: '0000' });
  const pledgeOf = (expertId: string, pin: string) => ({ meetingId, expertId, signatureImage: drawnSignature, pin });
  const pledges = () => readStoreFile(dataDir, (tx) => tx.pledges.list(meetingId));
  const awaiting = { status: 403, code: 'awaiting-admission', message: '请向秘书示意，等待确认' };

  it('cannot pledge, read the meeting or open a sheet until the secretary admits it; then it pledges once and sets the PIN', async () => {
    const secretaryStream = await host.secretaryEvents();
    const device = await join('127.0.0.51', 'E03');
    await secretaryStream.next((change) => change.meetingId === meetingId, { ceilingMs: callsCeilingMs, what: 'the waiting device at the workstation' });
    secretaryStream.close();
    const waiting = (await host.hubStatus()).sessions.find((s) => s.expertId === 'E03');
    expect(waiting).toMatchObject({ name: '王志强', admitted: false });
    expect(waiting!.address).toContain('127.0.0.51');

    expect(await refusedAtHub(device, dataDir, 'pledge.sign', pledgeOf('E03', '3131'), 'op-pledge-e03-0001')).toMatchObject(awaiting);
    expect(await refusedAtHub(device, dataDir, 'meeting.read', { meetingId })).toMatchObject(awaiting);
    expect(await refusedAtHub(device, dataDir, 'sheet.open', sheetKey('E03'))).toMatchObject(awaiting);
    expect(pledges()).toEqual([]);

    await succeed(host.secretary, 'hub.admit', { sessionId: waiting!.sessionId });
    const first = await device.call('pledge.sign', pledgeOf('E03', '3131'), 'op-pledge-e03-0002');
    const resent = await device.call('pledge.sign', pledgeOf('E03', '3131'), 'op-pledge-e03-0002');
    expect([first.result, resent.result]).toEqual([{ ok: true, value: null }, { ok: true, value: null }]);
    expect(pledges().map((p) => p.expertId)).toEqual(['E03']);

    // The PIN is set now: the next device must give it, and with it needs no admission.
    const withPin = await joinHub(host.routeFrom('127.0.0.52'), { expertId: 'E03', meetingCode: host.meetingCode, pin: '3131' });
    expect((await host.hubStatus()).sessions.find((s) => s.address.endsWith('127.0.0.52'))).toMatchObject({ admitted: true });
    expect((await withPin.call('meeting.read', { meetingId })).status).toBe(200);
  });

  it('is refused for good when the secretary refuses it, and nothing was written', async () => {
    const device = await join('127.0.0.53', 'E04');
    const waiting = (await host.hubStatus()).sessions.find((s) => s.address.endsWith('127.0.0.53'))!;
    await succeed(host.secretary, 'hub.revoke', { sessionId: waiting.sessionId });
    expect(await refusedAtHub(device, dataDir, 'pledge.sign', pledgeOf('E04', '4141'), 'op-pledge-e04-0001')).toMatchObject({ status: 401, code: 'session-revoked' });
    expect(pledges().some((p) => p.expertId === 'E04')).toBe(false);
  });
});
