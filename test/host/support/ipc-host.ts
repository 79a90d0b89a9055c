import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { appEntryUrl } from '../../../electron/app-origin.js';
import { registerIpcTransport, type InvokeSender } from '../../../electron/ipc-transport.js';
import { guardFileAccess } from '../../../electron/services/file-access-guard.js';
import type { FileDialogs } from '../../../electron/services/file-dialogs.js';
import { createFileGrants } from '../../../electron/services/file-grants.js';
import { createHostHandlers } from '../../../electron/services/host-handlers.js';
import { defaultSettings } from '../../../shared/settings/settings.js';
import { parseHostResult, type HostCaller } from './host-caller.js';
import { loadPdfFonts } from '../../support/pdf-fonts.js';

type Invoked = (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>;

/** The native dialogs as a user answers them who saves into `saveDir` (or cancels, without one) and opens nothing. */
const dialogsSavingTo = (saveDir: string | undefined): FileDialogs => ({
  chooseOpen: async () => null,
  chooseSave: async ({ defaultName }) => (saveDir === undefined ? null : join(saveDir, defaultName)),
  chooseFolder: async () => saveDir ?? null,
});

/** Our own page in the top frame of window `id`: the one sender `registerIpcTransport` answers. */
const appWindow = (id: number): InvokeSender => {
  const frame = { url: appEntryUrl, parent: null };
  return { senderFrame: frame, sender: { mainFrame: frame, id } };
};

/**
 * The host's services over `dataDir` composed as Electron's main composes them (native dialogs, file
 * grants, `registerIpcTransport` with its sender check), behind an `ipcMain` of the test's own: no
 * Electron binary exists here. `window(id)` calls as the app's own page in window `id`.
 */
export const openIpcHost = (dataDir: string, saveDir?: string): { window(id: number): HostCaller } => {
  const services = createHostHandlers({
    appName: '浙江制造标准审评工作站',
    version: '0.0.0-test',
    dataDir,
    platform: process.platform,
    transport: 'ipc',
    dialogs: dialogsSavingTo(saveDir),
    settings: { store: { ...defaultSettings } },
    pdfFonts: async () => loadPdfFonts(),
  });
  const channels = new Map<string, Invoked>();
  registerIpcTransport({ handle: (channel: string, listener: Invoked) => void channels.set(channel, listener) }, guardFileAccess(services, createFileGrants(dataDir)));
  return {
    window: (id) => ({
      async call(name, args) {
        const listener = channels.get(name);
        if (listener === undefined) throw new Error(`no IPC handler for ${name}`);
        return parseHostResult(await listener(appWindow(id) as unknown as IpcMainInvokeEvent, args));
      },
    }),
  };
};
