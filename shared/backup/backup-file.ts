import { z } from 'zod';
import { sha256HexSchema, timestampSchema } from '../model/common.js';
import { base64BytesSchema } from '../protocol/base64.js';

export const backupFileExtension = 'zzbackup';

/**
 * A `.zzbackup` (version 2) is a ZIP: `manifest.json` first, `signature.json` when the workstation
 * had a device key, the meeting store as SQLite wrote it (`meetings.sqlite3`), and each material's
 * content under `materials/<sha256>`. The manifest names every other entry with its SHA-256, so the
 * device key's signature over the manifest's bytes covers the whole file.
 */
export const backupEntryNames = {
  manifest: 'manifest.json',
  signature: 'signature.json',
  store: 'meetings.sqlite3',
  /** The device key and the enrollment, sealed with the backup passphrase (`sealedDeviceSchema`). */
  device: 'device.json',
  materialPrefix: 'materials/',
} as const;

export const materialEntryName = (sha256: string): string => `${backupEntryNames.materialPrefix}${sha256}`;

/** The device that made the backup: its Ed25519 public key, and what the bureau called it once enrolled. */
export const backupDeviceSchema = z.object({
  publicKey: base64BytesSchema(32),
  deviceId: z.string().min(1).nullable(),
  deviceName: z.string().nullable(),
});
export type BackupDevice = z.infer<typeof backupDeviceSchema>;

export const backupManifestSchema = z
  .object({
    format: z.literal('zzbackup'),
    version: z.literal(2),
    createdAt: timestampSchema,
    appVersion: z.string().min(1),
    /** Null for a backup made before the workstation had a device key (it gets one at enrollment): such a backup is unsigned. */
    device: backupDeviceSchema.nullable(),
    store: z.object({
      /** The store's migration level (`PRAGMA user_version`) when it was copied. */
      schemaVersion: z.int().positive(),
      bytes: z.int().nonnegative(),
      sha256: sha256HexSchema,
    }),
    materials: z.array(z.object({ sha256: sha256HexSchema, bytes: z.int().nonnegative() })),
    /** `device.json`, present when the secretary gave a passphrase: the workstation's identity, so a restore needs no new enrollment. */
    deviceFile: z.object({ bytes: z.int().nonnegative(), sha256: sha256HexSchema }).optional(),
  })
  .strict();
export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** `signature.json`: Ed25519 by the device key over the exact bytes of `manifest.json`. */
export const backupSignatureSchema = z.object({ alg: z.literal('Ed25519'), signature: base64BytesSchema(64) }).strict();
export type BackupSignature = z.infer<typeof backupSignatureSchema>;

/**
 * `device.json`: the device key's 32-byte seed and the enrollment record (bureau address, device id,
 * bureau key) as JSON, encrypted with AES-256-GCM under a key scrypt derives from the passphrase the
 * secretary gave at export. A passphrase, not the operating system's key store: the backup must
 * open on a wiped or new machine. `publicKey` says whose key is inside before it is opened.
 */
export const sealedDeviceSchema = z
  .object({
    format: z.literal('zz-device-backup'),
    version: z.literal(1),
    publicKey: base64BytesSchema(32),
    kdf: z.object({ name: z.literal('scrypt'), salt: base64BytesSchema(16), n: z.int().min(1024).max(1 << 20), r: z.int().min(1).max(32), p: z.int().min(1).max(16) }).strict(),
    cipher: z.object({ name: z.literal('aes-256-gcm'), iv: base64BytesSchema(12), tag: base64BytesSchema(16) }).strict(),
    sealed: z.string().min(1),
  })
  .strict();
export type SealedDevice = z.infer<typeof sealedDeviceSchema>;
