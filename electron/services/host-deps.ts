import type { PdfFonts } from '../../shared/documents/pdf/pdf-fonts.js';
import type { FileDialogs } from './file-dialogs.js';
import type { Announcement } from '../http/change-feed.js';
import type { SettingsBackend } from './settings-service.js';
import type { SecretProtector } from './sync/secret-protector.js';

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
  /** Where the built demo review package is expected; absent where no demo ships. */
  demoPackagePath?: string;
  /** The OS key store for the device key (Electron safeStorage); absent in the browser shell, where the key file is only permission-protected. */
  secretProtector?: SecretProtector;
  /** Shows a saved file in the system's file manager (Electron shell.showItemInFolder); absent in the browser shell. */
  revealInFolder?: (path: string) => void;
  /** Told after every committed meeting write and every change of the hub's state (kind `hub`), to tell every open screen (server-sent events, IPC). */
  onMeetingChange?: (change: Announcement) => void;
  /** The faces the minutes are set in when a verdict is sealed (`pdfFontsIn` the built renderer's fonts folder); without them nothing can be finalised. */
  pdfFonts?: () => Promise<PdfFonts>;
  /** The built renderer (vite output), whose `expert.html` the meeting-room hub serves; without it the hub serves its calls only. */
  rendererDir?: string;
};
