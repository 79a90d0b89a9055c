import { createHash } from 'node:crypto';
import type { BackupOrigin, BackupSummary } from '../../../shared/api/calls/backup-calls.js';
import type { BackupDevice } from '../../../shared/backup/backup-file.js';
import { restoreRowCount, type RestoreRows } from '../../../shared/backup/backup-rows.js';
import { legacyRestoreRows } from '../../../shared/backup/legacy-backup.js';
import { base64ToBytes, bytesToBase64 } from '../../../shared/protocol/base64.js';
import type { ChainCheck } from '../meeting/audit-chain.js';
import type { RestorePlan } from './apply-restore.js';
import { readStoreContents } from './backup-contents.js';
import type { StagedArchive, StagedBackup } from './backup-reader.js';

/** A backup checked through and through, waiting to be written: its rows, and the material files staged beside it. */
export type PreparedRestore = { plan: RestorePlan; materials: StagedArchive['materials'] };

const fingerprintOf = (publicKey: string): string => createHash('sha256').update(base64ToBytes(publicKey)).digest('hex').slice(0, 16);

/** Whose backup this is: only a signature by this workstation's own device key makes it this device's. */
const originOf = (device: BackupDevice | null, ownPublicKey: Uint8Array | null): BackupOrigin => {
  if (device === null) return { kind: 'unsigned' };
  if (ownPublicKey !== null && device.publicKey === bytesToBase64(ownPublicKey)) return { kind: 'this-device' };
  return { kind: 'other-device', deviceId: device.deviceId, deviceName: device.deviceName, fingerprint: fingerprintOf(device.publicKey) };
};

const summaryOf = (head: Pick<BackupSummary, 'fileName' | 'createdAt' | 'appVersion' | 'origin'>, rows: RestoreRows, chain: ChainCheck | null): BackupSummary => ({
  ...head,
  meetings: rows.meetings.map(({ id, title }) => ({ id, title })),
  records: restoreRowCount(rows),
  pendingBundles: rows.outbox.filter((entry) => entry.status === 'pending' || entry.status === 'held').length,
  chain,
});

/** Reads and validates every record of a staged backup; nothing on the workstation changes here. */
export const prepareRestore = (staged: StagedBackup, fileName: string, ownPublicKey: Uint8Array | null): PreparedRestore => {
  if (staged.kind === 'legacy') {
    const { backup } = staged;
    const rows = legacyRestoreRows(backup);
    const origin: BackupOrigin = { kind: 'legacy', appVersion: backup.appVersion };
    return { plan: { rows, ledger: [], summary: summaryOf({ fileName, createdAt: backup.createdAt, appVersion: backup.appVersion, origin }, rows, null) }, materials: [] };
  }
  const { manifest } = staged;
  const { rows, ledger, chain } = readStoreContents(staged.storeFile, fileName);
  const origin = originOf(staged.signed ? manifest.device : null, ownPublicKey);
  return {
    plan: { rows, ledger, summary: summaryOf({ fileName, createdAt: manifest.createdAt, appVersion: manifest.appVersion, origin }, rows, chain) },
    materials: staged.materials,
  };
};

/** A backup restores without asking only when this workstation made it and its audit chain is whole. */
export const needsConfirmation = (summary: BackupSummary): boolean => summary.origin.kind !== 'this-device' || summary.chain?.intact === false;
