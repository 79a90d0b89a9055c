import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { defaultCoalesceMs } from '../../electron/http/change-coalescing.js';
import type { ChangeEvent } from '../../electron/http/change-feed.js';
import { hasSubmitted } from '../../shared/engine/eligibility.js';
import { seedMeetingId as meetingId } from '../e2e/support/seed-meeting.js';
import { succeed } from '../host/support/host-caller.js';
import { readStoreFile } from '../host/support/store-file.js';
import { openSheet, passingDraft, saveDraftArgs, submitArgs } from '../hub/support/device-scoring.js';
import type { EventStreamReader } from '../hub/support/event-stream-reader.js';
import { joinHub, valueOf, type ExpertDevice } from '../hub/support/expert-client.js';
import { openHubHost, type HubHost } from '../hub/support/hub-host.js';
import { panelIds, panelPinOf, seededPanelFolder, submissionIds } from '../hub/support/seeded-panel-folder.js';
import type { BenchFigure } from './figure.js';

const panelSize = 30;
/** Submits made one at a time, to show what one costs when nothing queues before it. */
const aloneSubmits = 10;
/** Rounds of 30 at once per kind; the figure is the median round's p99, as one round on a shared machine is noisy. */
const rounds = 3;
/** One warm-up round, one of lone submits, then the measured rounds of each kind: a submission each. */
const [warmUpId, aloneId, ...roundIds] = submissionIds(2 + 2 * rounds) as [string, string, ...string[]];
/** A ceiling for a change to reach a stream on a loaded machine; every wait ends when it arrives. */
const streamCeilingMs = 60_000;

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

/**
 * CPU time the host process has used so far (user and system, /proc/<pid>/stat fields 14 and 15, in
 * Linux's 100 ticks a second): unlike the latencies, what a round costs the host barely moves with
 * the load the other processes put on the machine.
 */
const hostCpuMs = (host: HubHost): number => {
  const fields = readFileSync(`/proc/${host.shell.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/** A change that makes a screen of the meeting read it again, as `useHostQuery` decides: the meeting's records, not the hub's state. */
const ofThisMeeting = (change: ChangeEvent) => change.kind === 'meeting' && (change.meetingId === meetingId || change.meetingId === null);

/**
 * A screen that reads the meeting again on each change its stream brings, as `useHostQuery` does;
 * changes that arrive during a read are answered by one more read after it. Runs until `stop`.
 */
const rereadOnChange = (stream: EventStreamReader, read: () => Promise<void>) => {
  let stopped = false;
  const done = (async () => {
    let from = stream.received.length;
    while (!stopped) {
      const next = await stream.next(ofThisMeeting, { from, ceilingMs: streamCeilingMs, what: 'a screen waiting for a change' }).catch((error: unknown) => {
        if (!stopped) throw error;
      });
      if (next === undefined) break;
      from = stream.received.length;
      await read();
    }
  })();
  return {
    done,
    stop() {
      stopped = true;
      stream.close();
    },
  };
};

/** The secretary's dashboard, noting when each expert's sheet of `submissionId` first shows as submitted; `allSeen` once `expected` have. */
const watchSubmits = async (host: HubHost, submissionId: string, expected: number) => {
  const seenAt = new Map<string, number>();
  let allSeen: () => void = () => undefined;
  const seen = new Promise<void>((resolve) => (allSeen = resolve));
  const screen = rereadOnChange(await host.secretaryEvents(), async () => {
    const data = await succeed(host.secretary, 'meeting.read', { meetingId });
    const at = performance.now();
    for (const sheet of data?.scoreSheets ?? []) if (sheet.submissionId === submissionId && hasSubmitted(sheet) && !seenAt.has(sheet.expertId)) seenAt.set(sheet.expertId, at);
    if (seenAt.size >= expected) allSeen();
  });
  const ended = screen.done.then(() => {
    if (seenAt.size < expected) throw new Error(`the secretary's screen stopped having seen ${seenAt.size} of ${expected} submits`);
  });
  return { seenAt, screen, allSeen: Promise.race([seen, ended]) };
};

