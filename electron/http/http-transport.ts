import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { BodyReadError, readBoundedBody } from '../../node/http/bounded-body.js';
import { extname, join, normalize, sep } from 'node:path';
import type { HostHandlers } from '../../shared/api/contract.js';
import { dispatch } from '../../shared/api/dispatch.js';
import { readCookie, sessionCookie, sessionCookieName, type BrowserSessions } from './browser-sessions.js';
import type { ChangeFeed } from './change-feed.js';
import { defaultHeartbeatMs, serveEventStream } from './event-stream.js';
import { checkApiRequest, checkEventsRequest, checkStaticRequest, type GuardedRequest, type GuardRefusal } from './request-guard.js';

export type HttpTransportOptions = {
  handlers: HostHandlers;
  port: number;
  sessions: BrowserSessions;
  /** What `GET /api/events` streams. */
  changes: ChangeFeed;
  /** The built renderer (vite output). */
  staticDir: string;
  contentSecurityPolicy: string;
  /** How often a quiet event stream says it is alive; 15 s unless a test needs it sooner. */
  heartbeatMs?: number;
};

/** Backups travel as one JSON body; nothing larger crosses this transport (packages are streamed by path). */
const maxBodyBytes = 256 * 1024 * 1024;

export const mediaTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

/** Maps a URL path into the static folder, refusing anything that would leave it. */
export const resolveStaticPath = (root: string, urlPath: string): string | null => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = normalize(join(root, relative));
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
};

const send = (response: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer) => {
  response.writeHead(status, { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
  response.end(body);
};

const refuse = (response: ServerResponse, refusal: GuardRefusal) =>
  send(response, refusal.status, { 'Content-Type': 'application/json; charset=utf-8' }, JSON.stringify({ ok: false, error: { code: refusal.code, message: refusal.message } }));

export const createHttpTransport = (options: HttpTransportOptions): Server => {
  const root = normalize(options.staticDir);
  const cookieName = sessionCookieName(options.port);

  const describe = (request: IncomingMessage): GuardedRequest => ({
    method: request.method ?? '',
    host: request.headers.host,
    origin: request.headers.origin,
    signedIn: options.sessions.isSession(readCookie(request.headers.cookie, cookieName)),
  });

  /** The one-time code buys the session cookie; the redirect drops the code from the address bar and history. */
  const signIn = (request: IncomingMessage, response: ServerResponse, code: string) => {
    const refusal = checkStaticRequest(describe(request), options.port);
    if (refusal) return refuse(response, refusal);
    const credential = options.sessions.redeemCode(code);
    if (credential === null) {
      return send(response, 403, { 'Content-Type': 'text/plain; charset=utf-8' }, '一次性登录地址无效或已用过：请使用工作站新给出的地址打开');
    }
    send(response, 303, { Location: '/', 'Set-Cookie': sessionCookie(options.port, credential), 'Referrer-Policy': 'no-referrer' }, '');
  };

  const serveEvents = (request: IncomingMessage, response: ServerResponse) => {
    const refusal = checkEventsRequest(describe(request), options.port);
    if (refusal) return refuse(response, refusal);
    serveEventStream(response, options.changes, options.heartbeatMs ?? defaultHeartbeatMs);
  };

  const serveApi = async (request: IncomingMessage, response: ServerResponse, name: string) => {
    const refusal = checkApiRequest(describe(request), options.port);
    if (refusal) return refuse(response, refusal);
    const clientId = options.sessions.clientIdOf(readCookie(request.headers.cookie, cookieName));
    if (clientId === null) return refuse(response, { status: 401, code: 'no-session', message: '未登录：请使用工作站给出的地址打开' });
    let body: Buffer;
    try {
      body = await readBoundedBody(request, { maxBytes: maxBodyBytes });
    } catch (error) {
      const tooLarge = error instanceof BodyReadError && error.refusal === 'too-large';
      return refuse(response, { status: tooLarge ? 413 : 400, code: tooLarge ? 'too-large' : 'bad-body', message: tooLarge ? '请求体过大' : `请求体读取失败：${(error as Error).message}` });
    }
    let args: unknown;
    try {
      args = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch (error) {
      return refuse(response, { status: 400, code: 'bad-body', message: `请求体不是有效的 JSON：${(error as Error).message}` });
    }
    const result = await dispatch(options.handlers, name, args, { scope: 'workstation', clientId });
    send(response, 200, { 'Content-Type': 'application/json; charset=utf-8' }, JSON.stringify(result));
  };

  const serveStatic = async (request: IncomingMessage, response: ServerResponse) => {
    const refusal = checkStaticRequest(describe(request), options.port);
    if (refusal) return refuse(response, refusal);
    const path = resolveStaticPath(root, request.url ?? '/');
    if (!path) return send(response, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, '未找到');
    let content: Buffer;
    try {
      content = await readFile(path);
    } catch {
      return send(response, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, '未找到');
    }
    const type = mediaTypes[extname(path)] ?? 'application/octet-stream';
    send(response, 200, { 'Content-Type': type, 'Content-Security-Policy': options.contentSecurityPolicy, 'X-Frame-Options': 'DENY' }, content);
  };

  const route = async (request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '/';
    if (url === '/api/events') return serveEvents(request, response);
    const api = url.match(/^\/api\/([a-z][A-Za-z]*\.[a-z][A-Za-z]*)$/);
    if (api) return serveApi(request, response, api[1]!);
    const code = url.match(/^\/\?code=([A-Za-z0-9_-]+)$/);
    if (code && request.method === 'GET') return signIn(request, response, code[1]!);
    return serveStatic(request, response);
  };

  return createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (!response.headersSent) refuse(response, { status: 400, code: 'internal', message: (error as Error).message });
    });
  });
};
