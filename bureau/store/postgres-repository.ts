import pg from 'pg';
import type { Receipt, UnsignedReceipt } from '../../shared/protocol/receipt.js';
import { migrations, migrationsTable } from './migrations.js';
import { type BureauRepository, type IncomingVersion, type StoreOutcome, outcomeAgainst } from './repository.js';
import {
  deviceFromRow,
  numberedPlaceholders,
  packageFromRow,
  packageValues,
  sql,
  versionFromRow,
  versionInsertValues,
} from './statements.js';

type Row = Record<string, unknown>;

/** Any fixed number: it only keeps two bureau processes from migrating the same database at once. */
const migrationLockId = 7_2026_0147;

const numbered = Object.fromEntries(Object.entries(sql).map(([name, text]) => [name, numberedPlaceholders(text)])) as Record<
  keyof typeof sql,
  string
>;

/**
 * The PostgreSQL store, for a bureau that already runs a database server. Each method is one
 * transaction on a pooled connection; concurrent identical PUTs meet at the primary key.
 */
export const openPostgresRepository = async (connectionString: string, poolSize = 16): Promise<BureauRepository> => {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // Nonces commit without waiting for the WAL flush, for the reason given in write-batcher.ts.
  const noncePool = new pg.Pool({ connectionString: withServerOption(connectionString, '-c synchronous_commit=off'), max: Math.max(2, poolSize / 4) });
  for (const p of [pool, noncePool]) p.on('error', (error) => console.error('PostgreSQL 连接出错：', error.message));

  const query = async (name: keyof typeof sql, values: unknown[] = [], client: pg.PoolClient | pg.Pool = pool) =>
    (await client.query(numbered[name], values)).rows as Row[];

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
      for (const statement of migration.statements) await client.query(statement);
      await query('recordMigration', [migration.version, new Date().toISOString()], client);
    }
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
    findDevice: async (deviceId) => {
      const [row] = await query('findDevice', [deviceId]);
      return row ? deviceFromRow(row) : null;
    },
    listDevices: async () => (await query('listDevices')).map(deviceFromRow),
    rememberNonce: async (deviceId, nonce, expiresAtMs, nowMs) =>
      (await noncePool.query(numbered.rememberNonce, [deviceId, nonce, expiresAtMs, nowMs])).rowCount === 1,
    purgeExpiredNonces: async (nowMs) => (await noncePool.query(numbered.purgeNonces, [nowMs])).rowCount ?? 0,
    storeVersion: async (version: IncomingVersion, receiptFor: (unsigned: UnsignedReceipt) => Receipt, receivedAt: string) => {
      const existing = await findVersion(version.verdictId, version.versionNo);
      if (existing) return outcomeAgainst(existing, version.sha256);
      const created = await inTransaction(async (client): Promise<StoreOutcome | null> => {
        const [counter] = await query('nextSeq', [], client);
        const receipt = receiptFor({
          verdictId: version.verdictId,
          versionNo: version.versionNo,
          sha256: version.sha256,
          receivedAt,
          seq: Number(counter?.value),
        });
        const inserted = await client.query(numbered.insertVersion, versionInsertValues({ ...version, receipt }, receivedAt));
        if (inserted.rowCount !== 1) throw new LostRace();
        return { kind: 'created', receipt };
      }).catch((error: unknown) => {
        if (error instanceof LostRace) return null;
        throw error;
      });
      if (created) return created;
      // Another request stored this id and version between our check and our insert; it committed first.
      const winner = await findVersion(version.verdictId, version.versionNo);
      if (!winner) throw new Error(`裁决 ${version.verdictId} 第 ${version.versionNo} 版写入冲突后未找到已存记录`);
      return outcomeAgainst(winner, version.sha256);
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

/** Rolls the storing transaction back (returning its seq) when the primary key was taken meanwhile. */
class LostRace extends Error {}
