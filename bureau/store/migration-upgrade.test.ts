import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { privateSchema, testStorages } from '../../test/support/bureau-harness.js';
import { migrations, migrationsTable } from './migrations.js';
import { openRepository } from './open-repository.js';
import { sqliteFileName } from './sqlite-repository.js';

const firstMigration = migrations.find((m) => m.version === 1)!;
const version1Statements = [
  migrationsTable,
  ...firstMigration.statements,
  `INSERT INTO schema_migrations (version, applied_at) VALUES (1, '2026-11-01T00:00:00.000Z')`,
  `UPDATE counters SET value = 41 WHERE name = 'receipt_seq'`,
  `INSERT INTO devices (device_id, name, public_key, enrolled_at) VALUES ('D-old', '旧工作站', '${'A'.repeat(43)}=', '2026-11-01T00:00:00.000Z')`,
];

const version = {
  verdictId: 'V-after-upgrade',
  versionNo: 1,
  sha256: 'ab'.repeat(32),
  deviceId: 'D-old',
  meetingId: 'M-1',
  submissionId: 'S01',
  outcome: 'pass',
  finalizedAt: '2026-11-28T08:00:00.000Z',
  signedBundle: '{}',
};

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A store as the first release left it: migration 1 applied, forty-one receipts given, one device. */
const version1Store = async (storage: NonNullable<ReturnType<typeof testStorages>[number]['storage']>) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'zz-bureau-upgrade-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  if (storage.kind === 'sqlite') {
    const db = new Database(join(dataDir, sqliteFileName));
    for (const statement of version1Statements) db.exec(statement);
    db.close();
    return { dataDir, url: undefined };
  }
  const schema = await privateSchema(storage.databaseUrl);
  cleanups.push(schema.drop);
  const client = new pg.Client({ connectionString: schema.url });
  await client.connect();
  for (const statement of version1Statements) await client.query(statement);
  await client.end();
  return { dataDir, url: schema.url };
};

for (const { name, storage, skipNote } of testStorages()) {
  describe.skipIf(storage === null)(`upgrading a version-1 bureau store on ${name}${skipNote}`, () => {
    it('keeps its devices (not revoked) and continues receipt numbers after the last one given', async () => {
      const { dataDir, url } = await version1Store(storage!);
      const repository = await openRepository(dataDir, url);
      cleanups.unshift(() => repository.close());
      expect(await repository.findDevice('D-old')).toMatchObject({ deviceId: 'D-old', revokedAt: null });
      const outcome = await repository.storeVersion(version, (unsigned) => ({ ...unsigned, signature: 'x' }), '2026-11-28T09:00:00.000Z');
      expect(outcome).toMatchObject({ kind: 'created', receipt: { seq: 42 } });
      const next = await repository.storeVersion({ ...version, verdictId: 'V-next' }, (unsigned) => ({ ...unsigned, signature: 'x' }), '2026-11-28T09:00:01.000Z');
      expect(next).toMatchObject({ kind: 'created', receipt: { seq: 43 } });
    });
  });
}
