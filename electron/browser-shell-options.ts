import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export type BrowserShellOptions = {
  port: number;
  dataDir: string;
  headless: boolean;
  openBrowser: boolean;
  chromium: string;
};

/** A fixed port keeps one browser origin, and so one IndexedDB, across launches. */
export const defaultPort = 47321;

export const defaultDataDir = (): string => process.env.ZZ_DATA_DIR ?? join(homedir(), '.zz-review-workstation');

export const parseBrowserShellOptions = (argv: string[]): BrowserShellOptions => {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      headless: { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
      chromium: { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port ?? process.env.ZZ_PORT ?? defaultPort);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error(`--port 须为 1024–65535 之间的整数：${values.port}`);
  return {
    port,
    dataDir: resolve(values['data-dir'] ?? defaultDataDir()),
    headless: values.headless,
    openBrowser: !values['no-browser'],
    chromium: values.chromium ?? process.env.ZZ_CHROMIUM ?? '/usr/bin/chromium',
  };
};
