import { join } from 'node:path';
import { app, BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { FileDialogs } from './services/file-dialogs.js';

/** Attached to the focused window so the dialog is modal to it, as users expect. */
const showOpen = (options: OpenDialogOptions) => {
  const owner = BrowserWindow.getFocusedWindow();
  return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
};

const showSave = (options: SaveDialogOptions) => {
  const owner = BrowserWindow.getFocusedWindow();
  return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
};

/** The native file dialogs behind `files.open`, `files.save` and the backup calls under Electron. */
export const createElectronDialogs = (): FileDialogs => ({
  async chooseOpen({ title, filters }) {
    const result = await showOpen({ title, filters, properties: ['openFile'] });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async chooseSave({ title, defaultName, filters }) {
    const result = await showSave({
      title,
      filters,
      defaultPath: join(app.getPath('documents'), defaultName),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async chooseFolder({ title }) {
    const result = await showOpen({ title, defaultPath: app.getPath('documents'), properties: ['openDirectory', 'createDirectory'] });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
});
