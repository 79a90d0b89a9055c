import type { Receipt } from '../../shared/protocol/receipt.js';
import type { EnrolledDevice, EnrollmentFailureSummary, PublishedPackage, StoredVersion } from './repository.js';

/**
 * Statements both databases run, with `?` placeholders (PostgreSQL's driver gets them numbered by
 * `numberedPlaceholders`). Keeping them in one place keeps the two repositories from drifting.
 */
export const sql = {
  appliedMigrations: 'SELECT version FROM schema_migrations',
  recordMigration: 'INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)',
  addEnrollmentCode: 'INSERT INTO enrollment_codes (code_hash, device_name, created_at, expires_at) VALUES (?, ?, ?, ?)',
  spendEnrollmentCode:
    'UPDATE enrollment_codes SET used_at = ?, device_id = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?',
  insertDevice: 'INSERT INTO devices (device_id, name, public_key, enrolled_at) VALUES (?, ?, ?, ?)',
  findDevice: 'SELECT device_id, name, public_key, enrolled_at, revoked_at FROM devices WHERE device_id = ?',
  listDevices: 'SELECT device_id, name, public_key, enrolled_at, revoked_at FROM devices ORDER BY enrolled_at, device_id',
  revokeDevice: 'UPDATE devices SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL',
  recordEnrollmentFailure: 'INSERT INTO enrollment_failures (remote_address, attempted_at) VALUES (?, ?)',
  countEnrollmentFailures: 'SELECT COUNT(*) AS n FROM enrollment_failures WHERE remote_address = ? AND attempted_at >= ?',
  enrollmentFailureSummary: `SELECT remote_address, COUNT(*) AS n, MAX(attempted_at) AS last_at FROM enrollment_failures
    WHERE attempted_at >= ? GROUP BY remote_address ORDER BY MAX(attempted_at) DESC`,
  purgeEnrollmentFailures: 'DELETE FROM enrollment_failures WHERE attempted_at < ?',
  // An expired nonce may be reused; a live one may not. One statement, so it is atomic on both.
  rememberNonce: `INSERT INTO nonces (device_id, nonce, expires_at) VALUES (?, ?, ?)
    ON CONFLICT (device_id, nonce) DO UPDATE SET expires_at = excluded.expires_at WHERE nonces.expires_at < ?`,
  purgeNonces: 'DELETE FROM nonces WHERE expires_at < ?',
  // SQLite only: PostgreSQL draws from a sequence (migration 2).
  nextSeq: "UPDATE counters SET value = value + 1 WHERE name = 'receipt_seq' RETURNING value",
  insertVersion: `INSERT INTO verdict_versions (verdict_id, version_no, sha256, seq, device_id, meeting_id, submission_id,
      outcome, finalized_at, received_at, signed_bundle, receipt)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (verdict_id, version_no) DO NOTHING`,
  findVersion: 'SELECT * FROM verdict_versions WHERE verdict_id = ? AND version_no = ?',
  listVersions: 'SELECT * FROM verdict_versions WHERE verdict_id = ? ORDER BY version_no',
  allVersions: 'SELECT * FROM verdict_versions ORDER BY seq',
  countVersions: 'SELECT COUNT(*) AS n FROM verdict_versions',
  publishPackage: `INSERT INTO packages (meeting_id, package_id, sha256, bytes, published_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (meeting_id) DO UPDATE SET package_id = excluded.package_id, sha256 = excluded.sha256,
      bytes = excluded.bytes, published_at = excluded.published_at`,
  findPackage: 'SELECT meeting_id, package_id, sha256, bytes, published_at FROM packages WHERE meeting_id = ?',
} as const;

/** `?` → `$1, $2, …` for node-postgres; our statements have no `?` inside string literals. */
export const numberedPlaceholders = (text: string): string => {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
};

// Row shapes as the drivers return them; node-postgres returns BIGINT as a string, hence the Number().
type Row = Record<string, unknown>;

export const deviceFromRow = (row: Row): EnrolledDevice => ({
  deviceId: String(row.device_id),
  name: String(row.name),
  publicKey: String(row.public_key),
  enrolledAt: String(row.enrolled_at),
  revokedAt: row.revoked_at === null || row.revoked_at === undefined ? null : String(row.revoked_at),
});

export const failureSummaryFromRow = (row: Row): EnrollmentFailureSummary => ({
  remoteAddress: String(row.remote_address),
  failures: Number(row.n),
  lastAtMs: Number(row.last_at),
});

export const versionFromRow = (row: Row): StoredVersion => ({
  verdictId: String(row.verdict_id),
  versionNo: Number(row.version_no),
  sha256: String(row.sha256),
  deviceId: String(row.device_id),
  meetingId: String(row.meeting_id),
  submissionId: String(row.submission_id),
  outcome: String(row.outcome),
  finalizedAt: String(row.finalized_at),
  signedBundle: String(row.signed_bundle),
  receipt: JSON.parse(String(row.receipt)) as Receipt,
});

export const packageFromRow = (row: Row): PublishedPackage => ({
  meetingId: String(row.meeting_id),
  packageId: String(row.package_id),
  sha256: String(row.sha256),
  bytes: Number(row.bytes),
  publishedAt: String(row.published_at),
});

/** The row values of `sql.insertVersion`, in order. */
export const versionInsertValues = (version: StoredVersion, receivedAt: string): unknown[] => [
  version.verdictId,
  version.versionNo,
  version.sha256,
  version.receipt.seq,
  version.deviceId,
  version.meetingId,
  version.submissionId,
  version.outcome,
  version.finalizedAt,
  receivedAt,
  version.signedBundle,
  JSON.stringify(version.receipt),
];

export const packageValues = (p: PublishedPackage): unknown[] => [p.meetingId, p.packageId, p.sha256, p.bytes, p.publishedAt];
