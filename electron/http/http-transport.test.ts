import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyValidationLocale } from '../../shared/i18n/validation-locale.js';
import { createHostHandlers } from '../services/host-handlers.js';
import { createHttpTransport, resolveStaticPath } from './http-transport.js';

const token = 'a'.repeat(64);
let port = 0;
let server: Server;
let staticDir = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

type Reply = { status: number; body: string };

const raw = (options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) =>
  new Promise<Reply>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });

const call = (name: string, args: unknown, headers: Record<string, string> = {}) =>
  raw({
    method: 'POST',
    path: `/api/${name}`,
    headers: { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}`, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(args),
  });

beforeAll(async () => {
  applyValidationLocale('zh-CN');
  port = await freePort();
  staticDir = await mkdtemp(join(tmpdir(), 'zz-static-'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  const handlers = createHostHandlers({
    appName: '浙江制造标准审评工作站',
    version: '1.2.3',
    dataDir: staticDir,
    platform: 'linux',
    transport: 'http',
    dialogs: null,
    settings: { store: {} },
  });
  server = createHttpTransport({ handlers, port, token, staticDir, contentSecurityPolicy: "default-src 'self'" });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('HTTP transport', () => {
  it('answers a valid call with {ok, value}', async () => {
    const reply = await call('app.info', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { version: '1.2.3', transport: 'http', nativeDialogs: false } });
  });

  it('refuses a missing or wrong token', async () => {
    expect((await call('app.info', {}, { Authorization: '' })).status).toBe(401);
    expect((await call('app.info', {}, { Authorization: `Bearer ${'b'.repeat(64)}` })).status).toBe(401);
    expect((await call('app.info', {}, { Authorization: 'Bearer short' })).status).toBe(401);
  });

  it('refuses a foreign Host, as a DNS-rebinding page would send', async () => {
    const reply = await call('app.info', {}, { Host: `evil.example:${port}` });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error.code).toBe('bad-host');
  });

  it('refuses a foreign or missing Origin', async () => {
    expect((await call('app.info', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('app.info', {}, { Origin: `http://127.0.0.1:${port + 1}` })).status).toBe(403);
    const noOrigin = await raw({ method: 'POST', path: '/api/app.info', headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}` }, body: '{}' });
    expect(noOrigin.status).toBe(403);
  });

  it('refuses GET on the API', async () => {
    const reply = await raw({ path: '/api/app.info', headers: { Host: `127.0.0.1:${port}` } });
    expect(reply.status).toBe(405);
  });

  it('rejects bad arguments naming the field and changes nothing', async () => {
    const reply = JSON.parse((await call('settings.set', { patch: { bureauUrl: 'ftp://bureau' } })).body);
    expect(reply.ok).toBe(false);
    expect(reply.error.field).toBe('patch.bureauUrl');
    expect(reply.error.message).toContain('patch.bureauUrl');
    const unknownKey = JSON.parse((await call('settings.set', { patch: { theme: 'dark' } })).body);
    expect(unknownKey.error.field).toBe('patch.theme');
    const settings = JSON.parse((await call('settings.get', {})).body);
    expect(settings.value.bureauUrl).toBe('');
  });

  it('keeps a setting that was set', async () => {
    await call('settings.set', { patch: { secretaryName: '王秘书' } });
    const settings = JSON.parse((await call('settings.get', {})).body);
    expect(settings.value.secretaryName).toBe('王秘书');
  });

  it('answers an unknown call with an error, not a crash', async () => {
    const reply = JSON.parse((await call('nothing.here', {})).body);
    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
  });

  it('rejects a body that is not JSON', async () => {
    const reply = await raw({
      method: 'POST',
      path: '/api/app.info',
      headers: { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}`, Authorization: `Bearer ${token}` },
      body: '{not json',
    });
    expect(reply.status).toBe(400);
  });

  it('serves index.html with the token and a CSP, on our Host only', async () => {
    const page = await raw({ path: '/', headers: { Host: `localhost:${port}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="zz-host-token" content="${token}" />`);
    expect((await raw({ path: '/', headers: { Host: 'evil.example' } })).status).toBe(403);
  });

  it('never serves outside the static folder', async () => {
    expect(resolveStaticPath('/srv/app', '/../etc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/..%2fsecret')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/a%00b')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/assets/x.js')).toBe('/srv/app/assets/x.js');
    expect((await raw({ path: '/..%2f..%2fetc%2fpasswd', headers: { Host: `127.0.0.1:${port}` } })).status).toBe(404);
  });
});
