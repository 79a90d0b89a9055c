import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseHostResult, type HostCaller } from './host-caller.js';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const clockPreload = fileURLToPath(new URL('./movable-clock-preload.ts', import.meta.url));

const signInLine = /^一次性登录地址（只能使用一次）：(http:\/\/127\.0\.0\.1:\d+\/\?code=([A-Za-z0-9_-]+))$/;
const clockLine = /^test clock moved to (\S+)$/;

export type ShellOptions = {
  dataDir: string;
  /** `HOME` of the shell, so `~` in what the test sends is a folder of the test's own. */
  home?: string;
  /** Each SIGUSR2 moves the shell's clock on by this much (`movable-clock-preload.ts`); no movable clock when absent. */
  clockStepMs?: number;
};

/** A signed-in client; its `cookie` (`name=value`) also opens the shell's event stream. */
export type SignedInClient = HostCaller & { cookie: string };

export type BrowserShell = {
  origin: string;
  /** The host process, for what a benchmark reads of it (its CPU time). */
  pid: number;
  /** The one-time sign-in addresses the shell has printed so far, used or not. */
  printedCodes: readonly string[];
  /** Signs a new client in as the shell's own Chromium would: a fresh one-time code bought for its session cookie. */
  signIn(): Promise<SignedInClient>;
  /** Moves the shell's clock on by `clockStepMs` and waits until the shell says it has. */
  advanceClock(): Promise<void>;
  /** SIGKILL: no shutdown, no flush, what a crash does to the host; resolves once the process is gone, with how it ended. */
  kill(): Promise<NodeJS.Signals | number | null>;
  /** SIGTERM and a clean exit. */
  stop(): Promise<void>;
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });

/** A ceiling for the shell to start on a loaded machine (tsx compiles the host first); the wait ends at the printed address. */
const startCeilingMs = 90_000;

/**
 * `npm run start:browser -- --no-browser` as its own process (Node with tsx's loader, so the pid is
 * the shell's and a SIGKILL reaches it) over `dataDir`, on a free port of 127.0.0.1.
 */
export const startBrowserShell = async (options: ShellOptions): Promise<BrowserShell> => {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const preload = options.clockStepMs === undefined ? [] : ['--import', clockPreload];
  const env: NodeJS.ProcessEnv = { ...process.env, ...(options.home === undefined ? {} : { HOME: options.home }) };
  if (options.clockStepMs !== undefined) env.ZZ_TEST_CLOCK_STEP_MS = String(options.clockStepMs);
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', ...preload, 'electron/browser-shell.ts', '--no-browser', '--port', String(port), '--data-dir', options.dataDir],
    { cwd: projectRoot, env, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  let output = '';
  const printedCodes: string[] = [];
  const unusedUrls: string[] = [];
  const lineWaiters: { test: RegExp; resolve: (match: RegExpMatchArray) => void }[] = [];
  const onLine = (line: string) => {
    const signIn = line.match(signInLine);
    if (signIn) {
      printedCodes.push(signIn[2]!);
      unusedUrls.push(signIn[1]!);
    }
    for (const waiter of [...lineWaiters]) {
      const match = line.match(waiter.test);
      if (match) {
        lineWaiters.splice(lineWaiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    lines.forEach(onLine);
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });

  const nextLine = (test: RegExp, ceilingMs: number, what: string) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what}: no line matching ${test} within ${ceilingMs} ms; output:\n${output}`)), ceilingMs);
      const settle = (match: RegExpMatchArray) => {
        clearTimeout(timer);
        resolve(match);
      };
      lineWaiters.push({ test, resolve: settle });
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`${what}: the browser shell exited (${child.exitCode ?? child.signalCode}); output:\n${output}`));
      });
    });

  await nextLine(signInLine, startCeilingMs, 'starting the browser shell').catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    throw error;
  });

  const signInUrl = async (): Promise<string> => {
    const printed = unusedUrls.shift();
    if (printed !== undefined) return printed;
    const next = nextLine(signInLine, 30_000, 'asking for another sign-in address');
    child.stdin?.write('\n');
    await next;
    return unusedUrls.shift()!;
  };

  const signIn = async (): Promise<SignedInClient> => {
    const response = await fetch(await signInUrl(), { redirect: 'manual' });
    const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
    if (response.status !== 303 || cookie === undefined) throw new Error(`sign-in refused: HTTP ${response.status} ${await response.text()}`);
    return {
      cookie,
      call: async (name, args) => {
        const answer = await fetch(`${origin}/api/${name}`, {
          method: 'POST',
          headers: { Origin: origin, Cookie: cookie, 'Content-Type': 'application/json' },
          body: JSON.stringify(args),
        });
        if (answer.status !== 200) throw new Error(`${name}: HTTP ${answer.status} ${await answer.text()}`);
        return parseHostResult(await answer.json());
      },
    };
  };

  const signal = (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    return exited;
  };

  return {
    origin,
    pid: child.pid!,
    printedCodes,
    signIn,
    async advanceClock() {
      if (options.clockStepMs === undefined) throw new Error('this shell was started without a movable clock');
      const moved = nextLine(clockLine, 30_000, 'moving the shell clock');
      child.kill('SIGUSR2');
      await moved;
    },
    kill: () => signal('SIGKILL'),
    stop: async () => {
      await signal('SIGTERM');
    },
  };
};
