/** Stand-in for the `electron` module in Node unit tests, where no Electron binary exists. */
const userData = process.env.ZZ_TEST_USER_DATA ?? '/tmp/zz-electron-stub';

export const app = {
  getPath: (_name: string) => userData,
  getVersion: () => '0.0.0-test',
  getName: () => 'zz-review-workstation',
  isPackaged: false,
  on: () => app,
  whenReady: () => Promise.resolve(),
};
export const ipcMain = { handle: () => undefined, on: () => undefined, removeHandler: () => undefined };
export const shell = { openExternal: async (_url: string) => undefined, showItemInFolder: (_path: string) => undefined };
export const safeStorage = { isEncryptionAvailable: () => false };
export default { app, ipcMain, shell, safeStorage };
