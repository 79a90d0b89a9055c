import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HubStatus } from '../../shared/api/calls/hub-calls.js';
import { workstationCaller } from '../../test/support/callers.js';
import { pinOf, plantPledges } from '../../test/support/identity-host.js';
import { openInProcessHub, otherMeetingId, type InProcessHub } from '../../test/support/in-process-hub.js';
import { openMeetingHost, seedMeeting, testExpert, testMeetingId, testSubmission, type MeetingHost } from '../../test/support/meeting-host.js';
import { deviceWithCookie, joinHub } from '../../test/hub/support/expert-client.js';
import { openMeetingStore } from '../services/meeting/meeting-store.js';
import { meetingStoreFile } from '../services/meeting/open-meeting-deps.js';
import { expertCookieName } from './hub-server.js';
import { credentialHashOf } from './hub-sessions.js';
import type { HubRun, HubSessionRow } from './hub-records.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A port free now on loopback, held open when `hold` (another program on the port). */
const loopbackPort = (hold = false) =>
  new Promise<{ port: number; holder: Server | null }>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      if (hold) resolve({ port, holder: probe });
      else probe.close(() => resolve({ port, holder: null }));
    });
  });

const newCredential = () => randomBytes(32).toString('base64url');
const sessionRow = (credential: string, overrides: Partial<HubSessionRow> = {}): HubSessionRow => ({
  credentialHash: credentialHashOf(credential),
  sessionId: `0f0c1d5e-0000-4000-8000-${randomBytes(6).toString('hex')}`,
  meetingId: testMeetingId,
  expertId: 'E02',
  address: '127.0.0.9',
  admitted: true,
  revoked: false,
  joinedAt: '2026-11-28T09:45:00.000Z',
  ...overrides,
});

/**
 * A data folder as a workstation killed while its hub ran leaves it: the meeting in scoring, the run
 * and its sessions in the store. The host is then started over it, as after the restart.
 */
