import type { HostHandlers } from '../../shared/api/contract.js';
import type { syncCalls } from '../../shared/api/calls/sync-calls.js';
import { verdictFileExtension } from '../../shared/sync/verdict-file.js';
import { createFileService } from './file-service.js';
import type { HostDeps } from './host-deps.js';
import { handoverFileName, handoverSubject } from './sync/handover-subject.js';
import { confirmHeldBundle } from './sync/held-bundle.js';
import { signableEntry } from './sync/signable-bundle.js';
import type { VerdictDelivery } from './sync/verdict-delivery.js';

type SyncHandlers = Pick<HostHandlers, keyof typeof syncCalls>;

const verdictFilters = [{ name: '签名裁决', extensions: [verdictFileExtension] }];

export const createSyncHandlers = (deps: HostDeps, { sync, runner, meetings }: VerdictDelivery): SyncHandlers => {
  const files = createFileService(deps.dialogs);
  const handover = (version: { verdictId: string; versionNo: number }) =>
    meetings.store.read((tx) => {
      const entry = signableEntry(tx, version);
      return { entry, subject: handoverSubject(tx, entry) };
    });
  return {
    'sync.status': () => sync.status(),
    'sync.enroll': async (args) => {
      const status = await sync.enroll(args);
      // Everything that waited for the enrollment goes now, whatever its backoff.
      runner.wake(true);
      return status;
    },
    'sync.deliver': (version) => runner.deliverNow(version),
    'sync.downloadPackage': ({ meetingId }) => sync.downloadPackage(meetingId),
    'sync.verdictFile': async (version) => {
      const { entry, subject } = handover(version);
      await sync.deviceKeyReady();
      return { fileName: handoverFileName(subject, entry) };
    },
    /** The signed `.zzverdict` of a version, signed only as the ledger holds it, for a USB hand-over; no enrollment needed. */
    'sync.exportVerdict': async ({ verdictId, versionNo, path }) => {
      const { entry, subject } = handover({ verdictId, versionNo });
      const file = await sync.handoverFile(entry.bundle, subject);
      return files.save({
        title: '导出签名裁决',
        defaultName: handoverFileName(subject, entry),
        filters: verdictFilters,
        path,
        content: JSON.stringify(file, null, 2),
      });
    },
    'outbox.confirmHeld': async (version) => {
      const entry = confirmHeldBundle(meetings.store, version, meetings.now());
      runner.wake();
      return entry;
    },
  };
};
