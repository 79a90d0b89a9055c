import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumFlags, launchChromium } from './shell-chromium.js';

const chromium = process.env.ZZ_CHROMIUM ?? '/usr/bin/chromium';

describe('chromiumFlags', () => {
  it('opens a pipe, never a debugging port, and puts no address on the command line', () => {
    const flags = chromiumFlags({ profile: '/data/browser-profile', headless: true }, false);
    expect(flags).toContain('--remote-debugging-pipe');
    expect(flags.some((flag) => flag.startsWith('--remote-debugging-port'))).toBe(false);
    expect(flags.filter((flag) => flag.includes('http'))).toEqual([]);
    expect(flags).toContain('--user-data-dir=/data/browser-profile');
  });
});

describe.skipIf(!existsSync(chromium))('launchChromium', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('hands the sign-in address to the browser over the pipe', async () => {
    const requested: string[] = [];
    const server: Server = createServer((request, response) => {
      requested.push(request.url ?? '');
      response.end('<!doctype html><title>ok</title>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => new Promise((resolve) => server.close(() => resolve())));
    const port = (server.address() as { port: number }).port;
    const profile = await mkdtemp(join(tmpdir(), 'zz-chromium-'));
    cleanup.push(() => rm(profile, { recursive: true, force: true }));

    const failures: string[] = [];
    const arrived = new Promise<void>((resolve) => server.on('request', () => resolve()));
    const browser = launchChromium({ executable: chromium, profile, headless: true }, `http://127.0.0.1:${port}/?code=one-time`, (message) => failures.push(message));
    cleanup.push(
      () =>
        new Promise((resolve) => {
          if (browser.exitCode !== null) return resolve();
          browser.once('exit', () => resolve());
          browser.kill();
        }),
    );
    await arrived;
    expect(requested[0]).toBe('/?code=one-time');
    expect(browser.spawnargs.join(' ')).not.toContain('one-time');
    expect(failures).toEqual([]);
  }, 60_000);
});