/** Every device opens its sheet and saves a passing draft, all at once: the room just before the submits. */
const draftAll = (devices: readonly ExpertDevice[], submissionId: string) =>
  Promise.all(
    devices.map(async (device) => {
      const draft = passingDraft((await openSheet(device, submissionId)).draft);
      valueOf(await device.write('sheet.saveDraft', saveDraftArgs(device.expertId, draft, submissionId)), `saving ${device.expertId}'s draft of ${submissionId}`);
    }),
  );

/** What the store holds of `submissionId` once it is over: submits missing, and versions or audit entries more than one per expert. */
const lostAndDoubled = (dataDir: string, submissionId: string, expected: number) => {
  const stored = readStoreFile(dataDir, (tx) => ({
    submitted: tx.scoreSheets.list(meetingId, { submissionId }).filter((sheet) => sheet.versions.length > 0),
    entries: tx.audit.ofMeeting(meetingId).filter((e) => e.submissionId === submissionId && e.action === 'score-sheet.submit').length,
  }));
  return {
    lost: expected - stored.submitted.length,
    doubled: stored.submitted.reduce((extra, sheet) => extra + sheet.versions.length - 1, 0) + Math.max(0, stored.entries - stored.submitted.length),
  };
};

/**
 * Every device submits `submissionId` at the same moment, then resends its submit with the same
 * operation id, as a device that lost the answer would; timed from each device's send. With
 * `devicesReread`, each device also re-reads the meeting on every change, as the expert app does.
 */
const submitTogether = async (host: HubHost, dataDir: string, devices: readonly ExpertDevice[], submissionId: string, devicesReread: boolean) => {
  await draftAll(devices, submissionId);
  const secretary = await watchSubmits(host, submissionId, devices.length);
  const deviceScreens = devicesReread
    ? await Promise.all(devices.map(async (device) => rereadOnChange(await device.events(), async () => void valueOf(await device.call('meeting.read', { meetingId }), 'a device re-reading'))))
    : [];
  const cpuBefore = hostCpuMs(host);
  const sentAt = new Map<string, number>();
  const submitMs: number[] = [];
  const submits = await Promise.all(
    devices.map(async (device) => {
      const start = performance.now();
      sentAt.set(device.expertId, start);
      const answer = await device.write('sheet.submit', submitArgs(device.expertId, submissionId));
      submitMs.push(performance.now() - start);
      return { device, answer };
    }),
  );
  const refused = submits.find(({ answer }) => !answer.result.ok);
  if (refused !== undefined) throw new Error(`${refused.device.expertId}'s submit of ${submissionId} was refused: ${JSON.stringify(refused.answer)}`);
  const resent = await Promise.all(submits.map(({ device, answer }) => device.call('sheet.submit', submitArgs(device.expertId, submissionId), answer.operationId)));
  const changed = resent.find((answer, i) => JSON.stringify(answer.result) !== JSON.stringify(submits[i]!.answer.result));
  if (changed !== undefined) throw new Error(`a resent submit did not get its first answer: ${JSON.stringify(changed)}`);
  await secretary.allSeen;
  const cpuMs = hostCpuMs(host) - cpuBefore;
  for (const screen of [secretary.screen, ...deviceScreens]) screen.stop();
  await Promise.all([secretary.screen, ...deviceScreens].map((screen) => screen.done));
  const seenMs = [...secretary.seenAt].map(([expertId, at]) => at - sentAt.get(expertId)!);
  return { submitMs, seenMs, cpuMs, ...lostAndDoubled(dataDir, submissionId, devices.length) };
};

type Together = Awaited<ReturnType<typeof submitTogether>>;

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

const medianCpuMs = (results: readonly Together[]) => percentile(results.map((round) => round.cpuMs), 50);

const medianP99 = (results: readonly Together[], timing: 'submitMs' | 'seenMs') => percentile(results.map((round) => percentile(round[timing], 99)), 50);

/**
 * One submit at a time: how long until the device has its answer, and until the secretary's stream
 * brings the change. The drafts are saved before the stream opens and nothing else is written
 * meanwhile, so the next change on it is the submit's. Each submit waits out the stream's
 * coalescing window first, as a lone submit in a quiet room does; one made within it would be a
 * burst's and come at the window's end.
 */
