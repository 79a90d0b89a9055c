import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { bytesToBase64 } from '../../shared/protocol/base64.js';
import { generateEd25519KeyPair } from '../../shared/protocol/ed25519.js';
import { type EnrollmentResponse, bureauPaths } from '../../shared/protocol/messages.js';
import { type SignRequestInput, signRequest } from '../../shared/protocol/request-signing.js';
import { type BureauContext, openBureauContext } from '../../bureau/bureau-context.js';
import { enrollmentCodeHash, enrollmentCodeLifetimeMs, newEnrollmentCode } from '../../bureau/enrollment-code.js';
import { type BureauServerOptions, type RunningBureau, startBureauServer } from '../../bureau/http/server.js';
import { nodeEd25519 } from '../../node/crypto/ed25519.js';

/** Where a suite keeps its data: SQLite in a temp folder, or a private schema of a PostgreSQL database. */
export type HarnessStorage = { kind: 'sqlite' } | { kind: 'postgres'; databaseUrl: string };

export interface TestDevice {
  deviceId: string;
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  json: unknown;
  bytes: Buffer;
}

export interface BureauHarness extends BureauContext {
  url: string;
  /** The PostgreSQL URL (with the suite's schema) a child process must use to see the same store. */
  databaseUrl: string | undefined;
  running: RunningBureau;
  newCode(): Promise<string>;
  enroll(name?: string): Promise<TestDevice>;
  send(request: { method: string; path: string; body?: unknown; headers?: Record<string, string> }): Promise<HttpAnswer>;
  /** A request signed by `device`; `sign` overrides what is signed (time, nonce) for the refusal tests. */
  signed(
    device: TestDevice,
    request: { method: string; path: string; body?: unknown },
    sign?: Partial<Pick<SignRequestInput, 'now' | 'nonce'>>,
  ): Promise<HttpAnswer>;
  close(): Promise<void>;
}

/** The PostgreSQL URL for the bureau suites, or undefined when none is configured here. */
export const testDatabaseUrl = (): string | undefined => process.env.ZZ_TEST_DATABASE_URL ?? process.env.DATABASE_URL;

/** Both stores, PostgreSQL as null where no database is configured, with the suffix a skipped suite names itself by. */
export const testStorages = (): { name: string; storage: HarnessStorage | null; skipNote: string }[] => {
  const databaseUrl = testDatabaseUrl();
  return [
    { name: 'SQLite', storage: { kind: 'sqlite' }, skipNote: '' },
    {
      name: 'PostgreSQL',
      storage: databaseUrl ? { kind: 'postgres', databaseUrl } : null,
      skipNote: databaseUrl ? '' : '（跳过：未设置 DATABASE_URL 或 ZZ_TEST_DATABASE_URL）',
    },
  ];
};

/** A schema of its own per suite, so suites can run in parallel on one database and leave nothing behind. */
export const privateSchema = async (databaseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> => {
  const schema = `bureau_test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
};

const answerOf = async (response: Response): Promise<HttpAnswer> => {
  const bytes = Buffer.from(await response.arrayBuffer());
  const isJson = response.headers.get('content-type')?.startsWith('application/json') ?? false;
  return { status: response.status, headers: response.headers, bytes, json: isJson ? JSON.parse(bytes.toString('utf8')) : null };
};

/** A data folder and a store of their own; `dispose` closes and removes both. */
export const openTestContext = async (
  storage: HarnessStorage,
): Promise<{ context: BureauContext; databaseUrl: string | undefined; dispose: () => Promise<void> }> => {
  const dataDir = await fs.mkdtemp(join(tmpdir(), 'zz-bureau-test-'));
  const schema = storage.kind === 'postgres' ? await privateSchema(storage.databaseUrl) : null;
  const context = await openBureauContext(dataDir, schema?.url);
  return {
    context,
    databaseUrl: schema?.url,
    dispose: async () => {
      await context.repository.close();
      await schema?.drop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
};

/** Starts a real bureau server on a free loopback port over the chosen storage; `server` overrides its limits. */
export const startHarness = async (
  storage: HarnessStorage,
  server: Pick<BureauServerOptions, 'admission' | 'enrollmentGuard'> = {},
): Promise<BureauHarness> => {
  const { context, databaseUrl, dispose } = await openTestContext(storage);
  const running = await startBureauServer({ ...context, ed: nodeEd25519, ...server }, 0);

  const send: BureauHarness['send'] = async ({ method, path, body, headers }) => {
    const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    return answerOf(
      await fetch(`${running.url}${path}`, {
        method,
        body: text,
        headers: { ...(text === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      }),
    );
  };

  const newCode = async () => {
    const code = newEnrollmentCode();
    const now = new Date();
    await context.repository.addEnrollmentCode(enrollmentCodeHash(code), null, now.toISOString(), new Date(now.getTime() + enrollmentCodeLifetimeMs).toISOString());
    return code;
  };

  return {
    ...context,
    url: running.url,
    databaseUrl,
    running,
    newCode,
    send,
    enroll: async (name = '测试工作站') => {
      const { secretKey, publicKey } = generateEd25519KeyPair();
      const answer = await send({
        method: 'POST',
        path: bureauPaths.devices,
        body: { enrollmentCode: await newCode(), publicKey: bytesToBase64(publicKey), deviceName: name },
      });
      if (answer.status !== 201) throw new Error(`注册设备失败：${answer.status} ${answer.bytes.toString()}`);
      return { deviceId: (answer.json as EnrollmentResponse).deviceId, secretKey, publicKey };
    },
    signed: (device, { method, path, body }, sign = {}) => {
      const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
      const headers = signRequest({ method, path, body: text, deviceId: device.deviceId, secretKey: device.secretKey, ...sign }, nodeEd25519);
      return send({ method, path, body: text, headers });
    },
    close: async () => {
      await running.close();
      await dispose();
    },
  };
};
