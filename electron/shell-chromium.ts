import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

export type ChromiumLaunch = {
  executable: string;
  /** Inside the data folder: the browser's own state belongs with the workstation's. */
  profile: string;
  headless: boolean;
};

/**
 * No URL on the command line: any local process can read a command line, so the one-time sign-in address
 * travels over the DevTools pipe instead, which only this process holds. No debugging port is opened.
 */
export const chromiumFlags = ({ profile, headless }: Omit<ChromiumLaunch, 'executable'>, runningAsRoot: boolean): string[] => [
  `--user-data-dir=${profile}`,
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...(runningAsRoot ? ['--no-sandbox'] : []),
  ...(headless ? ['--headless', '--disable-gpu'] : []),
  '--remote-debugging-pipe',
  '--app=about:blank',
];

type Message = {
  id?: number;
  method?: string;
  params?: { targetInfo?: { targetId: string; type: string } };
  result?: Record<string, unknown>;
  error?: { message: string };
};

/** The DevTools protocol over Chromium's pipe (fd 3 in, fd 4 out): JSON messages, each ended by a NUL. */
const devToolsPipe = (input: Writable, output: Readable) => {
  let nextId = 1;
  let buffered = '';
  const pending = new Map<number, { resolve(result: Record<string, unknown>): void; reject(error: Error): void }>();
  const listeners = new Set<(message: Message) => void>();
  output.setEncoding('utf8');
  output.on('data', (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end)) as Message;
      buffered = buffered.slice(end + 1);
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (waiting) {
        pending.delete(message.id!);
        if (message.error) waiting.reject(new Error(message.error.message));
        else waiting.resolve(message.result ?? {});
      } else {
        for (const listener of listeners) listener(message);
      }
    }
  });
  return {
    send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
      const id = nextId++;
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    },
    onEvent(listener: (message: Message) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

const pageWaitMs = 30_000;

/** Opens `url` in the browser's first page (the app window) and lets go of it. */
const openInFirstPage = async (pipe: ReturnType<typeof devToolsPipe>, url: string): Promise<void> => {
  let stop: () => void = () => undefined;
  const firstPage = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${pageWaitMs / 1000} 秒内没有出现浏览器窗口`)), pageWaitMs);
    stop = pipe.onEvent(({ method, params }) => {
      if (method !== 'Target.targetCreated' || params?.targetInfo?.type !== 'page') return;
      clearTimeout(timer);
      resolve(params.targetInfo.targetId);
    });
  });
  await pipe.send('Target.setDiscoverTargets', { discover: true });
  const targetId = await firstPage.finally(() => stop());
  await pipe.send('Target.setDiscoverTargets', { discover: false });
  const { sessionId } = (await pipe.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  await pipe.send('Page.navigate', { url }, sessionId);
  await pipe.send('Target.detachFromTarget', { sessionId });
};

/**
 * Starts Chromium and signs its app window in with `signInUrl`. The pipe stays open for the browser's
 * lifetime: Chromium closes when it closes, so the browser never outlives the shell.
 */
export const launchChromium = (launch: ChromiumLaunch, signInUrl: string, onFailure: (message: string) => void): ChildProcess => {
  const flags = chromiumFlags(launch, process.getuid?.() === 0);
  const browser = spawn(launch.executable, flags, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const input = browser.stdio[3] as Writable;
  const output = browser.stdio[4] as Readable;
  // A browser that exits closes its pipe; the exit itself is reported, the broken pipe is not news.
  input.on('error', () => undefined);
  output.on('error', () => undefined);
  browser.once('spawn', () => {
    openInFirstPage(devToolsPipe(input, output), signInUrl).catch((error: unknown) => onFailure(`无法在 Chromium 中打开工作站：${(error as Error).message}`));
  });
  return browser;
};
