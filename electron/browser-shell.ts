import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Conf from 'conf';
import { applyValidationLocale } from '../shared/i18n/validation-locale.js';
import { pdfFontsFolder } from '../shared/documents/pdf/pdf-fonts.js';
import { demoPackageFileName } from '../shared/package/demo-package-name.js';
import { defaultSettings, type Settings } from '../shared/settings/settings.js';
import { parseBrowserShellOptions } from './browser-shell-options.js';
import { contentSecurityPolicy } from './content-security-policy.js';
import { createBrowserSessions, signInUrl } from './http/browser-sessions.js';
import { announcer, createChangeFeed } from './http/change-feed.js';
import { createHttpTransport } from './http/http-transport.js';
import { ensurePrivateFolder } from './private-folder.js';
import { guardFileAccess } from './services/file-access-guard.js';
import { createFileGrants } from './services/file-grants.js';
import { createHostHandlers } from './services/host-handlers.js';
import { pdfFontsIn } from './services/pdf-fonts-folder.js';
import { launchChromium } from './shell-chromium.js';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const options = parseBrowserShellOptions(process.argv.slice(2));
const staticDir = join(projectRoot, 'dist', 'renderer');
if (!existsSync(join(staticDir, 'index.html'))) {
  console.error('未找到渲染层构建结果 dist/renderer：请先运行 npm run build:renderer');
  process.exit(1);
}

ensurePrivateFolder(options.dataDir);
const settings = new Conf<Settings>({ cwd: options.dataDir, configName: 'settings', projectName: 'zz-review-workstation', defaults: defaultSettings });
applyValidationLocale(settings.store.language);
const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { productName: string; version: string };

/** Every host change, streamed to each signed-in page; the meeting service publishes into it. */
const changes = createChangeFeed();
const services = createHostHandlers({
  appName: packageJson.productName,
  version: packageJson.version,
  dataDir: options.dataDir,
  platform: process.platform,
  transport: 'http',
  dialogs: null,
  settings,
  demoPackagePath: join(projectRoot, 'dist', 'demo', demoPackageFileName),
  pdfFonts: pdfFontsIn(join(staticDir, pdfFontsFolder)),
  rendererDir: staticDir,
  onMeetingChange: announcer(changes),
});
const handlers = guardFileAccess(services, createFileGrants(options.dataDir));
const sessions = createBrowserSessions();
const server = createHttpTransport({ handlers, port: options.port, sessions, changes, staticDir, contentSecurityPolicy });

/** An open event stream would keep the server from closing: every connection ends with the shell. */
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `端口 ${options.port} 已被占用：请关闭另一个实例或用 --port 指定其他端口` : error.message);
  process.exit(1);
});

const printSignInUrl = () => console.log(`一次性登录地址（只能使用一次）：${signInUrl(options.port, sessions.issueCode())}`);

/** Without our own Chromium, whoever started the shell gets the one-time addresses: one now, one more per Enter. */
const offerSignInUrls = () => {
  printSignInUrl();
  console.log('在此终端按回车键，可再取得一个一次性登录地址（供另一个浏览器使用）');
  createInterface({ input: process.stdin }).on('line', printSignInUrl);
};

server.listen(options.port, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${options.port}/`;
  console.log(`审评工作站（浏览器模式）已启动：${url}`);
  console.log(`数据目录：${options.dataDir}`);
  if (!options.openBrowser) return offerSignInUrls();
  // The profile lives in the data folder: a throw-away profile would lose the browser's own state with every launch.
  const launch = { executable: options.chromium, profile: join(options.dataDir, 'browser-profile'), headless: options.headless };
  const browser = launchChromium(launch, signInUrl(options.port, sessions.issueCode()), (message) => {
    console.error(message);
    browser.kill();
  });
  browser.on('error', (error) => console.error(`无法启动 Chromium（${options.chromium}）：${error.message}；可用 --chromium 指定路径，或用 --no-browser 后按提示在浏览器中打开`));
  browser.on('exit', stop);
});

process.on('SIGINT', stop);
process.on('SIGTERM', stop);
