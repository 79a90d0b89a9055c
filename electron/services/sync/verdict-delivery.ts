import type { HostDeps } from '../host-deps.js';
import type { MeetingDeps } from '../meeting/meeting-deps.js';
import { createOutboxRunner, type OutboxRunner } from './outbox-runner.js';
import { createSyncService, type SyncService } from './sync-service.js';

/** The bureau side of the host: the sync service and the outbox runner that feeds it from the meeting store. */
export type VerdictDelivery = { sync: SyncService; runner: OutboxRunner; meetings: MeetingDeps };

/** Started with the host's handlers: from then on every version due goes to the bureau once the workstation is enrolled. */
export const startVerdictDelivery = (deps: HostDeps, meetings: MeetingDeps): VerdictDelivery => {
  // A bureau that answers again gets everything that waited for it at once, not on each entry's old backoff.
  const sync = createSyncService({ dataDir: deps.dataDir, settings: deps.settings, secretProtector: deps.secretProtector, onReachable: () => runner.wake(true) });
  const runner: OutboxRunner = createOutboxRunner({ store: meetings.store, deliver: (bundle) => sync.deliver(bundle), ready: () => sync.isEnrolled() });
  runner.start();
  return { sync, runner, meetings };
};
