import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyValidationLocale } from '../../shared/i18n/validation-locale.js';
import { createHostHandlers } from '../services/host-handlers.js';
import { createBrowserSessions, sessionCookieName } from './browser-sessions.js';
import { createChangeFeed, type ChangeFeed } from './change-feed.js';
import { createHttpTransport, resolveStaticPath } from './http-transport.js';

let port = 0;
let server: Server;
let staticDir = '';
const sessions = createBrowserSessions();
const changes = createChangeFeed();
/** How many event streams are subscribed right now. */
let streams = 0;
const countedChanges: ChangeFeed = {
  subscribe(listener) {
    streams += 1;
    const unsubscribe = changes.subscribe(listener);
    return () => {
      streams -= 1;
      unsubscribe();
    };
  },
};
/** The session cookie a browser holds after signing in, as `name=value`. */
let cookie = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

type Reply = { status: number; headers: IncomingHttpHeaders; body: string };

const raw = (options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) =>
  new Promise<Reply>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });

const call = (name: string, args: unknown, headers: Record<string, string> = {}) =>
  raw({
    method: 'POST',
    path: `/api/${name}`,
    headers: { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}`, Cookie: cookie, 'Content-Type': 'application/json', ...headers },
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
  server = createHttpTransport({ handlers, port, sessions, changes: countedChanges, staticDir, contentSecurityPolicy: "default-src 'self'", heartbeatMs: 50 });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const signedIn = await raw({ path: `/?code=${sessions.issueCode()}`, headers: { Host: `127.0.0.1:${port}` } });
  cookie = signedIn.headers['set-cookie']![0]!.split(';')[0]!;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('HTTP transport', () => {
  it('answers a valid call with {ok, value}', async () => {
    const reply = await call('app.info', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { version: '1.2.3', transport: 'http', nativeDialogs: false } });
  });

  it('refuses a call without the session cookie, or with a made-up one', async () => {
    const missing = await call('app.info', {}, { Cookie: '' });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body).error).toMatchObject({ code: 'no-session', message: '此浏览器没有工作站的访问凭据：请用工作站启动时给出的一次性地址打开' });
    expect((await call('app.info', {}, { Cookie: `${sessionCookieName(port)}=${'b'.repeat(43)}` })).status).toBe(401);
    // Cookies ignore ports: another shell's cookie on this host is not ours.
    expect((await call('app.info', {}, { Cookie: cookie.replace(sessionCookieName(port), sessionCookieName(port + 1)) })).status).toBe(401);
    expect((await call('app.info', {}, { Cookie: '', Authorization: `Bearer ${cookie.split('=')[1]}` })).status).toBe(401);
  });

  it('refuses a foreign Host, as a DNS-rebinding page would send', async () => {
    const reply = await call('app.info', {}, { Host: `evil.example:${port}` });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error.code).toBe('bad-host');
  });

  it('refuses a foreign or missing Origin', async () => {
    expect((await call('app.info', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('app.info', {}, { Origin: `http://127.0.0.1:${port + 1}` })).status).toBe(403);
    const noOrigin = await raw({ method: 'POST', path: '/api/app.info', headers: { Host: `127.0.0.1:${port}`, Cookie: cookie }, body: '{}' });
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
      headers: { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}`, Cookie: cookie },
      body: '{not json',
    });
    expect(reply.status).toBe(400);
  });

  it('serves index.html with a CSP, on our Host only', async () => {
    const page = await raw({ path: '/', headers: { Host: `localhost:${port}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe("default-src 'self'");
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

describe('signing in with a one-time code', () => {
  const page = (path: string, host = `127.0.0.1:${port}`) => raw({ path, headers: { Host: host } });

  it('gives a plain GET / no credential at all', async () => {
    const plain = await page('/');
    expect(plain.status).toBe(200);
    expect(plain.headers['set-cookie']).toBeUndefined();
    expect(plain.body).toBe('<!doctype html><html><head><title>t</title></head><body></body></html>');
    expect(plain.body).not.toContain(cookie.split('=')[1]);
  });

  it('exchanges a code once for an HttpOnly, SameSite=Strict session cookie and a redirect to /', async () => {
    const code = sessions.issueCode();
    const first = await page(`/?code=${code}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const [setCookie] = first.headers['set-cookie']!;
    expect(setCookie).toMatch(new RegExp(`^${sessionCookieName(port)}=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=/$`));
    expect(setCookie).not.toContain(code);
    const fresh = setCookie!.split(';')[0]!;
    expect(fresh).not.toBe(cookie);
    expect((await call('app.info', {}, { Cookie: fresh })).status).toBe(200);

    const again = await page(`/?code=${code}`);
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).toBe('一次性登录地址无效或已用过：请使用工作站新给出的地址打开');
  });

  it('refuses a made-up code, and a code sent to a foreign Host without spending it', async () => {
    expect((await page(`/?code=${'x'.repeat(43)}`)).status).toBe(403);
    const code = sessions.issueCode();
    expect((await page(`/?code=${code}`, `evil.example:${port}`)).status).toBe(403);
    expect((await page(`/?code=${code}`)).status).toBe(303);
  });
});

/** An event-stream client that keeps what arrived and can wait for more. */
const openStream = (headers: Record<string, string>) =>
  new Promise<{ status: number; type: string | undefined; received(): string; until(text: string): Promise<void>; close(): void }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/api/events', headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let text = '';
      const waiting: { text: string; done(): void }[] = [];
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        for (const wait of waiting.filter((entry) => text.includes(entry.text))) wait.done();
      });
      resolve({
        status: res.statusCode ?? 0,
        type: res.headers['content-type'],
        received: () => text,
        until: (wanted) => (text.includes(wanted) ? Promise.resolve() : new Promise((done) => waiting.push({ text: wanted, done }))),
        close: () => req.destroy(),
      });
    });
    req.on('error', (error) => (error.message === 'socket hang up' ? undefined : reject(error)));
    req.end();
  });

const waitFor = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('GET /api/events', () => {
  it('streams each change as one event, with heartbeats, and unsubscribes when the client goes', async () => {
    const stream = await openStream({ Cookie: cookie });
    expect(stream.status).toBe(200);
    expect(stream.type).toBe('text/event-stream');
    await waitFor(() => streams === 1);
    changes.publish({ meetingId: 'M-2026-0147', kind: 'meeting', submissionId: 'S01', revision: 7 });
    changes.publish({ meetingId: null, kind: 'hub', submissionId: null, revision: 8 });
    await stream.until('"revision":8');
    expect(stream.received()).toContain('data: {"meetingId":"M-2026-0147","kind":"meeting","submissionId":"S01","revision":7}\n\n');
    expect(stream.received()).toContain('data: {"meetingId":null,"kind":"hub","submissionId":null,"revision":8}\n\n');
    await stream.until(': heartbeat\n\n');
    stream.close();
    await waitFor(() => streams === 0);
  });

  it('is refused without the session cookie or from a foreign origin', async () => {
    const anonymous = await openStream({});
    expect(anonymous.status).toBe(401);
    const foreign = await openStream({ Cookie: cookie, Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(streams).toBe(0);
  });
});

