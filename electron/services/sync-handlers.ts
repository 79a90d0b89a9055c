import type { HostHandlers } from '../../shared/api/contract.js';
import type { syncCalls } from '../../shared/api/calls/sync-calls.js';
import { verdictFileExtension, verdictFileName } from '../../shared/sync/verdict-file.js';
import { createFileService } from './file-service.js';
import type { HostDeps } from './host-deps.js';
import { confirmHeldBundle } from './sync/held-bundle.js';
import { signableEntry } from './sync/signable-bundle.js';
import type { VerdictDelivery } from './sync/verdict-delivery.js';

type SyncHandlers = Pick<HostHandlers, keyof typeof syncCalls>;

const verdictFilters = [{ name: '签名裁决', extensions: [verdictFileExtension] }];

export const createSyncHandlers = (deps: HostDeps, { sync, runner, meetings }: VerdictDelivery): SyncHandlers => {
  const files = createFileService(deps.dialogs);
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
    /** The signed `.zzverdict` of a version, signed only as the ledger holds it, for a USB hand-over. */
    'sync.exportVerdict': async ({ verdictId, versionNo, path }) => {
      const entry = meetings.store.read((tx) => signableEntry(tx, { verdictId, versionNo }));
      const envelope = await sync.signed(entry.bundle);
      return files.save({
        title: '导出签名裁决',
        defaultName: verdictFileName(verdictId, versionNo),
        filters: verdictFilters,
        path,
        content: JSON.stringify(envelope, null, 2),
      });
    },
    'outbox.confirmHeld': async (version) => {
      const entry = confirmHeldBundle(meetings.store, version, meetings.now());
      runner.wake();
      return entry;
    },
  };
};
