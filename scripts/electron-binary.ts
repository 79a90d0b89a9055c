import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const defaultExecutable: Record<string, string> = {
  win32: 'electron.exe',
  darwin: 'Electron.app/Contents/MacOS/Electron',
};

/**
 * Mirrors node_modules/electron/index.js, minus its download: path.txt names the executable inside dist/.
 * Never evaluate the `electron` package itself: without a binary it downloads one, and nothing here may.
 */
export const findElectronBinary = (projectRoot: string): string | null => {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, relative ?? defaultExecutable[process.platform] ?? 'electron') : relative && join(packageDir, 'dist', relative);
  return candidate && existsSync(candidate) ? candidate : null;
};

export const electronMissingMessage =
  '本机未安装 Electron 可执行文件（node_modules/electron 中没有 dist/，也未设置 ELECTRON_OVERRIDE_DIST_PATH），无法启动桌面版。\n' +
  '请改用浏览器外壳：npm run start:browser\n' +
  '(The Electron binary is not installed on this machine; use `npm run start:browser` to run the app in Chromium.)';
