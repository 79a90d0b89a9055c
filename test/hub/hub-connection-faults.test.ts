import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinOf, seedMeetingId as meetingId } from '../e2e/support/seed-meeting.js';
import { dumpStore, readStoreFile } from '../host/support/store-file.js';
import { seededDataFolder } from '../host/support/seeded-data-folder.js';
import { startCuttableProxy, type CuttableProxy } from './support/cuttable-proxy.js';
import { openSheet, passingDraft, saveDraftArgs, submitArgs } from './support/device-scoring.js';
import { joinHub } from './support/expert-client.js';
import { openHubHost, type HubHost } from './support/hub-host.js';

/** Ceilings on a loaded 2-core machine: starting the shell process, and one test's calls. Every wait ends on an answer or an event. */
const processCeilingMs = 180_000;
const callsCeilingMs = 90_000;

const submitsOf = (dataDir: string, expertId: string) =>
  readStoreFile(dataDir, (tx) => tx.audit.ofMeeting(meetingId).filter((e) => e.actor === expertId && e.action === 'score-sheet.submit').length);
const sheetOf = (dataDir: string, expertId: string) => readStoreFile(dataDir, (tx) => tx.scoreSheets.list(meetingId, { submissionId: 'S01', expertId })[0]);

/** S01 in scoring, every expert pledged with their `pinOf` PIN; the hub started on 127.0.0.1. */
describe('an expert device whose network fails, and operations sent again', { timeout: callsCeilingMs }, () => {
  let dataDir: string;
  let host: HubHost;
  let proxy: CuttableProxy;

  beforeAll(async () => {
    dataDir = await seededDataFolder({ pledged: true, recusalDecided: true, phase: 'scoring' });
    host = await openHubHost({ dataDir });
    const hub = new URL(host.status.url!);
    proxy = await startCuttableProxy({ host: hub.hostname, port: Number(hub.port) });
  }, processCeilingMs);
  afterAll(async () => {
    await proxy?.close();
    await host?.shell.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const joinThroughProxy = (expertId: string) =>
    joinHub({ origin: new URL(host.status.url!).origin, via: proxy.via }, { expertId, meetingCode: host.meetingCode, pin: pinOf(expertId) });

  it('loses nothing and doubles nothing when the connection is cut mid-sheet and the device resends', async () => {
    const device = await joinThroughProxy('E03');
    const blank = (await openSheet(device)).draft;
    expect((await device.write('sheet.saveDraft', saveDraftArgs('E03', passingDraft(blank, 1)))).result).toEqual({ ok: true, value: null });
    const stream = await device.events();

    // The Wi-Fi drops: the open event stream ends, the next save never reaches the hub.
    proxy.cut();
    await stream.ended;
    const secondDraft = passingDraft(blank, 2);
    const unsentSave = randomUUID();
    await expect(device.call('sheet.saveDraft', saveDraftArgs('E03', secondDraft), unsentSave)).rejects.toThrow();
    expect(sheetOf(dataDir, 'E03')?.draft.opinion).toBe(passingDraft(blank, 1).opinion);

    // Back on the network: the queued save goes out with its operation id.
    proxy.restore();
    expect((await device.call('sheet.saveDraft', saveDraftArgs('E03', secondDraft), unsentSave)).result).toEqual({ ok: true, value: null });
    expect(sheetOf(dataDir, 'E03')?.draft).toEqual(secondDraft);

    // The submit reaches the hub and commits, but its answer is lost on the way back.
    proxy.loseAnswers();
    const submit = randomUUID();
    await expect(device.call('sheet.submit', submitArgs('E03'), submit)).rejects.toThrow();
    expect(proxy.answersLost).toBeGreaterThan(0);
    proxy.restore();
    expect(sheetOf(dataDir, 'E03')).toMatchObject({ status: 'submitted', versions: [{ versionNo: 1, opinion: secondDraft.opinion }] });

    // The device does not know: it resends, twice, and hears the first answer each time.
    for (let resend = 0; resend < 2; resend += 1) {
      expect((await device.call('sheet.submit', submitArgs('E03'), submit)).result).toEqual({ ok: true, value: { versionNo: 1 } });
    }
    expect(sheetOf(dataDir, 'E03')?.versions).toHaveLength(1);
    expect(submitsOf(dataDir, 'E03')).toBe(1);
  });

  it('answers a replayed operation id with its first answer and writes nothing, also with other arguments', async () => {
    const device = await joinThroughProxy('E04');
    const blank = (await openSheet(device)).draft;
    const first = await device.write('sheet.saveDraft', saveDraftArgs('E04', passingDraft(blank, 1)));
    expect(first.result).toEqual({ ok: true, value: null });
    const submitted = await device.write('sheet.submit', submitArgs('E04'));
    expect(submitted.result).toEqual({ ok: true, value: { versionNo: 1 } });

    const before = dumpStore(dataDir);
    expect((await device.call('sheet.saveDraft', saveDraftArgs('E04', passingDraft(blank, 7)), first.operationId)).result).toEqual({ ok: true, value: null });
    expect((await device.call('sheet.submit', { ...submitArgs('E04'), reason: '重新提交' }, submitted.operationId)).result).toEqual({ ok: true, value: { versionNo: 1 } });
    expect(dumpStore(dataDir)).toEqual(before);
    expect(sheetOf(dataDir, 'E04')?.versions).toHaveLength(1);
    expect(submitsOf(dataDir, 'E04')).toBe(1);

    // The id is E04's alone: another expert sending the same id makes their own act.
    const other = await joinThroughProxy('E05');
    const otherBlank = (await openSheet(other)).draft;
    expect((await other.call('sheet.saveDraft', saveDraftArgs('E05', passingDraft(otherBlank, 5)), first.operationId)).result).toEqual({ ok: true, value: null });
    expect(sheetOf(dataDir, 'E05')?.draft.opinion).toBe(passingDraft(otherBlank, 5).opinion);

    // A resend that leaves while the first is still on its way: both hear the one answer.
    const twice = randomUUID();
    const answers = await Promise.all([0, 1].map(() => other.call('sheet.submit', submitArgs('E05'), twice)));
    expect(answers.map((answer) => answer.result)).toEqual([0, 1].map(() => ({ ok: true, value: { versionNo: 1 } })));
    expect(sheetOf(dataDir, 'E05')?.versions).toHaveLength(1);
    expect(submitsOf(dataDir, 'E05')).toBe(1);
  });
});
