import { backupFileExtension } from '../../shared/backup/backup-file.js';
import { callHost } from '../host/host-client.js';
import { exportBackup, restoreBackup } from '../db/backup.js';
import { choosePath } from '../files/path-chooser.js';
import { useAppStore } from './app-store.js';
import { database } from './database.js';

const chosen = (path: string | undefined) => (path === undefined ? {} : { path });

/** Returns where the backup was written, or null when the user cancelled. */
export const exportDatabaseBackup = async (title: string): Promise<string | null> => {
  const now = new Date();
  const path = await choosePath({ mode: 'save', title, defaultName: `审评工作站备份-${now.toISOString().slice(0, 10)}.${backupFileExtension}`, extensions: [backupFileExtension] });
  if (path === null) return null;
  const backup = await exportBackup(database, useAppStore.getState().info?.version ?? '0.0.0', now);
  const saved = await callHost('backup.export', { backup, ...chosen(path) });
  return saved?.path ?? null;
};

/** Replaces the whole database with a backup file's content; null when the user cancelled. */
export const restoreDatabaseBackup = async (title: string): Promise<{ path: string; count: number } | null> => {
  const path = await choosePath({ mode: 'open', title, extensions: [backupFileExtension] });
  if (path === null) return null;
  const opened = await callHost('backup.import', chosen(path));
  if (!opened) return null;
  await restoreBackup(database, opened.backup);
  const count = Object.values(opened.backup.tables).reduce((sum, rows) => sum + rows.length, 0);
  return { path: opened.path, count };
};
