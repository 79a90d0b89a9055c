import pg from 'pg';
import type { Receipt, UnsignedReceipt } from '../../shared/protocol/receipt.js';
import { migrationStatements, migrations, migrationsTable } from './migrations.js';
import { CoalescedLookup } from './coalesced-lookup.js';
import { PostgresStoreBatcher } from './postgres-store-batcher.js';
import { type BureauRepository, type IncomingVersion, type NonceClaim, outcomeAgainst } from './repository.js';
import {
  deviceFromRow,
  failureSummaryFromRow,
  numberedPlaceholders,
  packageFromRow,
  packageValues,
  sql,
  versionFromRow,
} from './statements.js';

type Row = Record<string, unknown>;

/** `sql.findDevice` for the devices of all requests that arrive together (see coalesced-lookup.ts). */
const findDevices = 'SELECT device_id, name, public_key, enrolled_at, revoked_at FROM devices WHERE device_id = ANY($1::text[])';

/** Any fixed number: it only keeps two bureau processes from migrating the same database at once. */
const migrationLockId = 7_2026_0147;

const numbered = Object.fromEntries(Object.entries(sql).map(([name, text]) => [name, numberedPlaceholders(text)])) as Record<
  keyof typeof sql,
  string
>;

/**
 * The PostgreSQL store, for a bureau that already runs a database server, possibly several bureau
 * processes on one database: everything that must hold across processes (nonces, codes, versions)
 * is decided by a constraint in the database. Each method is one transaction on a pooled
 * connection, except that stores and device lookups arriving together share one (see
 * postgres-store-batcher.ts); concurrent PUTs of one version meet at the primary key, whichever
 * process they reach. Statements are named, so each connection has PostgreSQL parse and plan them
 * once, not per request.
 */
export const openPostgresRepository = async (connectionString: string, poolSize = 16): Promise<BureauRepository> => {
  // A few connections stay open however quiet it gets: opening one (a backend forked, SCRAM's
  // key stretching on both sides, every named statement parsed again) costs a burst of requests
  // after a pause far more than the wait for the commit does.
  const pool = new pg.Pool({ connectionString, max: poolSize, min: 4 });
  // Nonces of requests that store nothing commit without waiting for the WAL flush, for the reason
  // given in write-batcher.ts; a PUT spends its nonce in the commit of its verdict instead.
  const noncePool = new pg.Pool({ connectionString: withServerOption(connectionString, '-c synchronous_commit=off'), max: Math.max(2, poolSize / 2) });
  for (const p of [pool, noncePool]) p.on('error', (error) => console.error('PostgreSQL 连接出错：', error.message));

  const query = async (name: keyof typeof sql, values: unknown[] = [], client: pg.PoolClient | pg.Pool = pool) =>
    (await client.query({ name, text: numbered[name], values })).rows as Row[];

  const inTransaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  await inTransaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLockId]);
    await client.query(migrationsTable);
    const applied = new Set((await query('appliedMigrations', [], client)).map((r) => Number(r.version)));
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      for (const statement of migrationStatements(migration, 'postgres')) await client.query(statement);
      await query('recordMigration', [migration.version, new Date().toISOString()], client);
    }
  });

  const batcher = new PostgresStoreBatcher(pool);
  const devices = new CoalescedLookup(async (deviceIds) => {
    const rows = (await pool.query({ name: 'findDevices', text: findDevices, values: [deviceIds] })).rows as Row[];
    return new Map(rows.map((row) => [String(row.device_id), deviceFromRow(row)]));
  });

  const findVersion = async (verdictId: string, versionNo: number, client: pg.PoolClient | pg.Pool = pool) => {
    const [row] = await query('findVersion', [verdictId, versionNo], client);
    return row ? versionFromRow(row) : null;
  };

  return {
    dialect: 'postgres',
    addEnrollmentCode: async (codeHash, deviceName, createdAt, expiresAt) => {
      await query('addEnrollmentCode', [codeHash, deviceName, createdAt, expiresAt]);
    },
    redeemEnrollmentCode: (codeHash, device) =>
      inTransaction(async (client) => {
        const spent = await client.query(numbered.spendEnrollmentCode, [device.enrolledAt, device.deviceId, codeHash, device.enrolledAt]);
        if (spent.rowCount !== 1) return false;
        await query('insertDevice', [device.deviceId, device.name, device.publicKey, device.enrolledAt], client);
        return true;
      }),
    findDevice: (deviceId) => devices.load(deviceId),
    listDevices: async () => (await query('listDevices')).map(deviceFromRow),
    revokeDevice: async (deviceId, revokedAt) => (await pool.query(numbered.revokeDevice, [revokedAt, deviceId])).rowCount === 1,
    recordEnrollmentFailure: async (remoteAddress, atMs, sinceMs) => {
      await noncePool.query(numbered.recordEnrollmentFailure, [remoteAddress, atMs]);
      return Number((await query('countEnrollmentFailures', [remoteAddress, sinceMs], noncePool))[0]?.n);
    },
    countEnrollmentFailures: async (remoteAddress, sinceMs) => Number((await query('countEnrollmentFailures', [remoteAddress, sinceMs]))[0]?.n),
    enrollmentFailureSummary: async (sinceMs) => (await query('enrollmentFailureSummary', [sinceMs])).map(failureSummaryFromRow),
    purgeEnrollmentFailures: async (beforeMs) => (await noncePool.query(numbered.purgeEnrollmentFailures, [beforeMs])).rowCount ?? 0,
    rememberNonce: async (deviceId, nonce, expiresAtMs, nowMs) =>
      (await noncePool.query({ name: 'rememberNonce', text: numbered.rememberNonce, values: [deviceId, nonce, expiresAtMs, nowMs] })).rowCount === 1,
    purgeExpiredNonces: async (nowMs) => (await noncePool.query(numbered.purgeNonces, [nowMs])).rowCount ?? 0,
    // Batched with the stores of concurrent requests: see postgres-store-batcher.ts. A version
    // someone stored first (a resend, a lost race) is compared with the stored row.
    storeVersion: async (version: IncomingVersion, receiptFor: (unsigned: UnsignedReceipt) => Receipt, receivedAt: string, nonce?: NonceClaim) => {
      const outcome = await batcher.store(version, receiptFor, receivedAt, nonce);
      if (outcome.kind !== 'taken') return outcome;
      const stored = await findVersion(version.verdictId, version.versionNo);
      if (!stored) throw new Error(`裁决 ${version.verdictId} 第 ${version.versionNo} 版写入冲突后未找到已存记录`);
      return outcomeAgainst(stored, version);
    },
    findVersion: (verdictId, versionNo) => findVersion(verdictId, versionNo),
    listVersions: async (verdictId) => (await query('listVersions', [verdictId])).map(versionFromRow),
    allVersions: async () => (await query('allVersions')).map(versionFromRow),
    countVersions: async () => Number((await query('countVersions'))[0]?.n),
    publishPackage: async (record) => {
      await query('publishPackage', packageValues(record));
    },
    findPackage: async (meetingId) => {
      const [row] = await query('findPackage', [meetingId]);
      return row ? packageFromRow(row) : null;
    },
    close: async () => {
      await Promise.all([pool.end(), noncePool.end()]);
    },
  };
};

/** Adds a server setting to the URL's `options`, keeping any already there (such as a search_path). */
const withServerOption = (connectionString: string, option: string): string => {
  const url = new URL(connectionString);
  url.searchParams.set('options', [url.searchParams.get('options'), option].filter(Boolean).join(' '));
  return url.toString();
};
