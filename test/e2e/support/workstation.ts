import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

export type Workstation = {
  /** The plain address: for navigating a browser profile that is already signed in. */
  url: string;
  dataDir: string;
  port: number;
  /** A new one-time sign-in address, as the shell prints one per Enter on its terminal. */
  signInUrl(): Promise<string>;
  /** Moves the host's clock on by the `clockStepMs` it was started with (a lockout ends without waiting for it). */
  moveHostClock(): Promise<void>;
  stop(): Promise<void>;
};

/** `clockStepMs`: start the host with a clock the test moves (test/host/support/movable-clock-preload.ts). */
export type WorkstationOptions = { clockStepMs?: number };

const clockPreload = fileURLToPath(new URL('../../host/support/movable-clock-preload.ts', import.meta.url));
const clockMovedLine = /^test clock moved to /m;

const signInLine = /^一次性登录地址（只能使用一次）：(http:\/\/127\.0\.0\.1:\d+\/\?code=[A-Za-z0-9_-]+)$/m;

/** Starts the browser shell's host services exactly as `npm run start:browser -- --no-browser` does. */
export const startWorkstation = async (dataDir?: string, options: WorkstationOptions = {}): Promise<Workstation> => {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'zz-e2e-data-')));
  const port = await freePort();
  const clock = options.clockStepMs === undefined ? [] : ['--import', clockPreload];
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ...clock, 'electron/browser-shell.ts', '--no-browser', '--port', String(port), '--data-dir', dir], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: options.clockStepMs === undefined ? process.env : { ...process.env, ZZ_TEST_CLOCK_STEP_MS: String(options.clockStepMs) },
  });
  const clockMoves: (() => void)[] = [];
  let output = '';
  /** Sign-in addresses printed and not yet used, and whoever waits for the next one. */
  const printed: string[] = [];
  const waiting: ((url: string) => void)[] = [];
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (clockMovedLine.test(line)) clockMoves.shift()?.();
      const url = line.match(signInLine)?.[1];
      if (!url) continue;
      const waiter = waiting.shift();
      if (waiter) waiter(url);
      else printed.push(url);
    }
  });

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser shell did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (signInLine.test(output)) {
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
    signInUrl: () => {
      if (printed.length > 0) return Promise.resolve(printed.shift()!);
      child.stdin?.write('\n');
      return new Promise((resolve) => waiting.push(resolve));
    },
    moveHostClock: () => {
      if (options.clockStepMs === undefined) return Promise.reject(new Error('this workstation was started without a movable clock'));
      const moved = new Promise<void>((resolve) => clockMoves.push(resolve));
      child.kill('SIGUSR2');
      return moved;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};

/**
 * A Chromium profile signed in to `workstation`: like a user, it opens a one-time address, whose
 * session cookie then carries every later navigation to `workstation.url` in this profile.
 */
export const openProfile = async (profileDir: string, workstation: Workstation): Promise<{ context: BrowserContext; page: Page }> => {
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
  try {
    await page.goto(await workstation.signInUrl());
    await expect(page).toHaveURL(workstation.url);
  } catch (error) {
    await context.close();
    throw error;
  }
  return { context, page };
};

export const screenshotPath = (name: string) => join('test-results', 'screens', `${name}.png`);

export type OpenWorkstation = { workstation: Workstation; context: BrowserContext; page: Page; close(): Promise<void> };

/** A new host with an empty data folder and a new Chromium profile, showing the meeting list; `close` removes both. */
export const openWorkstation = async (): Promise<OpenWorkstation> => {
  const workstation = await startWorkstation();
  const profile = await mkdtemp(join(tmpdir(), 'zz-e2e-profile-'));
  const { context, page } = await openProfile(profile, workstation).catch(async (error: unknown) => {
    await workstation.stop();
    throw error;
  });
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
