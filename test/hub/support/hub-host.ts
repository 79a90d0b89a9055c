import type { HubStatus } from '../../../shared/api/calls/hub-calls.js';
import { seedMeetingId } from '../../e2e/support/seed-meeting.js';
import { startBrowserShell, type BrowserShell, type SignedInClient } from '../../host/support/browser-shell-process.js';
import { succeed } from '../../host/support/host-caller.js';
import { openEventStream, type EventStreamReader } from './event-stream-reader.js';
import type { Route } from './hub-http.js';

/** The workstation (browser shell process) with its hub started for the seed meeting on loopback. */
export type HubHost = {
  shell: BrowserShell;
  secretary: SignedInClient;
  status: HubStatus;
  meetingCode: string;
  /** The hub as the device at `localAddress` (127.0.0.x) reaches it. */
  routeFrom(localAddress: string): Route;
  /** The secretary's own change stream, from the shell's port, as the workstation screen reads it. */
  secretaryEvents(): Promise<EventStreamReader>;
  hubStatus(): Promise<HubStatus>;
};

/** On a free port (0): the hub's default one may be taken by another test or another workstation on this machine. */
export const startHub = async (secretary: SignedInClient, https = false): Promise<HubStatus> => {
  const status = await succeed(secretary, 'hub.start', { meetingId: seedMeetingId, address: '127.0.0.1', port: 0, https });
  if (!status.running || status.url === null || status.meetingCode === null) throw new Error(`hub.start answered a hub not running: ${JSON.stringify(status)}`);
  return status;
};

const hubHostOf = (shell: BrowserShell, secretary: SignedInClient, status: HubStatus): HubHost => ({
  shell,
  secretary,
  status,
  meetingCode: status.meetingCode!,
  routeFrom: (localAddress) => ({ origin: new URL(status.url!).origin, localAddress }),
  secretaryEvents: () => openEventStream({ origin: shell.origin }, '/api/events', { Cookie: secretary.cookie }),
  hubStatus: () => succeed(secretary, 'hub.status', {}),
});

/** Starts the browser shell over `dataDir`, signs the secretary in and starts the hub. */
export const openHubHost = async (options: { dataDir: string; clockStepMs?: number; https?: boolean }): Promise<HubHost> => {
  const shell = await startBrowserShell(options);
  try {
    const secretary = await shell.signIn();
    return hubHostOf(shell, secretary, await startHub(secretary, options.https ?? false));
  } catch (error) {
    await shell.stop();
    throw error;
  }
};

/** How often the test asks whether the restarted host took its hub up; the step's ceiling bounds the wait. */
const resumePollMs = 50;

/**
 * Starts the browser shell again over the `dataDir` of a workstation killed while its hub ran, and
 * waits until the host has taken the hub up again (or said why it could not), as the secretary's
 * 会场联网 panel would show it.
 */
export const reopenHubHost = async (options: { dataDir: string }): Promise<HubHost> => {
  const shell = await startBrowserShell(options);
  try {
    const secretary = await shell.signIn();
    for (;;) {
      const status = await succeed(secretary, 'hub.status', {});
      if (status.running) return hubHostOf(shell, secretary, status);
      if (status.notResumed !== null) throw new Error(`the hub was not taken up again: ${status.notResumed.message}`);
      await new Promise((resolve) => setTimeout(resolve, resumePollMs));
    }
  } catch (error) {
    await shell.stop();
    throw error;
  }
};
