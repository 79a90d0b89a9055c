import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinOf, seedMeetingId as meetingId } from '../e2e/support/seed-meeting.js';
import { startBrowserShell } from '../host/support/browser-shell-process.js';
import { succeed } from '../host/support/host-caller.js';
import { readStoreFile } from '../host/support/store-file.js';
import { seededDataFolder } from '../host/support/seeded-data-folder.js';
import { openSheet, passingDraft, saveDraftArgs, submitArgs } from './support/device-scoring.js';
import { joinHub, valueOf } from './support/expert-client.js';
import { openHubHost, reopenHubHost, type HubHost } from './support/hub-host.js';

/** Each step starts a shell process on a loaded 2-core machine (tsx compiles the host first): a ceiling, not a wait. */
const stepCeilingMs = 240_000;

/**
 * S01 in scoring, every expert pledged; the workstation SIGKILLed right after the hub acknowledged a
 * submit, then started again over the same data folder: the room sees a pause and nothing else.
 */
describe('the workstation killed while its hub runs', () => {
  let dataDir: string;
  let host: HubHost;

  beforeAll(async () => {
    dataDir = await seededDataFolder({ pledged: true, recusalDecided: true, phase: 'scoring' });
    host = await openHubHost({ dataDir });
  }, stepCeilingMs);
  afterAll(async () => {
    await host?.shell.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('comes back at the same address with the same code; the same cookie resends, reads and writes without rejoining; a revoked one stays refused', async () => {
    const device = await joinHub(host.routeFrom('127.0.0.51'), { expertId: 'E02', meetingCode: host.meetingCode, pin: pinOf('E02') });
    const draft = passingDraft((await openSheet(device)).draft, 1);
    valueOf(await device.write('sheet.saveDraft', saveDraftArgs('E02', draft)), 'saving the draft');
    const submit = randomUUID();
    expect((await device.call('sheet.submit', submitArgs('E02'), submit)).result).toEqual({ ok: true, value: { versionNo: 1 } });
    const removed = await joinHub(host.routeFrom('127.0.0.52'), { expertId: 'E03', meetingCode: host.meetingCode, pin: pinOf('E03') });
    const { sessions } = await host.hubStatus();
    await succeed(host.secretary, 'hub.revoke', { sessionId: sessions.find((session) => session.expertId === 'E03')!.sessionId });
    const before = host.status;

    expect(await host.shell.kill()).toBe('SIGKILL');
    const stored = () =>
      readStoreFile(dataDir, (tx) => ({
        sheet: tx.scoreSheets.list(meetingId, { submissionId: 'S01', expertId: 'E02' })[0],
        submits: tx.audit.ofMeeting(meetingId).filter((e) => e.actor === 'E02' && e.action === 'score-sheet.submit').length,
      }));
    expect(stored()).toMatchObject({ sheet: { status: 'submitted', versions: [{ versionNo: 1, opinion: draft.opinion }] }, submits: 1 });

    host = await reopenHubHost({ dataDir });
    expect(host.status).toMatchObject({ running: true, meetingId, url: before.url, meetingCode: before.meetingCode, notResumed: null });
    expect(host.status.sessions).toEqual([expect.objectContaining({ expertId: 'E02', address: '127.0.0.51', viewing: null })]);

    // The answer to the submit was lost with the process, as far as the device knows: its queue resends it, PIN-less.
    expect((await device.call('sheet.submit', submitArgs('E02'), submit)).result).toEqual({ ok: true, value: { versionNo: 1 } });
    expect(stored()).toMatchObject({ sheet: { versions: [{ versionNo: 1 }] }, submits: 1 });
    expect((await openSheet(device)).versions).toHaveLength(1);
    valueOf(await device.write('presence.update', { submissionId: 'S01', screen: 'history' }), 'telling what it shows');
    expect((await host.hubStatus()).sessions).toEqual([expect.objectContaining({ expertId: 'E02', viewing: { submissionId: 'S01', screen: 'history' } })]);

    const refused = await removed.call('meeting.read', { meetingId });
    expect([refused.status, refused.result]).toMatchObject([401, { ok: false, error: { code: 'session-revoked' } }]);
  }, stepCeilingMs);

  it('does not come back once the secretary stopped it: the sessions ended for good', async () => {
    const device = await joinHub(host.routeFrom('127.0.0.53'), { expertId: 'E04', meetingCode: host.meetingCode, pin: pinOf('E04') });
    expect(await succeed(host.secretary, 'hub.stop', {})).toMatchObject({ running: false, sessions: [] });
    expect(await host.shell.kill()).toBe('SIGKILL');

    const shell = await startBrowserShell({ dataDir });
    host = { ...host, shell };
    const secretary = await shell.signIn();
    expect(await succeed(secretary, 'hub.status', {})).toMatchObject({ running: false, notResumed: null });
    expect(readStoreFile(dataDir, (tx) => ({ run: tx.hubRun.get(), sessions: tx.hubSessions.list(meetingId) }))).toEqual({ run: undefined, sessions: [] });
    await expect(device.call('meeting.read', { meetingId })).rejects.toThrow();
  }, stepCeilingMs);
});
