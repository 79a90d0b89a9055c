import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleSignatureValid } from '../../../shared/bundle/signed-bundle.js';
import { type VerdictBundle, bundleDigest } from '../../../shared/bundle/verdict-bundle.js';
import { base64ToBytes } from '../../../shared/protocol/base64.js';
import { nobleEd25519 } from '../../../shared/protocol/ed25519.js';
import { handoverLabelValid, isUnenrolledDeviceId, verdictFileName, verdictFileSchema } from '../../../shared/sync/verdict-file.js';
import { sampleBundle, verdictOfBundle } from '../../../test/fixtures/sample-bundle.js';
import { workstationCaller } from '../../../test/support/callers.js';
import { testMeeting, testSubmission } from '../../../test/support/meeting-host.js';
import type { MeetingStore } from '../meeting/meeting-store.js';
import { openSyncHost, type SyncHost } from '../../../test/support/sync-host.js';
import type { VerdictDelivery } from './verdict-delivery.js';

let dataDir: string;
let store: MeetingStore;
let delivery: VerdictDelivery;
let handlers: SyncHost['handlers'];

let host: SyncHost;

beforeEach(async () => {
  host = await openSyncHost('zz-handover-');
  ({ dataDir, store, delivery, handlers } = host);
});
afterEach(() => host.close());

const finalised = (b: VerdictBundle, status: 'pending' | 'held' = 'pending') =>
  store.writeNow({ meetingId: b.meetingId }, (tx) => {
    tx.meetings.put({ ...testMeeting, id: b.meetingId, title: '2026年第十二批 “浙江制造”/审评会' });
    tx.submissions.put({ ...testSubmission, meetingId: b.meetingId, id: b.submissionId, proposedCode: 'T/ZZB 3121—2026', phase: 'finalised' });
    tx.verdicts.put(verdictOfBundle(b));
    tx.outbox.put({ id: `${b.verdictId}/1`, meetingId: b.meetingId, verdictId: b.verdictId, versionNo: 1, status, attempts: 0, nextAttemptAt: '2099-01-01T00:00:00.000Z', lastError: null, receipt: null, bundle: b, bundleDigest: bundleDigest(b) });
    if (status === 'pending') tx.ledger.record(b.verdictId, 1, bundleDigest(b), new Date().toISOString());
  });

describe('USB hand-over before enrollment', () => {
  it('names the file by meeting and standard, and signs it with a device key made on first need', async () => {
    const bundle = sampleBundle('V-USB-1', 'S01');
    finalised(bundle);
    const { fileName } = await handlers['sync.verdictFile']({ verdictId: 'V-USB-1', versionNo: 1 }, workstationCaller);
    expect(fileName).toBe('2026年第十二批_“浙江制造”_审评会-T_ZZB_3121—2026-v1.zzverdict');

    const path = join(dataDir, fileName);
    expect(await handlers['sync.exportVerdict']({ verdictId: 'V-USB-1', versionNo: 1, path }, workstationCaller)).toEqual({ path });
    const file = verdictFileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
    expect(file.bundle).toEqual(bundle);
    expect(isUnenrolledDeviceId(file.deviceId, file.publicKey)).toBe(true);
    expect(bundleSignatureValid(file, base64ToBytes(file.publicKey))).toBe(true);
    expect(file.handover).toMatchObject({ meetingTitle: '2026年第十二批 “浙江制造”/审评会', proposedCode: 'T/ZZB 3121—2026' });
    expect(handoverLabelValid(file, bundleDigest(bundle), nobleEd25519)).toBe(true);
    expect(handoverLabelValid({ ...file, handover: { ...file.handover!, proposedCode: 'T/ZZB 9999—2026' } }, bundleDigest(bundle), nobleEd25519)).toBe(false);
    // The key made for the export is the workstation's key from then on.
    expect((await delivery.sync.status()).enrolled).toBe(false);
    const again = verdictFileSchema.parse(JSON.parse(await readFile((await handlers['sync.exportVerdict']({ verdictId: 'V-USB-1', versionNo: 1, path: `${path}.2` }, workstationCaller))!.path, 'utf8')));
    expect(again.publicKey).toBe(file.publicKey);
  });

  it('refuses a version restored and not yet confirmed before any file is chosen', async () => {
    finalised(sampleBundle('V-USB-2', 'S01'), 'held');
    await expect(handlers['sync.verdictFile']({ verdictId: 'V-USB-2', versionNo: 1 }, workstationCaller)).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('须由秘书确认') });
  });
});

describe('verdictFileName', () => {
  it('keeps names every file system accepts, falling back to the verdict id', () => {
    expect(verdictFileName({ meetingTitle: 'a:b*c?', standard: ' T/ZZB 1—2026 ', fallback: 'V-1', versionNo: 2 })).toBe('a_b_c-T_ZZB_1—2026-v2.zzverdict');
    expect(verdictFileName({ meetingTitle: '...', standard: '', fallback: 'V/1', versionNo: 1 })).toBe('V_1-v1.zzverdict');
  });
});
