import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';

const cli = new URL('../../bureau/cli.ts', import.meta.url).pathname;

export interface BureauProcess {
  url: string;
  pid: number;
  /** Resolves when the process has exited, with its signal or code. */
  exited: Promise<NodeJS.Signals | number | null>;
  /** SIGKILL: no shutdown, no flush; what a crash or the OOM killer does. */
  kill(): Promise<void>;
  /** SIGTERM and wait for a clean exit. */
  stop(): Promise<void>;
  /** The process's peak resident memory so far (VmHWM), in MiB. */
  peakMemoryMiB(): Promise<number>;
  /** The process's resident memory now (VmRSS), in MiB. */
  memoryMiB(): Promise<number>;
  /** CPU time the process has used so far (user and system), in milliseconds. */
  cpuMs(): Promise<number>;
}

const statusField = async (pid: number, field: 'VmHWM' | 'VmRSS'): Promise<number> => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match?.[1]) throw new Error(`/proc/${pid}/status 中没有 ${field}`);
  return Number(match[1]) / 1024;
};

/** Fields 14 and 15 of /proc/<pid>/stat, counted after the command name (which may hold spaces). */
const cpuTimeMs = async (pid: number): Promise<number> => {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100;
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
};

/**
 * `bureau serve` as its own process (Node with tsx's loader, no wrapper process, so the pid is the
 * server's own and a SIGKILL reaches it), on a free port of 127.0.0.1. Several may share one data
 * folder (the bureau key) and one `databaseUrl`, as a scaled-out bureau does.
 */
export const startBureauProcess = async (dataDir: string, databaseUrl: string | undefined): Promise<BureauProcess> => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', cli, 'serve', '--port', '0', '--data', dataDir], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then((how) => reject(new Error(`局端进程提前退出（${String(how)}）：${output}`)));
  });
  const pid = child.pid ?? 0;
  const signalAndWait = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    url,
    pid,
    exited,
    kill: () => signalAndWait('SIGKILL'),
    stop: () => signalAndWait('SIGTERM'),
    peakMemoryMiB: () => statusField(pid, 'VmHWM'),
    memoryMiB: () => statusField(pid, 'VmRSS'),
    cpuMs: () => cpuTimeMs(pid),
  };
};
