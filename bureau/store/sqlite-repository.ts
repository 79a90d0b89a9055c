import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Receipt, UnsignedReceipt } from '../../shared/protocol/receipt.js';
import { migrationStatements, migrations, migrationsTable } from './migrations.js';
import {
  type BureauRepository,
  type EnrolledDevice,
  type IncomingVersion,
  type NonceClaim,
  type PublishedPackage,
  type StoreOutcome,
  outcomeAgainst,
} from './repository.js';
import { deviceFromRow, failureSummaryFromRow, packageFromRow, packageValues, sql, versionFromRow, versionInsertValues } from './statements.js';
import { WalSync, syncDirectory } from './wal-sync.js';
import { WriteBatcher } from './write-batcher.js';

type Row = Record<string, unknown>;

export const sqliteFileName = 'bureau.sqlite3';

/**
 * The embedded store. WAL lets readers run beside the writer. A receipt promises the verdict is
 * kept, so a durable write settles only once the WAL is flushed past its commit, as with
 * `synchronous=FULL`; `WriteBatcher` and `WalSync` share that flush among concurrent requests and
 * keep it off the event loop, which is why the connection itself runs with NORMAL. A reader
 * (another request's lookup, `GET /v1/verdicts/{id}`) may see a commit a few milliseconds before
 * its flush ends; every answer that acknowledges a store waits for it.
 */
export const openSqliteRepository = (dataDir: string): BureauRepository => {
  const path = join(dataDir, sqliteFileName);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  // The WAL file exists from here on (migrate read the database); its name must outlast a power cut too.
  syncDirectory(dataDir);

  const batcher = new WriteBatcher(db, new WalSync(`${path}-wal`));
  const statement = (text: string) => db.prepare(text);
  const s = Object.fromEntries(Object.entries(sql).map(([name, text]) => [name, statement(text)])) as Record<
    keyof typeof sql,
    Database.Statement
  >;

  return {
    dialect: 'sqlite',
    addEnrollmentCode: (codeHash, deviceName, createdAt, expiresAt) =>
      batcher.write(() => {
        s.addEnrollmentCode.run(codeHash, deviceName, createdAt, expiresAt);
      }),
    redeemEnrollmentCode: (codeHash, device: EnrolledDevice) =>
      batcher.write(() => {
        if (s.spendEnrollmentCode.run(device.enrolledAt, device.deviceId, codeHash, device.enrolledAt).changes !== 1) return false;
        s.insertDevice.run(device.deviceId, device.name, device.publicKey, device.enrolledAt);
        return true;
      }),
    findDevice: async (deviceId) => {
      const row = s.findDevice.get(deviceId) as Row | undefined;
      return row ? deviceFromRow(row) : null;
    },
    listDevices: async () => (s.listDevices.all() as Row[]).map(deviceFromRow),
    revokeDevice: (deviceId, revokedAt) => batcher.write(() => s.revokeDevice.run(revokedAt, deviceId).changes === 1),
    recordEnrollmentFailure: (remoteAddress, atMs, sinceMs) =>
      batcher.write(() => {
        s.recordEnrollmentFailure.run(remoteAddress, atMs);
        return Number((s.countEnrollmentFailures.get(remoteAddress, sinceMs) as Row).n);
      }, { durable: false }),
    countEnrollmentFailures: async (remoteAddress, sinceMs) => Number((s.countEnrollmentFailures.get(remoteAddress, sinceMs) as Row).n),
    enrollmentFailureSummary: async (sinceMs) => (s.enrollmentFailureSummary.all(sinceMs) as Row[]).map(failureSummaryFromRow),
    purgeEnrollmentFailures: (beforeMs) => batcher.write(() => s.purgeEnrollmentFailures.run(beforeMs).changes, { durable: false }),
    rememberNonce: (deviceId, nonce, expiresAtMs, nowMs) =>
      batcher.write(() => s.rememberNonce.run(deviceId, nonce, expiresAtMs, nowMs).changes === 1, { durable: false }),
    purgeExpiredNonces: (nowMs) => batcher.write(() => s.purgeNonces.run(nowMs).changes, { durable: false }),
    storeVersion: (version: IncomingVersion, receiptFor: (unsigned: UnsignedReceipt) => Receipt, receivedAt: string, nonce?: NonceClaim) =>
      batcher.write((): StoreOutcome => {
        if (nonce && s.rememberNonce.run(nonce.deviceId, nonce.nonce, nonce.expiresAtMs, nonce.nowMs).changes !== 1) return { kind: 'replayed' };
        const existing = s.findVersion.get(version.verdictId, version.versionNo) as Row | undefined;
        if (existing) return outcomeAgainst(versionFromRow(existing), version);
        const { value } = s.nextSeq.get() as { value: number };
        const receipt = receiptFor({ verdictId: version.verdictId, versionNo: version.versionNo, sha256: version.sha256, receivedAt, seq: value });
        s.insertVersion.run(...versionInsertValues({ ...version, receipt }, receivedAt));
        return { kind: 'created', receipt };
      }),
    findVersion: async (verdictId, versionNo) => {
      const row = s.findVersion.get(verdictId, versionNo) as Row | undefined;
      return row ? versionFromRow(row) : null;
    },
    listVersions: async (verdictId) => (s.listVersions.all(verdictId) as Row[]).map(versionFromRow),
    allVersions: async () => (s.allVersions.all() as Row[]).map(versionFromRow),
    countVersions: async () => Number((s.countVersions.get() as Row).n),
    publishPackage: (record: PublishedPackage) =>
      batcher.write(() => {
        s.publishPackage.run(...packageValues(record));
      }),
    findPackage: async (meetingId) => {
      const row = s.findPackage.get(meetingId) as Row | undefined;
      return row ? packageFromRow(row) : null;
    },
    close: async () => {
      await batcher.write(() => undefined);
      db.close();
    },
  };
};

const migrate = (db: Database.Database): void => {
  db.exec(migrationsTable);
  const applied = new Set((db.prepare(sql.appliedMigrations).all() as { version: number }[]).map((r) => r.version));
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      for (const statement of migrationStatements(migration, 'sqlite')) db.exec(statement);
      db.prepare(sql.recordMigration).run(migration.version, new Date().toISOString());
    }).immediate();
  }
};
