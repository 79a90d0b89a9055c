// Launches the built app in Electron. Never evaluates the `electron` npm package: its index.js
// downloads a binary when none is installed, and this project must not download at run time.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = join(root, 'node_modules', 'electron');

const defaultExecutable = {
  win32: 'electron.exe',
  darwin: 'Electron.app/Contents/MacOS/Electron',
}[process.platform] ?? 'electron';

/** Mirrors node_modules/electron/index.js, minus its download: path.txt names the executable inside dist/. */
const findElectronBinary = () => {
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? join(override, relative ?? defaultExecutable)
    : relative && join(packageDir, 'dist', relative);
  return candidate && existsSync(candidate) ? candidate : null;
};

const binary = findElectronBinary();
if (!binary) {
  console.error(
    '本机未安装 Electron 可执行文件（node_modules/electron 中没有 dist/，也未设置 ELECTRON_OVERRIDE_DIST_PATH），无法启动桌面版。\n' +
      '请改用浏览器外壳：npm run start:browser\n' +
      '(The Electron binary is not installed on this machine; use `npm run start:browser` to run the app in Chromium.)',
  );
  process.exit(1);
}

const env = { ...process.env };
// Inherited from some tool chains, it would start Electron as plain Node instead of the app.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit', env });
child.on('error', (error) => {
  console.error(`无法启动 Electron（${binary}）：${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
