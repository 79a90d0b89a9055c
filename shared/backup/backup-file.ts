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
  })
  .strict();
export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** `signature.json`: Ed25519 by the device key over the exact bytes of `manifest.json`. */
export const backupSignatureSchema = z.object({ alg: z.literal('Ed25519'), signature: base64BytesSchema(64) }).strict();
export type BackupSignature = z.infer<typeof backupSignatureSchema>;
