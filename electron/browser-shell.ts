import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Conf from 'conf';
import { applyValidationLocale } from '../shared/i18n/validation-locale.js';
import { demoPackageFileName } from '../shared/package/demo-package-name.js';
import { defaultSettings, type Settings } from '../shared/settings/settings.js';
import { parseBrowserShellOptions } from './browser-shell-options.js';
import { contentSecurityPolicy } from './content-security-policy.js';
import { createHttpTransport } from './http/http-transport.js';
import { createHostHandlers } from './services/host-handlers.js';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const options = parseBrowserShellOptions(process.argv.slice(2));
const staticDir = join(projectRoot, 'dist', 'renderer');
if (!existsSync(join(staticDir, 'index.html'))) {
  console.error('未找到渲染层构建结果 dist/renderer：请先运行 npm run build:renderer');
  process.exit(1);
}

mkdirSync(options.dataDir, { recursive: true });
const settings = new Conf<Settings>({ cwd: options.dataDir, configName: 'settings', projectName: 'zz-review-workstation', defaults: defaultSettings });
applyValidationLocale(settings.store.language);
const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { productName: string; version: string };

const token = randomBytes(32).toString('hex');
const handlers = createHostHandlers({
  appName: packageJson.productName,
  version: packageJson.version,
  dataDir: options.dataDir,
  platform: process.platform,
  transport: 'http',
  dialogs: null,
  settings,
  demoPackagePath: join(projectRoot, 'dist', 'demo', demoPackageFileName),
});
const server = createHttpTransport({ handlers, port: options.port, token, staticDir, contentSecurityPolicy });

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `端口 ${options.port} 已被占用：请关闭另一个实例或用 --port 指定其他端口` : error.message);
  process.exit(1);
});

server.listen(options.port, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${options.port}/`;
  console.log(`审评工作站（浏览器模式）已启动：${url}`);
  console.log(`数据目录：${options.dataDir}`);
  if (!options.openBrowser) return;
  // The profile lives in the data folder: a throw-away profile would lose the IndexedDB that holds every meeting.
  const profile = join(options.dataDir, 'browser-profile');
  const flags = [
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(options.headless ? ['--headless', '--disable-gpu', `--remote-debugging-port=0`] : []),
    `--app=${url}`,
  ];
  const browser = spawn(options.chromium, flags, { stdio: 'ignore' });
  browser.on('error', (error) => console.error(`无法启动 Chromium（${options.chromium}）：${error.message}；可用 --chromium 指定路径，或用 --no-browser 后自行打开 ${url}`));
  browser.on('exit', () => server.close(() => process.exit(0)));
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
