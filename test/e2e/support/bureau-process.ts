import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const cli = ['--import', 'tsx', 'bureau/cli.ts'];

export interface BureauProcess {
  url: string;
  /** The admin command line against the same data folder: `enroll-code`, `import-verdict <file>`… */
  admin(...args: string[]): Promise<{ stdout: string; stderr: string }>;
  /** The same, with what the administrator types when the command asks (`import-verdict` without `--yes`). */
  adminAnswering(answer: string, ...args: string[]): Promise<{ stdout: string; stderr: string }>;
  start(): Promise<void>;
  /** SIGTERM, as an operator stopping the service would; the data folder stays. */
  stop(): Promise<void>;
}

/** The bureau's own `serve` command as a separate process on a fixed loopback port over SQLite in `dataDir`. */
export const bureauProcess = (dataDir: string, port: number): BureauProcess => {
  let child: ChildProcess | null = null;
  const env = { ...process.env, ZZ_BUREAU_DATA: dataDir, DATABASE_URL: '' };
  return {
    url: `http://127.0.0.1:${port}`,
    admin: (...args) => run(process.execPath, [...cli, ...args], { env }),
    adminAnswering: (answer, ...args) => {
      const running = run(process.execPath, [...cli, ...args], { env });
      running.child.stdin?.end(answer);
      return running;
    },
    async start() {
      if (child) return;
      const started = spawn(process.execPath, [...cli, 'serve', '--port', String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      child = started;
      let output = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`局端未能启动：\n${output}`)), 30_000);
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('局端服务已启动')) {
            clearTimeout(timer);
            resolve();
          }
        };
        started.stdout?.on('data', onData);
        started.stderr?.on('data', onData);
        started.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`局端进程退出（${code}）：\n${output}`));
        });
      });
    },
    async stop() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGTERM');
      });
    },
  };
};
