import type { Receipt, UnsignedReceipt } from '../../shared/protocol/receipt.js';

export interface EnrolledDevice {
  deviceId: string;
  name: string;
  /** Base64 of the raw 32-byte Ed25519 key. */
  publicKey: string;
  enrolledAt: string;
  /** When an administrator revoked it (`devices revoke`); its requests are refused from then on. */
  revokedAt: string | null;
}

/** Failed enrollment attempts from one address, for `devices list`. */
export interface EnrollmentFailureSummary {
  remoteAddress: string;
  failures: number;
  lastAtMs: number;
}

/** One verdict version ready to store: validated, its signature checked, its digest computed. */
export interface IncomingVersion {
  verdictId: string;
  versionNo: number;
  sha256: string;
  deviceId: string;
  meetingId: string;
  submissionId: string;
  outcome: string;
  finalizedAt: string;
  /** JSON of the signed bundle as validated, kept for `GET /v1/verdicts/{id}` and re-verification. */
  signedBundle: string;
}

export interface StoredVersion extends IncomingVersion {
  receipt: Receipt;
}

/**
 * `created`: stored now under a new seq. `identical`: this digest was stored before, here is its
 * receipt. `conflict`: other content already holds this verdict id and version. `foreign`: another
 * device stored this version first, and with it owns the verdict. `replayed`: the request's nonce
 * was used before, so nothing was looked at.
 */
export type StoreOutcome =
  | { kind: 'created'; receipt: Receipt }
  | { kind: 'identical'; receipt: Receipt }
  | { kind: 'conflict'; storedSha256: string }
  | { kind: 'foreign'; ownerDeviceId: string }
  | { kind: 'replayed' };

/** A request nonce to record (see `rememberNonce`) in the same unit of work as what the request stores. */
export interface NonceClaim {
  deviceId: string;
  nonce: string;
  expiresAtMs: number;
  nowMs: number;
}

export interface PublishedPackage {
  meetingId: string;
  packageId: string;
  sha256: string;
  bytes: number;
  publishedAt: string;
}

/**
 * Everything the bureau keeps, as whole units of work: each method is atomic on its own, so the
 * HTTP layer never holds a transaction open across an await. SQLite and PostgreSQL implement it
 * with the same migrations and statements.
 */
export interface BureauRepository {
  readonly dialect: 'sqlite' | 'postgres';
  addEnrollmentCode(codeHash: string, deviceName: string | null, createdAt: string, expiresAt: string): Promise<void>;
  /** Spends the code and enrolls the device in one transaction; false when the code is unknown, used or expired. */
  redeemEnrollmentCode(codeHash: string, device: EnrolledDevice): Promise<boolean>;
  findDevice(deviceId: string): Promise<EnrolledDevice | null>;
  listDevices(): Promise<EnrolledDevice[]>;
  /** Marks the device revoked; false when it is unknown or was revoked before. */
  revokeDevice(deviceId: string, revokedAt: string): Promise<boolean>;
  /** Counts a failed enrollment attempt from `remoteAddress`; returns its failures since `sinceMs`, this one included. */
  recordEnrollmentFailure(remoteAddress: string, atMs: number, sinceMs: number): Promise<number>;
  countEnrollmentFailures(remoteAddress: string, sinceMs: number): Promise<number>;
  enrollmentFailureSummary(sinceMs: number): Promise<EnrollmentFailureSummary[]>;
  purgeEnrollmentFailures(beforeMs: number): Promise<number>;
  /** Records a request nonce until `expiresAtMs`; false when the device used it before and it has not expired. */
  rememberNonce(deviceId: string, nonce: string, expiresAtMs: number, nowMs: number): Promise<boolean>;
  purgeExpiredNonces(nowMs: number): Promise<number>;
  /**
   * Stores a version unless its id and number are taken. `receiptFor` signs the receipt inside the
   * transaction once the seq is drawn, so the receipt exists exactly when the row does. With a
   * `nonce`, spends it first in the same unit of work (one commit fewer per PUT) and stores nothing
   * when it was spent before.
   */
  storeVersion(
    version: IncomingVersion,
    receiptFor: (unsigned: UnsignedReceipt) => Receipt,
    receivedAt: string,
    nonce?: NonceClaim,
  ): Promise<StoreOutcome>;
  findVersion(verdictId: string, versionNo: number): Promise<StoredVersion | null>;
  listVersions(verdictId: string): Promise<StoredVersion[]>;
  /** Every stored version in receipt order. */
  allVersions(): Promise<StoredVersion[]>;
  countVersions(): Promise<number>;
  publishPackage(record: PublishedPackage): Promise<void>;
  findPackage(meetingId: string): Promise<PublishedPackage | null>;
  close(): Promise<void>;
}

/** What a store attempt means once a row for the same id and version already exists. */
export const outcomeAgainst = (stored: StoredVersion, incoming: Pick<IncomingVersion, 'sha256' | 'deviceId'>): StoreOutcome => {
  if (stored.deviceId !== incoming.deviceId) return { kind: 'foreign', ownerDeviceId: stored.deviceId };
  return stored.sha256 === incoming.sha256 ? { kind: 'identical', receipt: stored.receipt } : { kind: 'conflict', storedSha256: stored.sha256 };
};
