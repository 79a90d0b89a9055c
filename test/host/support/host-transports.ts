import { join } from 'node:path';
import { startBrowserShell } from './browser-shell-process.js';
import { succeed, type HostCaller } from './host-caller.js';
import { openIpcHost } from './ipc-host.js';
import { installMovableClock } from './movable-clock.js';

export type HostOptions = {
  dataDir: string;
  /** The shell's `HOME`; in-process, `~` stays the test's own, so a test names such paths in full. */
  home?: string;
  /** The folder the user picks in every save dialog. */
  saveDir?: string;
  /** How far `advanceClock` moves the host's clock; without it the host keeps the real clock. */
  clockStepMs?: number;
};

/** A running host over a data folder and one signed-in client of it. */
export type OpenHost = {
  caller: HostCaller;
  /**
   * The `path` argument of a save into `saveDir` on this transport: in the browser shell the in-app
   * dialog lists the folder (which grants it) and names the file; under Electron the native dialog
   * chooses, so the call carries none.
   */
  savePath(name: string): Promise<string | undefined>;
  /** Another client of the same host with a credential of its own: a second browser signed in, a second window. */
  anotherClient(): Promise<HostCaller>;
  advanceClock(): Promise<void>;
  close(): Promise<void>;
};

export type HostTransport = { name: string; open(options: HostOptions): Promise<OpenHost> };

/** The browser shell as its own process, signed in with a one-time code; its API by HTTP POST with the session cookie. */
export const httpTransport: HostTransport = {
  name: 'HTTP',
  async open(options) {
    const shell = await startBrowserShell(options);
    try {
      const caller = await shell.signIn();
      const savePath = async (name: string) => {
        if (options.saveDir === undefined) throw new Error('this host was opened without a save folder');
        await succeed(caller, 'files.browse', { path: options.saveDir });
        return join(options.saveDir, name);
      };
      return { caller, savePath, anotherClient: () => shell.signIn(), advanceClock: () => shell.advanceClock(), close: () => shell.stop() };
    } catch (error) {
      await shell.stop();
      throw error;
    }
  },
};

/** Electron main's composition in this process, through `registerIpcTransport` from the app's own window. */
export const ipcTransport: HostTransport = {
  name: 'IPC',
  async open(options) {
    const clock = options.clockStepMs === undefined ? null : installMovableClock();
    const host = openIpcHost(options.dataDir, options.saveDir);
    return {
      caller: host.window(1),
      savePath: async () => undefined,
      anotherClient: async () => host.window(2),
      async advanceClock() {
        if (clock === null || options.clockStepMs === undefined) throw new Error('this host was opened without a movable clock');
        clock.advance(options.clockStepMs);
      },
      close: async () => clock?.uninstall(),
    };
  },
};

/** Every workstation transport: each attack is made over each of them. */
export const hostTransports: readonly HostTransport[] = [httpTransport, ipcTransport];
