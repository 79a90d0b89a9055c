import type { ExportReport, RestoreOutcome, RestoreReport } from '../../shared/api/calls/backup-calls.js';
import { backupFileExtension } from '../../shared/backup/backup-file.js';
import type { Translate } from '../../shared/i18n/translate.js';
import type { OutboxEntry } from '../../shared/sync/outbox-entry.js';
import { create } from 'zustand';
import { callHost } from '../host/host-client.js';
import { choosePath } from '../files/path-chooser.js';
import { useSyncState } from '../sync/sync-state.js';
import { useAppStore } from './app-store.js';

const chosen = (path: string | undefined) => (path === undefined ? {} : { path });

/**
 * The host copies its own store, materials, and (sealed with `passphrase`) the device key and
 * enrollment into the file; null when the user cancelled.
 */
export const exportDatabaseBackup = async (title: string, passphrase: string | undefined): Promise<ExportReport | null> => {
  const today = new Date().toISOString().slice(0, 10);
  const path = await choosePath({ mode: 'save', title, defaultName: `审评工作站备份-${today}.${backupFileExtension}`, extensions: [backupFileExtension] });
  if (path === null) return null;
  return callHost('backup.export', { ...chosen(path), ...(passphrase === undefined ? {} : { passphrase }) });
};

/** The desktop menu's 「导出备份」 opens the settings page's passphrase dialog, which every export goes through. */
export const useBackupExportRequest = create<{ requested: number; request(): void }>((set) => ({
  requested: 0,
  request: () => set((state) => ({ requested: state.requested + 1 })),
}));

/** What an export tells the secretary: where the file is, and what it could not carry. */
export const describeExport = (report: ExportReport, t: Translate): string =>
  [
    t('settings.backup.exported', { path: report.path }),
    report.signed ? '' : t('settings.backup.exportedUnsigned'),
    report.identity ? t('settings.backup.exportedIdentity') : '',
    report.missingMaterials > 0 ? t('settings.backup.exportedMissing', { count: report.missingMaterials }) : '',
  ]
    .filter(Boolean)
    .join(' ');

/** The host checks the whole file first; a backup that is not this workstation's own comes back for confirmation. Null when cancelled. */
export const restoreDatabaseBackup = async (title: string, passphrase: string | undefined): Promise<RestoreOutcome | null> => {
  const path = await choosePath({ mode: 'open', title, extensions: [backupFileExtension] });
  if (path === null) return null;
  return callHost('backup.restore', { ...chosen(path), ...(passphrase === undefined ? {} : { passphrase }) });
};

/** The settings and sync status the app holds, read again once a restore has put a device key and enrollment in place. */
export const refreshAfterIdentity = async (): Promise<void> => {
  useAppStore.setState({ settings: await callHost('settings.get', {}) });
  await useSyncState.getState().refresh();
};

export const confirmRestore = (restoreId: string): Promise<RestoreReport> => callHost('backup.confirmRestore', { restoreId });

export const discardRestore = (restoreId: string): Promise<null> => callHost('backup.discardRestore', { restoreId });

/** The secretary lets one restored bundle be signed and sent. */
export const releaseHeldBundle = (entry: Pick<OutboxEntry, 'verdictId' | 'versionNo'>): Promise<OutboxEntry> =>
  callHost('outbox.confirmHeld', { verdictId: entry.verdictId, versionNo: entry.versionNo });
