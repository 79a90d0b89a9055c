import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, safeStorage, shell } from 'electron';
import Store from 'electron-store';
import { applyValidationLocale } from '../shared/i18n/validation-locale.js';
import { demoPackageFileName } from '../shared/package/demo-package-name.js';
import { defaultSettings } from '../shared/settings/settings.js';
import { buildMenuTemplate } from './app-menu.js';
import { appEntryUrl } from './app-origin.js';
import { registerAppSchemePrivileges, serveAppProtocol } from './app-protocol.js';
import { createElectronDialogs } from './electron-dialogs.js';
import { registerIpcTransport } from './ipc-transport.js';
import { menuCommandChannel, type MenuCommand } from '../shared/api/menu-commands.js';
import { createSecureWindow } from './secure-window.js';
import { createHostHandlers } from './services/host-handlers.js';

/** Electron reads `productName` from package.json. */
const productName = app.getName();

// An ASCII folder name keeps the data path stable and free of encoding trouble on every platform;
// ZZ_DATA_DIR (as in the browser shell) points a run at a separate profile.
app.setPath('userData', process.env.ZZ_DATA_DIR ?? join(app.getPath('appData'), 'zz-review-workstation'));
registerAppSchemePrivileges();

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
  void window.loadURL(appEntryUrl);
};

const start = async (): Promise<void> => {
  await app.whenReady();
  const settings = new Store({ name: 'settings', defaults: defaultSettings, clearInvalidConfig: true });
  applyValidationLocale(settings.store.language);
  const handlers = createHostHandlers({
    appName: productName,
    version: app.getVersion(),
    dataDir: app.getPath('userData'),
    platform: process.platform,
    transport: 'ipc',
    dialogs: createElectronDialogs(),
    settings,
    revealInFolder: (path) => shell.showItemInFolder(path),
    // electron-builder ships dist/demo as the `demo` resources folder.
    demoPackagePath: app.isPackaged ? join(process.resourcesPath, 'demo', demoPackageFileName) : join(app.getAppPath(), 'dist', 'demo', demoPackageFileName),
    secretProtector: {
      // On Linux without a keyring safeStorage falls back to a fixed password: that is no protection, and saying so is honest.
      isAvailable: () => safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
      // safeStorage encrypts strings; base64 carries the key bytes through it unchanged.
      encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
      decrypt: (encrypted) => Buffer.from(safeStorage.decryptString(encrypted), 'base64'),
    },
  });
  registerIpcTransport(ipcMain, handlers);
  serveAppProtocol(join(app.getAppPath(), 'dist', 'renderer'));
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ productName, platform: process.platform, send: sendMenuCommand })));
  openMainWindow();
};

if (app.requestSingleInstanceLock()) {
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
