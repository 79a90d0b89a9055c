import Database from 'better-sqlite3';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { type KeyObject, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { sampleBundle } from '../../shared/bundle/sample-bundle.js';
import type { VerdictBundle } from '../../shared/bundle/verdict-bundle.js';
import { canonicalBytes } from '../../shared/digest/digest.js';
import { bureauPaths, enrollmentResponseSchema } from '../../shared/protocol/messages.js';
import { newNonce, requestSigningString, signatureHeaders } from '../../shared/protocol/request-signing.js';
import type { BenchFigure } from './figure.js';

const root = new URL('../../', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = join(root, 'bureau/cli.ts');
/** The bureau's SQLite file name inside its data folder (bureau/store/sqlite-repository.ts). */
const sqliteFile = 'bureau.sqlite3';

const devices = 32;
const phaseMs = 5_000;
/** Bounds each client's count too, so a very fast machine still finishes in about the phase time. */
const maxPerClient = 400;

type Storage = { name: 'sqlite' } | { name: 'postgres'; url: string; countRows: () => Promise<number>; drop: () => Promise<void> };

interface Device {
  deviceId: string;
  key: KeyObject;
  publicKey: string;
}

const signWith = (key: KeyObject, message: Uint8Array | string): string =>
  sign(null, typeof message === 'string' ? Buffer.from(message) : message, key).toString('base64');

/**
 * The benchmark signs with node:crypto key objects (the workstation's pure-JS signer would make the
 * clients, not the bureau, the bottleneck); the signed bytes come from the shared protocol helpers.
 */
const signedPut = (device: Device, base: VerdictBundle, verdictId: string) => {
  const bundle: VerdictBundle = { ...base, verdictId };
  const body = JSON.stringify({ bundle, signature: signWith(device.key, canonicalBytes(bundle)), deviceId: device.deviceId, publicKey: device.publicKey });
  const path = bureauPaths.verdictVersion(verdictId, 1);
  const timestamp = new Date().toISOString();
  const nonce = newNonce();
  const signature = signWith(device.key, requestSigningString({ method: 'PUT', path, timestamp, nonce, body: Buffer.from(body) }));
  return {
    path,
    body,
    headers: {
      'content-type': 'application/json',
      [signatureHeaders.device]: device.deviceId,
      [signatureHeaders.timestamp]: timestamp,
      [signatureHeaders.nonce]: nonce,
      [signatureHeaders.signature]: signature,
    },
  };
};

const startBureau = async (dataDir: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> => {
  const child = spawn(tsx, [cli, 'serve', '--port', '0', '--data', dataDir], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`局端进程提前退出（${code}）：${seen}`)));
  });
  return { child, url };
};

const stopBureau = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

