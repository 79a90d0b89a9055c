import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HostDeps } from '../../electron/services/host-deps.js';
import type { MeetingStore } from '../../electron/services/meeting/meeting-store.js';
import { openMeetingDeps } from '../../electron/services/meeting/open-meeting-deps.js';
import { createSyncHandlers } from '../../electron/services/sync-handlers.js';
import { startVerdictDelivery, type VerdictDelivery } from '../../electron/services/sync/verdict-delivery.js';
import { defaultSettings } from '../../shared/settings/settings.js';

export type SyncHost = {
  dataDir: string;
  store: MeetingStore;
  delivery: VerdictDelivery;
  handlers: ReturnType<typeof createSyncHandlers>;
  /** Waits for the delivery runner to settle, closes the store and removes the data folder. */
  close(): Promise<void>;
};

/** The host's meeting store, verdict delivery and sync calls over a new data folder, as the browser shell composes them. */
export const openSyncHost = async (folderPrefix: string): Promise<SyncHost> => {
  const dataDir = await mkdtemp(join(tmpdir(), folderPrefix));
  const deps: HostDeps = { appName: '测试', version: '0.0.0', dataDir, platform: process.platform, transport: 'http', dialogs: null, settings: { store: { ...defaultSettings } } };
  const meetings = openMeetingDeps(deps);
  const delivery = startVerdictDelivery(deps, meetings);
  return {
    dataDir,
    store: meetings.store,
    delivery,
    handlers: createSyncHandlers(deps, delivery),
    async close() {
      await delivery.runner.idle();
      meetings.store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};
