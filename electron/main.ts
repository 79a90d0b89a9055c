import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, shell } from 'electron';
import Store from 'electron-store';
import { applyValidationLocale } from '../shared/i18n/validation-locale.js';
import { pdfFontsFolder } from '../shared/documents/pdf/pdf-fonts.js';
import { demoPackageFileName } from '../shared/package/demo-package-name.js';
import { defaultSettings } from '../shared/settings/settings.js';
import { buildMenuTemplate } from './app-menu.js';
import { appEntryUrl } from './app-origin.js';
import { registerAppSchemePrivileges, serveAppProtocol } from './app-protocol.js';
import { findDebugSwitch } from './debug-switches.js';
import { createElectronDialogs } from './electron-dialogs.js';
import { announcer, createChangeFeed } from './http/change-feed.js';
import { forwardChanges, registerDroppedFiles, registerIpcTransport } from './ipc-transport.js';
import { menuCommandChannel, type MenuCommand } from '../shared/api/menu-commands.js';
import { ensurePrivateFolder } from './private-folder.js';
import { createSecureWindow } from './secure-window.js';
import { guardFileAccess } from './services/file-access-guard.js';
import { createFileGrants } from './services/file-grants.js';
import { createHostHandlers } from './services/host-handlers.js';
import { pdfFontsIn } from './services/pdf-fonts-folder.js';

/** Electron reads `productName` from package.json. */
const productName = app.getName();

// An ASCII folder name keeps the data path stable and free of encoding trouble on every platform;
// ZZ_DATA_DIR (as in the browser shell) points a run at a separate profile.
app.setPath('userData', process.env.ZZ_DATA_DIR ?? join(app.getPath('appData'), 'zz-review-workstation'));
// Before anything is written there (the single-instance lock is the first): the data folder is its owner's alone.
ensurePrivateFolder(app.getPath('userData'));
registerAppSchemePrivileges();

/** A packaged build never runs with a debugger open to other processes (DESIGN.md §3). */
const debugSwitch = app.isPackaged ? findDebugSwitch(process.argv) : null;

/** Every host change, told to every open window; the meeting service publishes into it. */
const changes = createChangeFeed();

let mainWindow: BrowserWindow | null = null;

const sendMenuCommand = (command: MenuCommand): void => {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  target?.webContents.send(menuCommandChannel, command);
};

const openMainWindow = (): void => {
  const window = createSecureWindow({
    title: productName,
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    preload: join(app.getAppPath(), 'dist', 'electron', 'preload.cjs'),
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  forwardChanges(changes, window.webContents);
  void window.loadURL(appEntryUrl);
};

const start = async (): Promise<void> => {
  await app.whenReady();
  const settings = new Store({ name: 'settings', defaults: defaultSettings, clearInvalidConfig: true });
  applyValidationLocale(settings.store.language);
  const dataDir = app.getPath('userData');
  const grants = createFileGrants(dataDir);
  const services = createHostHandlers({
    appName: productName,
    version: app.getVersion(),
    dataDir,
    platform: process.platform,
    transport: 'ipc',
    dialogs: createElectronDialogs(),
    settings,
    revealInFolder: (path) => shell.showItemInFolder(path),
    // electron-builder ships dist/demo as the `demo` resources folder.
    demoPackagePath: app.isPackaged ? join(process.resourcesPath, 'demo', demoPackageFileName) : join(app.getAppPath(), 'dist', 'demo', demoPackageFileName),
    pdfFonts: pdfFontsIn(join(app.getAppPath(), 'dist', 'renderer', pdfFontsFolder)),
    rendererDir: join(app.getAppPath(), 'dist', 'renderer'),
    onMeetingChange: announcer(changes),
    secretProtector: {
      // On Linux without a keyring safeStorage falls back to a fixed password: that is no protection, and saying so is honest.
      isAvailable: () => safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
      // safeStorage encrypts strings; base64 carries the key bytes through it unchanged.
      encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
      decrypt: (encrypted) => Buffer.from(safeStorage.decryptString(encrypted), 'base64'),
    },
  });
  registerIpcTransport(ipcMain, guardFileAccess(services, grants));
  registerDroppedFiles(ipcMain, grants);
  serveAppProtocol(join(app.getAppPath(), 'dist', 'renderer'));
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ productName, platform: process.platform, send: sendMenuCommand })));
  openMainWindow();
};

if (debugSwitch !== null) {
  dialog.showErrorBox(productName, `安装版不接受调试开关 ${debugSwitch}：请去掉该开关后重新启动。`);
  app.exit(1);
} else if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  start().catch((error: unknown) => {
    console.error('工作站启动失败：', error);
    app.exit(1);
  });
} else {
  // Another instance owns the database; it is brought to the front through `second-instance`.
  app.quit();
}
