import type { SyncStatus } from '../../shared/api/calls/sync-calls.js';
import { verdictFileExtension, verdictFileName } from '../../shared/sync/verdict-file.js';
import type { OutboxEntry } from '../db/outbox-entry.js';
import { choosePath } from '../files/path-chooser.js';
import { callHost } from '../host/host-client.js';
import { inspectPackage } from '../import/import-flow.js';
import { useAppStore } from '../state/app-store.js';
import { outboxRunner } from './outbox-service.js';
import { useSyncState } from './sync-state.js';

/** Enrolls this workstation; the host stores the bureau's address and key in the settings, so the app's copy is refreshed. */
export const enrollWorkstation = async (input: { bureauUrl: string; code: string; deviceName: string }): Promise<SyncStatus> => {
  const status = await callHost('sync.enroll', input);
  useSyncState.setState({ status });
  useAppStore.setState({ settings: await callHost('settings.get', {}) });
  // Entries that waited for the enrollment go now.
  void outboxRunner().runDue();
  return status;
};

/** Fetches the meeting's package from the bureau and opens it in the import preview, as if the file had been chosen. */
export const downloadAndPreview = async (meetingId: string): Promise<void> => {
  const { downloadId } = await callHost('sync.downloadPackage', { meetingId });
  await inspectPackage({ downloadId });
};

/** Writes the signed `.zzverdict` for a USB hand-over; null when the user cancelled. */
export const exportVerdictFile = async (entry: OutboxEntry, title: string): Promise<string | null> => {
  const path = await choosePath({ mode: 'save', title, defaultName: verdictFileName(entry.verdictId, entry.versionNo), extensions: [verdictFileExtension] });
  if (path === null) return null;
  const saved = await callHost('sync.exportVerdict', { bundle: entry.bundle, ...(path === undefined ? {} : { path }) });
  return saved?.path ?? null;
};