const submitAlone = async (host: HubHost, devices: readonly ExpertDevice[], submissionId: string) => {
  await draftAll(devices, submissionId);
  const stream = await host.secretaryEvents();
  const ackMs: number[] = [];
  const streamMs: number[] = [];
  for (const device of devices) {
    await sleep(defaultCoalesceMs * 2);
    const from = stream.received.length;
    const start = performance.now();
    valueOf(await device.write('sheet.submit', submitArgs(device.expertId, submissionId)), `${device.expertId} submitting ${submissionId}`);
    ackMs.push(performance.now() - start);
    const shown = await stream.next(ofThisMeeting, { from, ceilingMs: streamCeilingMs, what: 'the lone submit on the stream' });
    streamMs.push(shown.receivedAt - start);
  }
  stream.close();
  return { ackMs, streamMs };
};

/**
 * Thirty experts' devices on their own loopback addresses, joined to the hub of the browser shell
 * (its own process). One draft submitted by all at once to warm the host up (the shell compiles
 * modules on first use; a workstation that has run a meeting for a morning has long done so); one
 * submitted a device at a time; then, alternately, drafts submitted by all at once while the
 * secretary's dashboard follows, and the same while every device also re-reads on each change (the
 * room as the expert app makes it).
 */
export const measure = async (): Promise<BenchFigure[]> => {
  const dataDir = await seededPanelFolder(panelSize, 2 + 2 * rounds);
  const host = await openHubHost({ dataDir });
  try {
    const devices = await Promise.all(
      panelIds(panelSize).map((expertId, i) => joinHub(host.routeFrom(`127.0.0.${10 + i}`), { expertId, meetingCode: host.meetingCode, pin: panelPinOf(expertId) })),
    );
    const warmUp = await submitTogether(host, dataDir, devices, warmUpId, false);
    const alone = await submitAlone(host, devices.slice(0, aloneSubmits), aloneId);
    const quiet: Together[] = [];
    const room: Together[] = [];
    for (const [i, submissionId] of roundIds.entries()) {
      if (i % 2 === 0) quiet.push(await submitTogether(host, dataDir, devices, submissionId, false));
      else room.push(await submitTogether(host, dataDir, devices, submissionId, true));
    }
    const all = [warmUp, ...quiet, ...room];
    const together = `${panelSize} experts submitting at once over loopback`;
    const rereading = `${together}, every device re-reading on each change`;
    const ofRounds = `median of ${rounds} rounds`;
    return [
      { name: `hub: ${together}, submit acknowledged p99 (${ofRounds})`, value: medianP99(quiet, 'submitMs'), unit: 'ms', goal: '≤ 100 ms' },
      { name: `hub: ${together}, until the secretary's event stream (and re-read) shows the submit p99 (${ofRounds})`, value: medianP99(quiet, 'seenMs'), unit: 'ms', goal: '≤ 500 ms' },
      { name: `hub: submits lost of ${all.length * panelSize} acknowledged`, value: sum(all.map((round) => round.lost)), unit: 'submits', goal: '0' },
      { name: `hub: submits doubled after ${all.length * panelSize} resends with the same operation id`, value: sum(all.map((round) => round.doubled)), unit: 'submits', goal: '0' },
      { name: `hub: ${rereading}, submit acknowledged p99 (${ofRounds})`, value: medianP99(room, 'submitMs'), unit: 'ms' },
      { name: `hub: ${rereading}, until the secretary's event stream (and re-read) shows the submit p99 (${ofRounds})`, value: medianP99(room, 'seenMs'), unit: 'ms' },
      { name: `hub: ${together}, the host's CPU time from the submits until the secretary has seen them all (${ofRounds})`, value: medianCpuMs(quiet), unit: 'ms' },
      { name: `hub: ${rereading}, the host's CPU time from the submits until the secretary has seen them all (${ofRounds})`, value: medianCpuMs(room), unit: 'ms' },
      { name: `hub: one submit alone over loopback, acknowledged, median of ${aloneSubmits}`, value: percentile(alone.ackMs, 50), unit: 'ms' },
      { name: `hub: one submit alone, until the secretary's event stream brings it, median of ${aloneSubmits}`, value: percentile(alone.streamMs, 50), unit: 'ms' },
    ];
  } finally {
    await host.shell.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
};
