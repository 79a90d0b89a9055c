/**
 * The meeting store's schema history. Append a migration; never edit one that has shipped: a
 * workstation's file records how far it has come in `PRAGMA user_version`.
 *
 * Every record of a meeting is kept whole as JSON in `body`, validated by the model's zod schema on
 * every write; the columns beside it exist only to find rows.
 */
const scopedTable = (name: string) => [
  `CREATE TABLE ${name} (
    meeting_id TEXT NOT NULL,
    id TEXT NOT NULL,
    submission_id TEXT,
    expert_id TEXT,
    body TEXT NOT NULL,
    PRIMARY KEY (meeting_id, id)
  ) STRICT`,
  `CREATE INDEX ${name}_by_submission ON ${name} (meeting_id, submission_id, expert_id)`,
];

export const meetingMigrations: readonly (readonly string[])[] = [
  [
    `CREATE TABLE meetings (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT`,
    ...scopedTable('experts'),
    ...scopedTable('submissions'),
    ...scopedTable('materials'),
    ...scopedTable('score_sheets'),
    ...scopedTable('comments'),
    ...scopedTable('pledges'),
    ...scopedTable('recusals'),
    ...scopedTable('verdicts'),
    `CREATE TABLE outbox (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL,
      verdict_id TEXT NOT NULL,
      version_no INTEGER NOT NULL,
      body TEXT NOT NULL,
      UNIQUE (verdict_id, version_no)
    ) STRICT`,
    // Append-only: each entry's hash covers the previous entry's hash, so removing or editing one breaks the chain.
    `CREATE TABLE audit_log (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      meeting_id TEXT NOT NULL,
      submission_id TEXT,
      body TEXT NOT NULL,
      previous_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    ) STRICT`,
    `CREATE INDEX audit_log_by_meeting ON audit_log (meeting_id, seq)`,
    `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`,
    `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`,
    // What the device key has signed: one digest per verdict version, never another.
    `CREATE TABLE signing_ledger (
      verdict_id TEXT NOT NULL,
      version_no INTEGER NOT NULL,
      bundle_digest TEXT NOT NULL,
      signed_at TEXT NOT NULL,
      PRIMARY KEY (verdict_id, version_no)
    ) STRICT`,
    `CREATE TRIGGER signing_ledger_no_update BEFORE UPDATE ON signing_ledger BEGIN SELECT RAISE(ABORT, 'signing ledger is append-only'); END`,
    `CREATE TRIGGER signing_ledger_no_delete BEFORE DELETE ON signing_ledger BEGIN SELECT RAISE(ABORT, 'signing ledger is append-only'); END`,
    // Wrong PINs per expert, kept here so neither a reload nor a second client resets a lockout.
    `CREATE TABLE pin_attempts (
      meeting_id TEXT NOT NULL,
      expert_id TEXT NOT NULL,
      failures INTEGER NOT NULL,
      locked_until INTEGER NOT NULL,
      PRIMARY KEY (meeting_id, expert_id)
    ) STRICT`,
  ],
  [
    // Operations a device named, with what they returned: a resent operation gets the same answer and writes nothing.
    `CREATE TABLE operations (
      key TEXT PRIMARY KEY,
      result TEXT NOT NULL,
      done_at TEXT NOT NULL
    ) STRICT`,
  ],
  // The compliance pre-check's last report per submission (issue 14): suggestions beside 合规性, never part of a score.
  [...scopedTable('compliance_reports')],
  [
    // The hub the secretary started and has not stopped: a workstation killed and started again takes it up at the same address with the same meeting code.
    `CREATE TABLE hub_run (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      meeting_id TEXT NOT NULL,
      address TEXT NOT NULL,
      port INTEGER NOT NULL,
      https INTEGER NOT NULL,
      meeting_code TEXT NOT NULL,
      started_at TEXT NOT NULL
    ) STRICT`,
    // The devices' sessions of that run, found by the SHA-256 of the cookie's credential: the file never holds a credential a thief could send.
    `CREATE TABLE hub_sessions (
      credential_hash TEXT PRIMARY KEY,
      session_id TEXT NOT NULL UNIQUE,
      meeting_id TEXT NOT NULL,
      expert_id TEXT NOT NULL,
      address TEXT NOT NULL,
      admitted INTEGER NOT NULL,
      revoked INTEGER NOT NULL,
      joined_at TEXT NOT NULL
    ) STRICT`,
  ],
];
