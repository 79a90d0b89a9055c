import { type KeyObject, createHash, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openBureauContext } from '../../bureau/bureau-context.js';
import { enrollmentCodeHash, enrollmentCodeLifetimeMs, newEnrollmentCode } from '../../bureau/enrollment-code.js';
import { sampleBundle } from '../fixtures/sample-bundle.js';
import type { VerdictBundle } from '../../shared/bundle/verdict-bundle.js';
import { canonicalBytes } from '../../shared/digest/digest.js';
import { bureauPaths, enrollmentResponseSchema, putVerdictResponseSchema } from '../../shared/protocol/messages.js';
import { newNonce, requestSigningStringOfDigest, signatureHeaders } from '../../shared/protocol/request-signing.js';
import { type BureauProcess, startBureauProcess } from '../support/bureau-process.js';
import type { BenchFigure } from './figure.js';

const devices = 32;
const phaseMs = 5_000;
/** Bounds each client's count too, so a very fast machine still finishes in about the phase time. */
const maxPerClient = 400;
/**
 * Requests are signed before a phase starts, up to what this many verdicts a second would use, so
 * the clients' signing does not take the two cores from the bureau while it is measured; a client
 * that runs out signs the rest as it goes.
 */
const presignedPerSecond = 1_500;

type Storage = { name: 'sqlite'; processes: 1 } | { name: 'postgres'; processes: 2; url: string; drop: () => Promise<void> };

interface Device {
  deviceId: string;
  key: KeyObject;
  publicKey: string;
}

interface SignedPut {
  path: string;
  body: string;
  headers: Record<string, string>;
}

const signWith = (key: KeyObject, message: Uint8Array | string): string =>
  sign(null, typeof message === 'string' ? Buffer.from(message) : message, key).toString('base64');

/**
 * The benchmark signs and hashes with node:crypto (the workstation's pure-JS signer and SHA-256
 * would make the clients, not the bureau, the bottleneck); the signed bytes come from the shared
 * protocol helpers.
 */
const signedPut = (device: Device, base: VerdictBundle, verdictId: string): SignedPut => {
  const bundle: VerdictBundle = { ...base, verdictId };
  const body = JSON.stringify({ bundle, signature: signWith(device.key, canonicalBytes(bundle)), deviceId: device.deviceId, publicKey: device.publicKey });
  const path = bureauPaths.verdictVersion(verdictId, 1);
  const timestamp = new Date().toISOString();
  const nonce = newNonce();
  const bodySha256Hex = createHash('sha256').update(body).digest('hex');
  const signature = signWith(device.key, requestSigningStringOfDigest({ method: 'PUT', path, timestamp, nonce }, bodySha256Hex));
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

interface Answer {
  status: number;
  text: string;
}

/**
 * node:http on a kept-alive connection rather than fetch: in a profile of the clients, fetch (undici
 * and its web streams) took about a quarter of their CPU, on the two cores the bureau needs.
 */
const put = (bureau: BureauProcess, request: SignedPut, agent: Agent): Promise<Answer> =>
  new Promise<Answer>((resolve, reject) => {
    const outgoing = httpRequest(`${bureau.url}${request.path}`, {
      method: 'PUT',
      agent,
      headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) },
    });
    outgoing.on('error', reject);
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    outgoing.end(request.body);
  });

