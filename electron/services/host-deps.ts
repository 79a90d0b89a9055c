import type { FileDialogs } from './file-dialogs.js';
import type { SettingsBackend } from './settings-service.js';

/** What the host's services need from whichever shell runs them (Electron main or the browser shell). */
export type HostDeps = {
  appName: string;
  version: string;
  dataDir: string;
  platform: string;
  transport: 'ipc' | 'http';
  /** Native dialogs under Electron; null in the browser shell. */
  dialogs: FileDialogs | null;
  settings: SettingsBackend;
};
