import type { HostHandlers } from '../../shared/api/contract.js';
import type { syncCalls } from '../../shared/api/calls/sync-calls.js';
import { verdictFileExtension, verdictFileName } from '../../shared/sync/verdict-file.js';
import { createFileService } from './file-service.js';
import type { HostDeps } from './host-deps.js';
import { createSyncService } from './sync/sync-service.js';

type SyncHandlers = Pick<HostHandlers, keyof typeof syncCalls>;

const verdictFilters = [{ name: '签名裁决', extensions: [verdictFileExtension] }];

export const createSyncHandlers = (deps: HostDeps): SyncHandlers => {
  const sync = createSyncService({ dataDir: deps.dataDir, settings: deps.settings, secretProtector: deps.secretProtector });
  const files = createFileService(deps.dialogs);
  return {
    'sync.status': () => sync.status(),
    'sync.enroll': (args) => sync.enroll(args),
    'sync.deliver': ({ bundle }) => sync.deliver(bundle),
    'sync.downloadPackage': ({ meetingId }) => sync.downloadPackage(meetingId),
    'sync.exportVerdict': async ({ bundle, path }) =>
      files.save({
        title: '导出签名裁决',
        defaultName: verdictFileName(bundle.verdictId, bundle.versionNo),
        filters: verdictFilters,
        path,
        content: JSON.stringify(await sync.signed(bundle), null, 2),
      }),
  };
};
