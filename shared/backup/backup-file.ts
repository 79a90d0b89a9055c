import { z } from 'zod';

/** One file holds the whole workstation database; tables are opaque rows here, the renderer's schema owns their shape. */
export const backupFileSchema = z.object({
  format: z.literal('zzbackup'),
  version: z.literal(1),
  createdAt: z.iso.datetime({ offset: true }),
  appVersion: z.string().min(1),
  databaseName: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  tables: z.record(z.string().min(1), z.array(z.unknown())),
});
export type BackupFile = z.infer<typeof backupFileSchema>;

export const backupFileExtension = 'zzbackup';