const enrollDevices = async (url: string, dataDir: string, env: NodeJS.ProcessEnv): Promise<Device[]> => {
  const { stdout } = await promisify(execFile)(tsx, [cli, 'enroll-code', '--count', String(devices), '--data', dataDir], { env });
  return Promise.all(
    stdout.trim().split('\n').map(async (code, i) => {
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('base64');
      const response = await fetch(`${url}${bureauPaths.devices}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ enrollmentCode: code, publicKey: raw, deviceName: `基准工作站 ${i + 1}` }),
      });
      if (response.status !== 201) throw new Error(`注册设备失败：${response.status} ${await response.text()}`);
      return { deviceId: enrollmentResponseSchema.parse(await response.json()).deviceId, key: privateKey, publicKey: raw };
    }),
  );
};

interface PhaseResult {
  created: number;
  failed: number;
  perSecond: number;
  p99Ms: number;
}

const runPhase = async (url: string, clients: Device[], base: VerdictBundle, label: string): Promise<PhaseResult> => {
  const latencies: number[] = [];
  let created = 0;
  let failed = 0;
  const start = performance.now();
  const deadline = start + phaseMs;
  await Promise.all(
    clients.map(async (device, c) => {
      for (let i = 0; i < maxPerClient && performance.now() < deadline; i += 1) {
        const request = signedPut(device, base, `V-bench-${label}-${c}-${i}`);
        const sent = performance.now();
        const response = await fetch(`${url}${request.path}`, { method: 'PUT', headers: request.headers, body: request.body });
        await response.arrayBuffer();
        latencies.push(performance.now() - sent);
        if (response.status === 201) created += 1;
        else failed += 1;
      }
    }),
  );
  const elapsedS = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return { created, failed, perSecond: created / elapsedS, p99Ms: latencies[Math.ceil(latencies.length * 0.99) - 1] ?? Number.NaN };
};

const postgresStorage = async (databaseUrl: string): Promise<Storage> => {
  const schema = `bureau_bench_${randomUUID().replace(/-/g, '')}`;
  const withClient = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  await withClient((client) => client.query(`CREATE SCHEMA ${schema}`));
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    name: 'postgres',
    url: url.toString(),
    countRows: () => withClient(async (client) => Number((await client.query(`SELECT COUNT(*) AS n FROM ${schema}.verdict_versions`)).rows[0]?.n)),
    drop: () => withClient(async (client) => void (await client.query(`DROP SCHEMA ${schema} CASCADE`))),
  };
};

const measureOn = async (storage: Storage): Promise<BenchFigure[]> => {
  const dataDir = await fs.mkdtemp(join(tmpdir(), 'zz-bureau-bench-'));
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  if (storage.name === 'postgres') env.DATABASE_URL = storage.url;
  const { child, url } = await startBureau(dataDir, env);
  let results: { wide: PhaseResult; narrow: PhaseResult };
  try {
    const enrolled = await enrollDevices(url, dataDir, env);
    const base = sampleBundle();
    results = { wide: await runPhase(url, enrolled, base, 'wide'), narrow: await runPhase(url, enrolled.slice(0, 4), base, 'narrow') };
  } finally {
    await stopBureau(child);
  }
  const created = results.wide.created + results.narrow.created;
  const rows = storage.name === 'postgres' ? await storage.countRows() : countSqliteRows(dataDir);
  if (storage.name === 'postgres') await storage.drop();
  await fs.rm(dataDir, { recursive: true, force: true });
  const failed = results.wide.failed + results.narrow.failed;
  if (rows !== created || failed > 0) {
    throw new Error(`局端基准数据不一致：${storage.name} 存有 ${rows} 条，收到 201 共 ${created} 次，失败 ${failed} 次`);
  }
  const name = `bureau.ingest ${storage.name}`;
  return [
    { name: `${name} 32 clients throughput`, value: results.wide.perSecond, unit: '/s', goal: '≥ 300/s' },
    { name: `${name} 32 clients p99`, value: results.wide.p99Ms, unit: 'ms', goal: '≤ 250 ms' },
    { name: `${name} 4 clients throughput`, value: results.narrow.perSecond, unit: '/s' },
    { name: `${name} 4 clients p99`, value: results.narrow.p99Ms, unit: 'ms', goal: '≤ 30 ms' },
    { name: `${name} rows stored = 201 answers (nothing lost or doubled)`, value: rows, unit: 'rows' },
  ];
};

const countSqliteRows = (dataDir: string): number => {
  const db = new Database(join(dataDir, sqliteFile), { readonly: true });
  try {
    return Number((db.prepare('SELECT COUNT(*) AS n FROM verdict_versions').get() as { n: number }).n);
  } finally {
    db.close();
  }
};

export const measure = async (): Promise<BenchFigure[]> => {
  const figures = await measureOn({ name: 'sqlite' });
  const databaseUrl = process.env.DATABASE_URL ?? process.env.ZZ_TEST_DATABASE_URL;
  if (databaseUrl) figures.push(...(await measureOn(await postgresStorage(databaseUrl))));
  else console.log('bureau.ingest postgres: skipped (DATABASE_URL not set)');
  return figures;
};
