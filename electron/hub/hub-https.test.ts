import { stat } from 'node:fs/promises';
import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workstationCaller } from '../../test/support/callers.js';
import { pinOf } from '../../test/support/identity-host.js';
import { openInProcessHub, type InProcessHub } from '../../test/support/in-process-hub.js';
import { testMeetingId } from '../../test/support/meeting-host.js';
import { joinHub } from '../../test/hub/support/expert-client.js';
import { hubCertificateFile, hubKeyFile } from './hub-certificate.js';

let hub: InProcessHub | undefined;

afterEach(() => hub?.close());

/** The certificate's SHA-256 as the device's TLS connection saw it. */
const presentedFingerprint = (origin: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const outgoing = request(`${origin}/hub/info`, { rejectUnauthorized: false, agent: false }, (response) => {
      resolve((response.socket as TLSSocket).getPeerCertificate().fingerprint256);
      response.resume();
    });
    outgoing.once('error', reject);
    outgoing.end();
  });

describe('the hub over HTTPS', () => {
  it('starts with a certificate generated once for the workstation, private to its owner, whose fingerprint it shows', async () => {
    hub = await openInProcessHub({ https: true });
    const { status } = hub;
    expect(status).toMatchObject({ running: true, https: true, meetingId: testMeetingId });
    expect(status.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
    expect(status.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(await presentedFingerprint(hub.origin)).toBe(status.fingerprint);
    for (const file of [hubCertificateFile, hubKeyFile]) expect((await stat(join(hub.host.dataDir, file))).mode & 0o777).toBe(0o600);

    const device = await joinHub({ origin: hub.origin }, { expertId: 'E02', meetingCode: status.meetingCode!, pin: pinOf('E02') });
    expect(device.cookie).toMatch(/^zz-expert=/);

    await hub.host.handlers['hub.stop']({}, workstationCaller);
    const again = await hub.host.handlers['hub.start']({ meetingId: testMeetingId, address: '127.0.0.1', port: 0, https: true }, workstationCaller);
    expect(again.fingerprint).toBe(status.fingerprint);
    expect(again.meetingCode).toMatch(/^\d{6}$/);
  });
});

describe('starting and stopping the hub', () => {
  it('shows the join address as a QR code, refuses a second start and an address this machine does not have, and ends every session on stop', async () => {
    hub = await openInProcessHub();
    const { handlers } = hub.host;
    expect(hub.status.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(hub.status.fingerprint).toBeNull();
    await expect(handlers['hub.start']({ meetingId: testMeetingId, address: '127.0.0.1', port: 0, https: false }, workstationCaller)).rejects.toMatchObject({ code: 'refused' });
    const device = await joinHub({ origin: hub.origin }, { expertId: 'E02', meetingCode: hub.status.meetingCode!, pin: pinOf('E02') });

    expect(await handlers['hub.stop']({}, workstationCaller)).toMatchObject({ running: false, url: null, sessions: [] });
    await expect(device.call('identity.current', {})).rejects.toThrow();
    await expect(handlers['hub.start']({ meetingId: testMeetingId, address: '192.0.2.1', port: 0, https: false }, workstationCaller)).rejects.toMatchObject({
      code: 'invalid',
      field: 'address',
    });
    await expect(handlers['hub.start']({ meetingId: 'M-NONE', address: '127.0.0.1', port: 0, https: false }, workstationCaller)).rejects.toMatchObject({ code: 'not-found' });
    expect((await handlers['hub.interfaces']({}, workstationCaller)).at(-1)).toMatchObject({ address: '127.0.0.1' });
  });
});