const restartOver = async (run: Omit<HubRun, 'startedAt'>, sessions: readonly HubSessionRow[], phase: 'scoring' | 'finalised' = 'scoring') => {
  const dataDir = await mkdtemp(join(tmpdir(), 'zz-hub-resume-'));
  const store = openMeetingStore({ path: join(dataDir, meetingStoreFile) });
  seedMeeting(store, [1, 2, 3].map((n) => testExpert(n, { present: true })), [{ ...testSubmission, phase }]);
  await plantPledges(store, ['E01', 'E02', 'E03']);
  store.writeNow({ meetingId: otherMeetingId }, (tx) => {
    tx.meetings.put({ ...store.read((read) => read.meetings.get(testMeetingId))!, id: otherMeetingId, title: '另一场审评会' });
    tx.experts.put(testExpert(2, { meetingId: otherMeetingId, present: true }));
  });
  store.writeNow({ meetingId: null }, (tx) => {
    tx.hubRun.put({ ...run, startedAt: '2026-11-28T09:40:00.000Z' });
    for (const row of sessions) tx.hubSessions.put(row);
  });
  store.close();
  const host = await openMeetingHost({ dataDir });
  cleanups.push(async () => {
    await host.handlers['hub.stop']({}, workstationCaller).catch(() => undefined);
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  return { host, dataDir };
};

const statusOf = (host: MeetingHost) => host.handlers['hub.status']({}, workstationCaller);

/** The host takes the run up (or gives up) right after it starts; this waits for either. */
const resumed = async (host: MeetingHost): Promise<HubStatus> => {
  for (;;) {
    const status = await statusOf(host);
    if (status.running || status.notResumed !== null) return status;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

const hubRunOf = (dataDir: string) => {
  const store = openMeetingStore({ path: join(dataDir, meetingStoreFile) });
  try {
    return store.read((tx) => ({ run: tx.hubRun.get(), sessions: [testMeetingId, otherMeetingId].flatMap((id) => tx.hubSessions.list(id)) }));
  } finally {
    store.close();
  }
};

describe('a device joining and leaving', () => {
  let hub: InProcessHub;

  it('is on disk before the join is answered, as the SHA-256 of its credential and never the credential; revoked kept, left forgotten', async () => {
    hub = await openInProcessHub();
    cleanups.push(() => hub.close());
    const device = await joinHub({ origin: hub.origin, localAddress: '127.0.0.21' }, { expertId: 'E02', meetingCode: hub.status.meetingCode!, pin: pinOf('E02') });
    const credential = device.cookie.slice(`${expertCookieName}=`.length);
    const [row] = hub.store.read((tx) => tx.hubSessions.list(testMeetingId));
    expect(row).toMatchObject({ credentialHash: credentialHashOf(credential), expertId: 'E02', admitted: true, revoked: false });
    expect(hub.store.read((tx) => tx.hubRun.get())).toMatchObject({ meetingId: testMeetingId, address: '127.0.0.1', port: Number(new URL(hub.origin).port), meetingCode: hub.status.meetingCode });

    // What a thief copies: the store and its write-ahead log hold no credential, in any encoding a cookie could carry.
    for (const file of (await readdir(hub.host.dataDir)).filter((name) => name.startsWith(meetingStoreFile))) {
      const bytes = await readFile(join(hub.host.dataDir, file));
      expect(bytes.includes(credential)).toBe(false);
      expect(bytes.includes(Buffer.from(credential, 'base64url'))).toBe(false);
    }

    const second = await joinHub({ origin: hub.origin, localAddress: '127.0.0.23' }, { expertId: 'E03', meetingCode: hub.status.meetingCode!, pin: pinOf('E03') });
    const { sessions } = await hub.host.handlers['hub.status']({}, workstationCaller);
    await hub.host.handlers['hub.revoke']({ sessionId: sessions.find((s) => s.expertId === 'E03')!.sessionId }, workstationCaller);
    await device.leave();
    expect(hub.store.read((tx) => tx.hubSessions.list(testMeetingId))).toEqual([
      expect.objectContaining({ credentialHash: credentialHashOf(second.cookie.slice(`${expertCookieName}=`.length)), expertId: 'E03', revoked: true }),
    ]);
  });

  it('is forgotten with the run when the secretary stops the hub', async () => {
    hub = await openInProcessHub();
    cleanups.push(() => hub.close());
    await joinHub({ origin: hub.origin, localAddress: '127.0.0.22' }, { expertId: 'E03', meetingCode: hub.status.meetingCode!, pin: pinOf('E03') });
    await hub.host.handlers['hub.stop']({}, workstationCaller);
    expect(hub.store.read((tx) => ({ run: tx.hubRun.get(), sessions: tx.hubSessions.list(testMeetingId) }))).toEqual({ run: undefined, sessions: [] });
  });
});

describe('the workstation started again while its hub was running', () => {
  it('serves the same meeting at the same address with the same code; the cookies work again, a revoked one stays refused, another meeting’s never works', async () => {
    const { port } = await loopbackPort();
    const [kept, revoked, ofOtherMeeting] = [newCredential(), newCredential(), newCredential()];
    const { host } = await restartOver({ meetingId: testMeetingId, address: '127.0.0.1', port, https: false, meetingCode: '493027' }, [
      sessionRow(kept),
      sessionRow(revoked, { expertId: 'E03', revoked: true }),
      sessionRow(ofOtherMeeting, { meetingId: otherMeetingId }),
    ]);
    const status = await resumed(host);
    expect(status).toMatchObject({ running: true, meetingId: testMeetingId, url: `http://127.0.0.1:${port}/`, meetingCode: '493027', notResumed: null });
    // Presence starts empty: what a device shows is heard again from it.
    expect(status.sessions).toEqual([expect.objectContaining({ expertId: 'E02', name: '专家2', address: '127.0.0.9', admitted: true, viewing: null })]);

    const route = { origin: `http://127.0.0.1:${port}`, localAddress: '127.0.0.9' };
    const device = deviceWithCookie(route, 'E02', `${expertCookieName}=${kept}`);
    expect((await device.call('sheet.open', { meetingId: testMeetingId, submissionId: 'S01', expertId: 'E02' })).result).toMatchObject({ ok: true, value: { sheet: { expertId: 'E02' } } });

    const refusedRevoked = await deviceWithCookie(route, 'E03', `${expertCookieName}=${revoked}`).call('meeting.read', { meetingId: testMeetingId });
    expect([refusedRevoked.status, refusedRevoked.result]).toMatchObject([401, { ok: false, error: { code: 'session-revoked' } }]);
    for (const meetingId of [testMeetingId, otherMeetingId]) {
      const refused = await deviceWithCookie(route, 'E02', `${expertCookieName}=${ofOtherMeeting}`).call('meeting.read', { meetingId });
      expect([refused.status, refused.result]).toMatchObject([401, { ok: false, error: { code: 'no-session' } }]);
    }
  });

  it('does not come back for a meeting whose drafts are all finalised, and forgets the run', async () => {
    const { port } = await loopbackPort();
    const { host, dataDir } = await restartOver({ meetingId: testMeetingId, address: '127.0.0.1', port, https: false, meetingCode: '493027' }, [sessionRow(newCredential())], 'finalised');
    for (;;) {
      if (hubRunOf(dataDir).run === undefined) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(hubRunOf(dataDir)).toEqual({ run: undefined, sessions: [] });
    expect(await statusOf(host)).toMatchObject({ running: false, notResumed: null });
  });

  it('stays off when its port is taken, says why, and the secretary starting it there again takes the run up', async () => {
    const { port, holder } = await loopbackPort(true);
    const kept = newCredential();
    const { host } = await restartOver({ meetingId: testMeetingId, address: '127.0.0.1', port, https: false, meetingCode: '581634' }, [sessionRow(kept)]);
    expect(await resumed(host)).toMatchObject({
      running: false,
      notResumed: { meetingId: testMeetingId, url: `http://127.0.0.1:${port}/`, code: 'unavailable', message: `端口 ${port} 已被占用：请关闭占用它的程序或换一个端口` },
    });

    await new Promise((resolve) => holder!.close(resolve));
    const started = await host.handlers['hub.start']({ meetingId: testMeetingId, address: '127.0.0.1', port, https: false }, workstationCaller);
    expect(started).toMatchObject({ running: true, meetingCode: '581634', notResumed: null });
    const device = deviceWithCookie({ origin: `http://127.0.0.1:${port}`, localAddress: '127.0.0.9' }, 'E02', `${expertCookieName}=${kept}`);
    expect((await device.call('meeting.read', { meetingId: testMeetingId })).status).toBe(200);
  });

  it('stays off when its address is gone, says why; a start elsewhere is a new run whose code and sessions are new', async () => {
    const kept = newCredential();
    const { host, dataDir } = await restartOver({ meetingId: testMeetingId, address: '192.0.2.44', port: 8470, https: false, meetingCode: '581634' }, [sessionRow(kept)]);
    expect(await resumed(host)).toMatchObject({
      running: false,
      notResumed: { url: 'http://192.0.2.44:8470/', code: 'invalid', message: '本机没有地址为 192.0.2.44 的网络接口：请重新选择网络接口' },
    });

    const started = await host.handlers['hub.start']({ meetingId: testMeetingId, address: '127.0.0.1', port: 0, https: false }, workstationCaller);
    expect(started).toMatchObject({ running: true, sessions: [], notResumed: null });
    expect(hubRunOf(dataDir)).toMatchObject({ run: { address: '127.0.0.1', meetingCode: started.meetingCode }, sessions: [] });
  });

  it('is let go when the secretary stops it instead: the run and its sessions are forgotten', async () => {
    const { host, dataDir } = await restartOver({ meetingId: testMeetingId, address: '192.0.2.44', port: 8470, https: true, meetingCode: '581634' }, [sessionRow(newCredential())]);
    expect((await resumed(host)).notResumed).not.toBeNull();
    expect(await host.handlers['hub.stop']({}, workstationCaller)).toMatchObject({ running: false, notResumed: null });
    expect(hubRunOf(dataDir)).toEqual({ run: undefined, sessions: [] });
  });
});
