import {
  app,
  BrowserWindow,
  shell,
  type BrowserWindowConstructorOptions,
  type Session,
  type WebContents,
  type WebPreferences,
} from 'electron';
import { isAppUrl } from './app-origin.js';
import { contentSecurityPolicy } from './content-security-policy.js';
import { openExternalIfTrusted } from './trusted-url.js';

/** Callers choose the window's look and its preload script; the web preferences are never theirs to set. */
export type SecureWindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'> & { preload: string };

/** A packaged build has no DevTools: its users need none, and they would open the page to anyone at the keyboard. */
const secureWebPreferences = (preload: string, packaged: boolean): WebPreferences => ({
  preload,
  devTools: !packaged,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
});

/** Spread last, so nothing a caller passes (even through a cast) can weaken the web preferences. */
export const buildSecureWindowOptions = ({ preload, ...window }: SecureWindowOptions, packaged: boolean): BrowserWindowConstructorOptions => ({
  ...window,
  webPreferences: secureWebPreferences(preload, packaged),
});

const openOutside = (url: string): void => {
  openExternalIfTrusted(url, (vetted) => shell.openExternal(vetted)).catch((error: unknown) => {
    console.warn(`无法在系统浏览器中打开 ${url}：${String(error)}`);
  });
};

/** The page may move only within our own origin; a vetted link leaves for the system browser instead. */
const hardenWebContents = (contents: WebContents): void => {
  const keepInApp = (event: { url: string; preventDefault(): void }) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openOutside(event.url);
  };
  contents.on('will-navigate', keepInApp);
  contents.on('will-redirect', keepInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
};

/** Each setter replaces the previous handler, so hardening a session once per window is harmless. */
const hardenSession = (session: Session): void => {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
};

/** The only way this app creates a window: sandboxed, isolated, no Node, navigation and pop-ups refused. */
export const createSecureWindow = (options: SecureWindowOptions): BrowserWindow => {
  const window = new BrowserWindow(buildSecureWindowOptions(options, app.isPackaged));
  hardenSession(window.webContents.session);
  hardenWebContents(window.webContents);
  return window;
};
