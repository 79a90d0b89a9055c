import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInProcessHub, type InProcessHub } from '../../test/support/in-process-hub.js';
import { sendRequest } from '../../test/hub/support/hub-http.js';
import { contentSecurityPolicy } from '../content-security-policy.js';

let hub: InProcessHub;
let rendererDir: string;
const get = (path: string) => sendRequest({ origin: hub.origin }, { method: 'GET', path });

beforeEach(async () => {
  rendererDir = await mkdtemp(join(tmpdir(), 'zz-hub-renderer-'));
  await mkdir(join(rendererDir, 'assets'));
  await writeFile(join(rendererDir, 'expert.html'), '<!doctype html><title>专家端</title>');
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>工作站</title>');
  await writeFile(join(rendererDir, 'assets', 'expert.js'), 'export {};');
  hub = await openInProcessHub({ overrides: { rendererDir } });
});

afterEach(async () => {
  await hub.close();
  await rm(rendererDir, { recursive: true, force: true });
});

describe('the expert app from the hub', () => {
  it('serves the expert app’s page with the shell’s Content-Security-Policy, and its assets', async () => {
    const page = await get('/');
    expect([page.status, page.body, page.headers['content-security-policy']]).toEqual([200, '<!doctype html><title>专家端</title>', contentSecurityPolicy]);
    expect((await get('/expert.html')).body).toBe(page.body);
    const script = await get('/assets/expert.js');
    expect([script.status, script.headers['content-type']]).toEqual([200, 'text/javascript; charset=utf-8']);
  });

  it('serves nothing of the workstation’s app and nothing outside the build', async () => {
    expect((await get('/index.html')).status).toBe(404);
    expect((await get('/assets/../index.html')).status).toBe(404);
    expect((await get('/assets/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });
});
