import { callHost } from '../host/host-client.js';
import { database } from '../state/database.js';
import { type Connectivity, type OutboxRunner, createOutboxRunner } from './outbox-runner.js';
import { useSyncState } from './sync-state.js';

const browserConnectivity: Connectivity = {
  isOnline: () => navigator.onLine,
  subscribe(listener) {
    const online = () => listener(true);
    const offline = () => listener(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  },
};

let runner: OutboxRunner | null = null;

/** The app's one outbox runner over the app's database and the host's `sync.deliver`. */
export const outboxRunner = (): OutboxRunner => {
  runner ??= createOutboxRunner({
    db: database,
    deliver: (bundle) => callHost('sync.deliver', { bundle }),
    connectivity: browserConnectivity,
    onAttempt: () => void useSyncState.getState().refresh().catch(() => undefined),
  });
  return runner;
};

let started = false;

/** Called once at app start: from then on the outbox is sent whenever there is something due and a network. */
export const startOutboxRunner = (): void => {
  if (started) return;
  started = true;
  browserConnectivity.subscribe((online) => useSyncState.setState({ browserOnline: online }));
  outboxRunner().start();
};
