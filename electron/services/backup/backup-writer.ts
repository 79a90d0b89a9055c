import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Database from 'better-sqlite3';
import yazl from 'yazl';
import { HostFailure } from '../../../shared/api/result.js';
import { backupEntryNames, materialEntryName, type BackupDevice, type BackupManifest, type BackupSignature, type SealedDevice } from '../../../shared/backup/backup-file.js';
import { bytesToBase64 } from '../../../shared/protocol/base64.js';
import { nodeEd25519 } from '../../../node/crypto/ed25519.js';
import { syncPath } from '../package/durable-fs.js';
import type { MaterialStore } from '../package/material-store.js';
import type { MeetingStore } from '../meeting/meeting-store.js';
import type { DeviceKeyPair } from '../sync/device-key.js';

/** The device key that signs, with the bureau's name for the device once enrolled; null before the workstation has a key. */
export type BackupSigner = { key: DeviceKeyPair; deviceId: string | null; deviceName: string | null } | null;

export type WriteBackupOptions = {
  store: MeetingStore;
  materials: MaterialStore;
  /** An empty private folder for the store's copy; the caller removes it. */
  workDir: string;
  target: string;
  appVersion: string;
  createdAt: string;
  signer: BackupSigner;
  /** The signer's key and enrollment sealed with the secretary's passphrase; null to leave them out. */
  device: SealedDevice | null;
};

export type WrittenBackup = { bytes: number; signed: boolean; meetings: number; materials: number; missingMaterials: number };

/** Local-time fields of a constant date, as in the package writer: only the content differs between two backups. */
const entryOptions = { mtime: new Date(2026, 0, 1), mode: 0o100644, forceDosTimestamp: true };

type Snapshot = { schemaVersion: number; meetings: number; materials: { sha256: string; bytes: number }[] };

/**
 * What the copy holds, read from the copy itself so the manifest describes exactly what is packed;
 * it is also switched out of WAL so the one file is the whole database.
 */
const readSnapshot = (path: string): Snapshot => {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = DELETE');
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const meetings = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM meetings').get()?.n ?? 0;
    const materials = new Map<string, number>();
    for (const row of db.prepare<[], { body: string }>('SELECT body FROM materials').iterate()) {
      const { sha256, bytes } = JSON.parse(row.body) as { sha256: string; bytes: number };
      materials.set(sha256, bytes);
    }
    return { schemaVersion, meetings, materials: [...materials].map(([sha256, bytes]) => ({ sha256, bytes })).sort((a, b) => a.sha256.localeCompare(b.sha256)) };
  } finally {
    db.close();
  }
};

const hashFile = async (path: string): Promise<string> => {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
};

const sizeOf = async (path: string): Promise<number | null> => {
  try {
    return (await stat(path)).size;
  } catch {
    return null;
  }
};

/**
 * A material's content on its way into the archive, hashed as it passes: a blob damaged on disk fails
 * the backup instead of spoiling it. A read error goes to `fail` (yazl does not watch lazy streams).
 */
const hashedRead = (path: string, expected: string, damaged: string[], fail: (error: Error) => void): Readable => {
  const hash = createHash('sha256');
  const check = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      if (hash.digest('hex') !== expected) damaged.push(expected);
      callback();
    },
  });
  return createReadStream(path).on('error', fail).pipe(check);
};

const deviceOf = (signer: BackupSigner): BackupDevice | null =>
  signer && { publicKey: bytesToBase64(signer.key.publicKey), deviceId: signer.deviceId, deviceName: signer.deviceName };

/**
 * Writes a `.zzbackup` of the open store and the material content it refers to. The store is copied
 * with SQLite's online backup, so meetings go on being saved meanwhile and the copy is one consistent
 * moment. The archive is written beside the target and renamed over it once on disk.
 */
export const writeBackup = async (options: WriteBackupOptions): Promise<WrittenBackup> => {
  const storeCopy = join(options.workDir, backupEntryNames.store);
  await options.store.database.backup(storeCopy);
  const snapshot = readSnapshot(storeCopy);
  const storeBytes = (await stat(storeCopy)).size;

  const packed: { sha256: string; bytes: number }[] = [];
  for (const material of snapshot.materials) {
    const bytes = await sizeOf(options.materials.blobPath(material.sha256));
    if (bytes !== null) packed.push({ sha256: material.sha256, bytes });
  }
  const manifest: BackupManifest = {
    format: 'zzbackup',
    version: 2,
    createdAt: options.createdAt,
    appVersion: options.appVersion,
    device: deviceOf(options.signer),
    store: { schemaVersion: snapshot.schemaVersion, bytes: storeBytes, sha256: await hashFile(storeCopy) },
    materials: packed,
  };
  const deviceBytes = options.device && Buffer.from(`${JSON.stringify(options.device, null, 2)}\n`, 'utf8');
  if (deviceBytes) manifest.deviceFile = { bytes: deviceBytes.length, sha256: createHash('sha256').update(deviceBytes).digest('hex') };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');

  const zip = new yazl.ZipFile();
  zip.addBuffer(manifestBytes, backupEntryNames.manifest, entryOptions);
  if (options.signer) {
    const signature: BackupSignature = { alg: 'Ed25519', signature: bytesToBase64(nodeEd25519.sign(manifestBytes, options.signer.key.secretKey)) };
    zip.addBuffer(Buffer.from(JSON.stringify(signature), 'utf8'), backupEntryNames.signature, entryOptions);
  }
  if (deviceBytes) zip.addBuffer(deviceBytes, backupEntryNames.device, entryOptions);
  zip.addReadStream(createReadStream(storeCopy), backupEntryNames.store, entryOptions);
  const output = zip.outputStream as Readable;
  const fail = (error: Error) => output.destroy(error);
  zip.on('error', fail);
  const damaged: string[] = [];
  // Opened one at a time as the archive reaches them; PDF and DOCX are compressed already, so they are stored as they are.
  for (const { sha256 } of packed) {
    zip.addReadStreamLazy(materialEntryName(sha256), { ...entryOptions, compress: false }, (open) => open(null, hashedRead(options.materials.blobPath(sha256), sha256, damaged, fail)));
  }
  zip.end();

  const temporary = join(dirname(options.target), `.${basename(options.target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await pipeline(output, createWriteStream(temporary, { flags: 'wx' }));
    if (damaged.length > 0) {
      throw new HostFailure('damaged-material', `材料库中的 ${damaged.length} 份材料内容已损坏（如 SHA-256 ${damaged[0]}），备份未生成：请重新导入相应的评审包后再备份`, 'materials');
    }
    await syncPath(temporary, 'file');
    await rename(temporary, options.target);
    await syncPath(dirname(options.target), 'folder');
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return {
    bytes: (await stat(options.target)).size,
    signed: options.signer !== null,
    meetings: snapshot.meetings,
    materials: packed.length,
    missingMaterials: snapshot.materials.length - packed.length,
  };
};
