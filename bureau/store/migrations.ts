/**
 * The one schema history for SQLite and PostgreSQL: only types and syntax both accept (TEXT,
 * INTEGER/BIGINT, composite keys, ON CONFLICT). Append a migration; never edit an applied one.
 * Times are RFC 3339 text except nonce expiry, which is compared as epoch milliseconds.
 */
export interface Migration {
  version: number;
  statements: readonly string[];
  /** Statements for one database only, run after the common ones. */
  sqlite?: readonly string[];
  postgres?: readonly string[];
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE enrollment_codes (
        code_hash TEXT PRIMARY KEY,
        device_name TEXT,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT,
        device_id TEXT
      )`,
      `CREATE TABLE devices (
        device_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        public_key TEXT NOT NULL,
        enrolled_at TEXT NOT NULL
      )`,
      `CREATE TABLE nonces (
        device_id TEXT NOT NULL,
        nonce TEXT NOT NULL,
        expires_at BIGINT NOT NULL,
        PRIMARY KEY (device_id, nonce)
      )`,
      `CREATE INDEX nonces_by_expiry ON nonces (expires_at)`,
      // A counter row rather than AUTOINCREMENT/SERIAL, which differ between the two: drawn inside
      // the storing transaction, so a rolled-back attempt leaves no gap and seq follows commit order.
      `CREATE TABLE counters (
        name TEXT PRIMARY KEY,
        value BIGINT NOT NULL
      )`,
      `INSERT INTO counters (name, value) VALUES ('receipt_seq', 0)`,
      `CREATE TABLE verdict_versions (
        verdict_id TEXT NOT NULL,
        version_no INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        seq BIGINT NOT NULL UNIQUE,
        device_id TEXT NOT NULL,
        meeting_id TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        outcome TEXT NOT NULL,
        finalized_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        signed_bundle TEXT NOT NULL,
        receipt TEXT NOT NULL,
        PRIMARY KEY (verdict_id, version_no)
      )`,
      `CREATE TABLE packages (
        meeting_id TEXT PRIMARY KEY,
        package_id TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        bytes BIGINT NOT NULL,
        published_at TEXT NOT NULL
      )`,
    ],
  },
  {
    version: 2,
    statements: [
      // A revoked device keeps its row, so its verdicts still name it and its id is never reissued.
      `ALTER TABLE devices ADD COLUMN revoked_at TEXT`,
      `CREATE TABLE enrollment_failures (
        remote_address TEXT NOT NULL,
        attempted_at BIGINT NOT NULL
      )`,
      `CREATE INDEX enrollment_failures_by_address ON enrollment_failures (remote_address, attempted_at)`,
    ],
    // Several bureau processes store at once on PostgreSQL: a counter row would make each store wait
    // for the previous one's commit. A sequence hands out increasing numbers without a lock; a resend
    // or a lost race leaves a gap, which receipt numbers may have. SQLite has one writer at a time
    // anyway and keeps the gap-free counter row.
    postgres: [
      `CREATE SEQUENCE receipt_seq`,
      `SELECT setval('receipt_seq', GREATEST((SELECT value FROM counters WHERE name = 'receipt_seq'), 1),
        (SELECT value FROM counters WHERE name = 'receipt_seq') > 0)`,
      `DELETE FROM counters WHERE name = 'receipt_seq'`,
    ],
  },
];

/** The statements of `migration` for one database, in order. */
export const migrationStatements = (migration: Migration, dialect: 'sqlite' | 'postgres'): readonly string[] => [
  ...migration.statements,
  ...(migration[dialect] ?? []),
];

export const migrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  applied_at TEXT NOT NULL
)`;
