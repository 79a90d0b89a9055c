import { join } from 'node:path';
import type { HostDeps } from '../host-deps.js';
import { createSettingsService } from '../settings-service.js';
import { createActingExperts } from './acting-experts.js';
import type { MeetingDeps } from './meeting-deps.js';
import { openMeetingStore } from './meeting-store.js';

/** The meeting store's one file in the data folder. */
export const meetingStoreFile = 'meetings.sqlite3';

/** Opens the data folder's meeting store and the host's record of who is unlocked where. */
export const openMeetingDeps = (deps: HostDeps): MeetingDeps => {
  const settings = createSettingsService(deps.settings);
  const store = openMeetingStore({ path: join(deps.dataDir, meetingStoreFile), onCommit: deps.onMeetingChange });
  // The start-up check of the audit chain; the screens ask `audit.verify` and show the same break to the secretary.
  const chain = store.verifyAuditChain();
  if (!chain.intact) console.warn(`审计日志的哈希链不完整：${chain.reason}`);
  return {
    store,
    acting: createActingExperts(() => settings.read().idleLockMinutes * 60_000),
    now: () => new Date().toISOString(),
  };
};
