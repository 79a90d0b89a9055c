import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinOf, seedMeetingId as meetingId } from '../e2e/support/seed-meeting.js';
import { readStoreFile } from '../host/support/store-file.js';
import { seededDataFolder } from '../host/support/seeded-data-folder.js';
import { openSheet, passingDraft, saveDraftArgs, submitArgs } from './support/device-scoring.js';
import { joinHub, valueOf } from './support/expert-client.js';
import { openHubHost, type HubHost } from './support/hub-host.js';

/** Each step starts a shell process on a loaded 2-core machine (tsx compiles the host first): a ceiling, not a wait. */
const stepCeilingMs = 240_000;

/** S01 in scoring, every expert pledged; the workstation SIGKILLed right after the hub acknowledged a submit, then started again. */
describe('the workstation killed after the hub acknowledged a submit', () => {
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

  it('keeps the submit; the device rejoins, resends it and gets the same answer without a second version', async () => {
    const device = await joinHub(host.routeFrom('127.0.0.51'), { expertId: 'E02', meetingCode: host.meetingCode, pin: pinOf('E02') });
    const draft = passingDraft((await openSheet(device)).draft, 1);
    valueOf(await device.write('sheet.saveDraft', saveDraftArgs('E02', draft)), 'saving the draft');
    const submit = randomUUID();
    expect((await device.call('sheet.submit', submitArgs('E02'), submit)).result).toEqual({ ok: true, value: { versionNo: 1 } });

    expect(await host.shell.kill()).toBe('SIGKILL');
    const stored = () =>
      readStoreFile(dataDir, (tx) => ({
        sheet: tx.scoreSheets.list(meetingId, { submissionId: 'S01', expertId: 'E02' })[0],
        submits: tx.audit.ofMeeting(meetingId).filter((e) => e.actor === 'E02' && e.action === 'score-sheet.submit').length,
      }));
    expect(stored()).toMatchObject({ sheet: { status: 'submitted', versions: [{ versionNo: 1, opinion: draft.opinion }] }, submits: 1 });

    host = await openHubHost({ dataDir });
    // The old session died with the process: the old cookie opens nothing.
    const oldSession = await device.call('sheet.open', { meetingId, submissionId: 'S01', expertId: 'E02' }).then(
      (answer) => answer.status,
      () => 'unreachable',
    );
    expect([401, 'unreachable']).toContain(oldSession);

    const again = await joinHub(host.routeFrom('127.0.0.51'), { expertId: 'E02', meetingCode: host.meetingCode, pin: pinOf('E02') });
    expect((await again.call('sheet.submit', submitArgs('E02'), submit)).result).toEqual({ ok: true, value: { versionNo: 1 } });
    expect(stored()).toMatchObject({ sheet: { versions: [{ versionNo: 1 }] }, submits: 1 });
    expect((await openSheet(again)).versions).toHaveLength(1);
  }, stepCeilingMs);
});
