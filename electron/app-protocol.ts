import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { appScheme, isAppUrl } from './app-origin.js';
import { contentSecurityPolicy } from './content-security-policy.js';
import { resolveStaticPath } from './http/http-transport.js';

/**
 * Must run before the app is ready. `standard` gives the scheme a real origin (IndexedDB,
 * relative URLs), `secure` a secure context, `supportFetchAPI` lets the renderer fetch its assets.
 */
export const registerAppSchemePrivileges = (): void => {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
};

/** Maps an `app://workstation/...` request to a file inside `root`, or null for anything else. */
export const resolveAppRequest = (root: string, requestUrl: string): string | null => {
  if (!isAppUrl(requestUrl)) return null;
  const { pathname } = new URL(requestUrl);
  // Our assets never hold a backslash; on Windows one would act as a separator that could climb out of root.
  if (/\\|%5c/i.test(pathname)) return null;
  return resolveStaticPath(root, pathname);
};

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

const notFound = (): Response =>
  new Response('未找到', { status: 404, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' } });

/** Serves the built renderer from `root` (which may sit inside app.asar) with the CSP on every response. */
export const serveAppProtocol = (root: string): void => {
  protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('不允许的请求方法', { status: 405, headers: securityHeaders });
    }
    const path = resolveAppRequest(root, request.url);
    if (!path) return notFound();
    let file: Response;
    try {
      file = await net.fetch(pathToFileURL(path).toString());
    } catch {
      return notFound();
    }
    if (!file.ok) return notFound();
    const headers = new Headers(file.headers);
    for (const [name, value] of Object.entries(securityHeaders)) headers.set(name, value);
    return new Response(file.body, { status: 200, headers });
  });
};
