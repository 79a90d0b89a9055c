import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinOf, seedMeetingId as meetingId } from '../e2e/support/seed-meeting.js';
import { startBrowserShell, type BrowserShell, type SignedInClient } from '../host/support/browser-shell-process.js';
import { succeed } from '../host/support/host-caller.js';
import { seededDataFolder } from '../host/support/seeded-data-folder.js';
import { openSheet } from './support/device-scoring.js';
import { joinHub } from './support/expert-client.js';
import { startHub } from './support/hub-host.js';

const processCeilingMs = 180_000;
const callsCeilingMs = 90_000;

/** The SHA-256 of the certificate the server at `url` presents, as Node (and a browser's viewer) prints it. */
const servedFingerprint = (url: string) =>
  new Promise<string>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const socket = connect({ host: hostname, port: Number(port), rejectUnauthorized: false }, () => {
      resolve(socket.getPeerCertificate().fingerprint256);
      socket.end();
    });
    socket.once('error', reject);
  });

/** The hub started, stopped and started again over HTTPS, at one workstation. */
describe('the hub started and stopped by the secretary', { timeout: callsCeilingMs }, () => {
  let dataDir: string;
  let shell: BrowserShell;
  let secretary: SignedInClient;

  beforeAll(async () => {
    dataDir = await seededDataFolder({ pledged: true, recusalDecided: true, phase: 'scoring' });
    shell = await startBrowserShell({ dataDir });
    secretary = await shell.signIn();
  }, processCeilingMs);
  afterAll(async () => {
    await shell?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a second start, and stopping ends every session and stream', async () => {
    const status = await startHub(secretary);
    expect(await secretary.call('hub.start', { meetingId, address: '127.0.0.1', port: 0, https: false })).toMatchObject({ ok: false, error: { code: 'refused' } });
    const device = await joinHub({ origin: new URL(status.url!).origin, localAddress: '127.0.0.71' }, { expertId: 'E02', meetingCode: status.meetingCode!, pin: pinOf('E02') });
    const stream = await device.events();
    expect(await succeed(secretary, 'hub.stop', {})).toMatchObject({ running: false, url: null, sessions: [] });
    await stream.ended;
    await expect(device.call('meeting.read', { meetingId })).rejects.toThrow();
  });

  it('serves HTTPS with the one certificate of this workstation, its fingerprint the one shown', async () => {
    const first = await startHub(secretary, true);
    expect(first).toMatchObject({ https: true, url: expect.stringMatching(/^https:\/\/127\.0\.0\.1:\d+\/$/) });
    expect(await servedFingerprint(first.url!)).toBe(first.fingerprint);
    const device = await joinHub({ origin: new URL(first.url!).origin, localAddress: '127.0.0.72' }, { expertId: 'E03', meetingCode: first.meetingCode!, pin: pinOf('E03') });
    expect((await openSheet(device)).expertId).toBe('E03');
    for (const file of ['hub-key.pem', 'hub-certificate.pem']) expect((await stat(join(dataDir, file))).mode & 0o777).toBe(0o600);

    await succeed(secretary, 'hub.stop', {});
    const second = await startHub(secretary, true);
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(await servedFingerprint(second.url!)).toBe(first.fingerprint);
    await succeed(secretary, 'hub.stop', {});
  });
});
