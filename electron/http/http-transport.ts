import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { HostHandlers } from '../../shared/api/contract.js';
import { dispatch } from '../../shared/api/dispatch.js';
import { checkApiRequest, checkStaticRequest, type GuardRefusal } from './request-guard.js';

export type HttpTransportOptions = {
  handlers: HostHandlers;
  port: number;
  token: string;
  /** The built renderer (vite output). */
  staticDir: string;
  contentSecurityPolicy: string;
};

/** Backups travel as one JSON body; nothing larger crosses this transport (packages are streamed by path). */
const maxBodyBytes = 256 * 1024 * 1024;

const mediaTypes: Record<string, string> = {
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

/** The renderer finds its token here; only a page served by us, on our Host, can read it. */
export const injectToken = (html: string, token: string): string =>
  html.replace('<head>', `<head>\n    <meta name="zz-host-token" content="${token}" />`);

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

const readBody = (request: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(new Error('请求体过大'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });

const bearer = (header: string | undefined): string | undefined => header?.match(/^Bearer (.+)$/)?.[1];

export const createHttpTransport = (options: HttpTransportOptions): Server => {
  const root = normalize(options.staticDir);

  const serveApi = async (request: IncomingMessage, response: ServerResponse, name: string) => {
    const refusal = checkApiRequest(
      { method: request.method ?? '', host: request.headers.host, origin: request.headers.origin, token: bearer(request.headers.authorization) },
      options.port,
      options.token,
    );
    if (refusal) return refuse(response, refusal);
    let args: unknown;
    try {
      const body = await readBody(request);
      args = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch (error) {
      return refuse(response, { status: 400, code: 'bad-body', message: `请求体不是有效的 JSON：${(error as Error).message}` });
    }
    const result = await dispatch(options.handlers, name, args);
    send(response, 200, { 'Content-Type': 'application/json; charset=utf-8' }, JSON.stringify(result));
  };

  const serveStatic = async (request: IncomingMessage, response: ServerResponse) => {
    const refusal = checkStaticRequest({ method: request.method ?? '', host: request.headers.host, origin: request.headers.origin, token: undefined }, options.port);
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
    const headers = { 'Content-Type': type, 'Content-Security-Policy': options.contentSecurityPolicy, 'X-Frame-Options': 'DENY' };
    if (extname(path) === '.html') return send(response, 200, headers, injectToken(content.toString('utf8'), options.token));
    send(response, 200, headers, content);
  };

  return createServer((request, response) => {
    const url = request.url ?? '/';
    const api = url.match(/^\/api\/([a-z][A-Za-z]*\.[a-z][A-Za-z]*)$/);
    const handled = api ? serveApi(request, response, api[1]!) : serveStatic(request, response);
    handled.catch((error: unknown) => {
      if (!response.headersSent) refuse(response, { status: 400, code: 'internal', message: (error as Error).message });
    });
  });
};
