import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, type BrowserContext, type Page } from '@playwright/test';

/** Debian's Chromium: no test tool may download a browser of its own on these machines. */
export const chromiumPath = process.env.ZZ_CHROMIUM ?? '/usr/bin/chromium';

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

export type Workstation = { url: string; dataDir: string; port: number; stop(): Promise<void> };

/** Starts the browser shell's host services exactly as `npm run start:browser` does, minus its own Chromium. */
export const startWorkstation = async (dataDir?: string): Promise<Workstation> => {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'zz-e2e-data-')));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/browser-shell.ts', '--no-browser', '--port', String(port), '--data-dir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser shell did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`http://127.0.0.1:${port}/`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`browser shell exited (${code}):\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    dataDir: dir,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};

export const openProfile = async (profileDir: string): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    // The app honours reduced motion: dialogs open at once, so no step acts on a dialog still zooming in.
    reducedMotion: 'reduce',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
};

export const screenshotPath = (name: string) => join('test-results', 'screens', `${name}.png`);

export type OpenWorkstation = { workstation: Workstation; context: BrowserContext; page: Page; close(): Promise<void> };

/** A new host with an empty data folder and a new Chromium profile, showing the meeting list; `close` removes both. */
export const openWorkstation = async (): Promise<OpenWorkstation> => {
  const workstation = await startWorkstation();
  const profile = await mkdtemp(join(tmpdir(), 'zz-e2e-profile-'));
  const { context, page } = await openProfile(profile);
  const close = async () => {
    await context.close().catch(() => undefined);
    await workstation.stop();
    await rm(profile, { recursive: true, force: true });
    await rm(workstation.dataDir, { recursive: true, force: true });
  };
  try {
    await page.goto(workstation.url);
    await expect(page.getByRole('menuitem', { name: '审评会', exact: true })).toBeVisible();
  } catch (error) {
    await close();
    throw error;
  }
  return { workstation, context, page, close };
};
