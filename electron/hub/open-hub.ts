import type { HostHandlers } from '../../shared/api/contract.js';
import { contentSecurityPolicy } from '../content-security-policy.js';
import type { ChangeFeed } from '../http/change-feed.js';
import type { HostDeps } from '../services/host-deps.js';
import type { MeetingDeps } from '../services/meeting/meeting-deps.js';
import type { MaterialStore } from '../services/package/material-store.js';
import { createHub, type Hub } from './hub-service.js';
import { hubInterfaces } from './network-interfaces.js';

/**
 * The host's one hub, over the host's meeting store, material store and handlers. The hub the
 * secretary left running comes back once the host's handlers exist (the hub dispatches to them).
 */
export const openHub = (parts: { deps: HostDeps; meetings: MeetingDeps; materials: MaterialStore; changes: ChangeFeed; handlers: () => HostHandlers }): Hub => {
  const hub = createHub({
    handlers: parts.handlers,
    meetings: parts.meetings,
    materialPath: parts.materials.blobPath,
    changes: parts.changes,
    onChange: (meetingId) => parts.deps.onMeetingChange?.({ meetingId, kind: 'hub' }),
    dataDir: parts.deps.dataDir,
    rendererDir: parts.deps.rendererDir ?? null,
    contentSecurityPolicy,
    interfaces: () => hubInterfaces(),
  });
  setImmediate(() => {
    hub.resume().catch((error: unknown) => console.error('会场联网恢复时出错：', error));
  });
  return hub;
};