const enrollDevices = async (bureaus: BureauProcess[], dataDir: string, databaseUrl: string | undefined): Promise<Device[]> => {
  const context = await openBureauContext(dataDir, databaseUrl);
  const now = new Date();
  const codes: string[] = [];
  for (let i = 0; i < devices; i += 1) {
    const code = newEnrollmentCode();
    await context.repository.addEnrollmentCode(enrollmentCodeHash(code), null, now.toISOString(), new Date(now.getTime() + enrollmentCodeLifetimeMs).toISOString());
    codes.push(code);
  }
  await context.repository.close();
  const enrolled: Device[] = [];
  // One at a time: the bureau admits only a few enrollments from one address at once.
  for (const [i, code] of codes.entries()) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('base64');
    const response = await fetch(`${bureaus[i % bureaus.length]!.url}${bureauPaths.devices}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enrollmentCode: code, publicKey: raw, deviceName: `基准工作站 ${i + 1}` }),
    });
    if (response.status !== 201) throw new Error(`注册设备失败：${response.status} ${await response.text()}`);
    enrolled.push({ deviceId: enrollmentResponseSchema.parse(await response.json()).deviceId, key: privateKey, publicKey: raw });
  }
  return enrolled;
};

interface PhaseResult {
  /** verdictId → seq of every 201 answer. */
  acknowledged: Map<string, number>;
  failed: number;
  perSecond: number;
  p99Ms: number;
  /** CPU time the bureau processes spent per stored verdict: what a busy machine's contention does not inflate much. */
  cpuMsPerVerdict: number;
}

const bureauCpuMs = async (bureaus: BureauProcess[]): Promise<number> => (await Promise.all(bureaus.map((bureau) => bureau.cpuMs()))).reduce((a, b) => a + b, 0);

/** Each client sends to one process (client i to process i mod n), as a load balancer spreading workstations would. */
const runPhase = async (bureaus: BureauProcess[], clients: Device[], base: VerdictBundle, label: string): Promise<PhaseResult> => {
  const latencies: number[] = [];
  const acknowledged = new Map<string, number>();
  let failed = 0;
  const perClient = Math.min(maxPerClient, Math.ceil((presignedPerSecond * phaseMs) / 1000 / clients.length));
  const verdictIdOf = (c: number, i: number) => `V-bench-${label}-${c}-${i}`;
  const presigned = clients.map((device, c) => Array.from({ length: perClient }, (_, i) => signedPut(device, base, verdictIdOf(c, i))));
  const agents = clients.map(() => new Agent({ keepAlive: true, maxSockets: 1 }));
  const cpuBefore = await bureauCpuMs(bureaus);
  const start = performance.now();
  const deadline = start + phaseMs;
  await Promise.all(
    clients.map(async (device, c) => {
      const bureau = bureaus[c % bureaus.length]!;
      for (let i = 0; i < maxPerClient && performance.now() < deadline; i += 1) {
        const request = presigned[c]?.[i] ?? signedPut(device, base, verdictIdOf(c, i));
        const sent = performance.now();
        const answer = await put(bureau, request, agents[c]!);
        latencies.push(performance.now() - sent);
        if (answer.status === 201) acknowledged.set(verdictIdOf(c, i), putVerdictResponseSchema.parse(JSON.parse(answer.text)).receipt.seq);
        else failed += 1;
      }
    }),
  );
  const elapsedS = (performance.now() - start) / 1000;
  const cpuMsPerVerdict = ((await bureauCpuMs(bureaus)) - cpuBefore) / acknowledged.size;
  for (const agent of agents) agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    acknowledged,
    failed,
    perSecond: acknowledged.size / elapsedS,
    p99Ms: latencies[Math.ceil(latencies.length * 0.99) - 1] ?? Number.NaN,
    cpuMsPerVerdict,
  };
};

/** Each request of one device sent to the first process, then the very same bytes to the second. */
const replaysRefused = async (bureaus: BureauProcess[], device: Device, base: VerdictBundle): Promise<{ refused: number; tried: number }> => {
  const tried = 16;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let refused = 0;
  for (let i = 0; i < tried; i += 1) {
    const request = signedPut(device, base, `V-bench-replay-${i}`);
    await put(bureaus[0]!, request, agent);
    const replay = await put(bureaus[bureaus.length - 1]!, request, agent);
    if (replay.status === 401 && (JSON.parse(replay.text) as { error?: string }).error === 'nonce-replayed') refused += 1;
  }
  agent.destroy();
  return { refused, tried };
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
    processes: 2,
    url: url.toString(),
    drop: () => withClient(async (client) => void (await client.query(`DROP SCHEMA ${schema} CASCADE`))),
  };
};

/** What the store holds against what was acknowledged: a 201 without its row is lost; a row beyond the 201s is doubled. */
const audit = async (dataDir: string, databaseUrl: string | undefined, acknowledged: Map<string, number>) => {
  const context = await openBureauContext(dataDir, databaseUrl);
  try {
    const stored = (await context.repository.allVersions()).filter((v) => v.verdictId.startsWith('V-bench-') && !v.verdictId.startsWith('V-bench-replay-'));
    const seqs = new Map(stored.map((v) => [v.verdictId, v.receipt.seq]));
    const lost = [...acknowledged].filter(([verdictId, seq]) => seqs.get(verdictId) !== seq).length;
    return { lost, doubled: stored.length - (acknowledged.size - lost) };
  } finally {
    await context.repository.close();
  }
};

const measureOn = async (storage: Storage): Promise<BenchFigure[]> => {
  const dataDir = await fs.mkdtemp(join(tmpdir(), 'zz-bureau-bench-'));
  const databaseUrl = storage.name === 'postgres' ? storage.url : undefined;
  const load = loadavg()[0] ?? Number.NaN;
  const bureaus = await Promise.all(Array.from({ length: storage.processes }, () => startBureauProcess(dataDir, databaseUrl)));
  let results: { wide: PhaseResult; narrow: PhaseResult; replays: { refused: number; tried: number } };
  try {
    const enrolled = await enrollDevices(bureaus, dataDir, databaseUrl);
    const base = sampleBundle();
    results = {
      wide: await runPhase(bureaus, enrolled, base, 'wide'),
      narrow: await runPhase(bureaus, enrolled.slice(0, 4), base, 'narrow'),
      replays: await replaysRefused(bureaus, enrolled[0]!, base),
    };
  } finally {
    await Promise.all(bureaus.map((bureau) => bureau.stop()));
  }
  const acknowledged = new Map([...results.wide.acknowledged, ...results.narrow.acknowledged]);
  const { lost, doubled } = await audit(dataDir, databaseUrl, acknowledged);
  if (storage.name === 'postgres') await storage.drop();
  await fs.rm(dataDir, { recursive: true, force: true });
  const failed = results.wide.failed + results.narrow.failed;
  if (failed > 0) throw new Error(`局端基准有 ${failed} 个请求未得到 201`);
  const name = `bureau.ingest ${storage.name}${storage.processes > 1 ? ` (${storage.processes} processes)` : ''}`;
  const goals = storage.name === 'sqlite' ? { throughput: '≥ 600/s', p99: '≤ 150 ms' } : { throughput: '≥ 600/s together', p99: '≤ 200 ms' };
  return [
    { name: `${name} 1-minute load average when it started`, value: load, unit: '' },
    { name: `${name} 32 clients throughput`, value: results.wide.perSecond, unit: '/s', goal: goals.throughput },
    { name: `${name} 32 clients p99`, value: results.wide.p99Ms, unit: 'ms', goal: goals.p99 },
    { name: `${name} 32 clients bureau CPU per verdict`, value: results.wide.cpuMsPerVerdict, unit: 'ms' },
    { name: `${name} 4 clients throughput`, value: results.narrow.perSecond, unit: '/s' },
    { name: `${name} 4 clients p99`, value: results.narrow.p99Ms, unit: 'ms', ...(storage.name === 'sqlite' ? { goal: '≤ 20 ms' } : {}) },
    { name: `${name} acknowledged verdicts lost`, value: lost, unit: '', goal: '0' },
    { name: `${name} verdicts doubled`, value: doubled, unit: '', goal: '0' },
    ...(storage.processes > 1 ? [{ name: `${name} replays refused by the other process`, value: results.replays.refused, unit: `of ${results.replays.tried}`, goal: 'all' }] : []),
  ];
};

export const measure = async (): Promise<BenchFigure[]> => {
  const figures = await measureOn({ name: 'sqlite', processes: 1 });
  const databaseUrl = process.env.DATABASE_URL ?? process.env.ZZ_TEST_DATABASE_URL;
  if (databaseUrl) figures.push(...(await measureOn(await postgresStorage(databaseUrl))));
  else console.log('bureau.ingest postgres: skipped (DATABASE_URL not set)');
  return figures;
};
