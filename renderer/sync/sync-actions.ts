import type { SyncStatus } from '../../shared/api/calls/sync-calls.js';
import type { OutboxEntry } from '../../shared/sync/outbox-entry.js';
import { verdictFileExtension } from '../../shared/sync/verdict-file.js';
import { choosePath } from '../files/path-chooser.js';
import { callHost } from '../host/host-client.js';
import { inspectPackage } from '../import/import-flow.js';
import { useAppStore } from '../state/app-store.js';
import { useSyncState } from './sync-state.js';

/**
 * Enrolls this workstation; the host stores the bureau's address and key in the settings (so the
 * app's copy is refreshed) and sends at once whatever waited for the enrollment.
 */
export const enrollWorkstation = async (input: { bureauUrl: string; code: string; deviceName: string }): Promise<SyncStatus> => {
  const status = await callHost('sync.enroll', input);
  useSyncState.setState({ status });
  useAppStore.setState({ settings: await callHost('settings.get', {}) });
  return status;
};

/** Fetches the meeting's package from the bureau and opens it in the import preview, as if the file had been chosen. */
export const downloadAndPreview = async (meetingId: string): Promise<void> => {
  const { downloadId } = await callHost('sync.downloadPackage', { meetingId });
  await inspectPackage({ downloadId });
};

/**
 * Writes the signed `.zzverdict` of a queued version for a USB hand-over; null when the user cancelled.
 * The host is asked first, so a version that cannot be exported is refused before any file is chosen.
 */
export const exportVerdictFile = async (entry: Pick<OutboxEntry, 'verdictId' | 'versionNo'>, title: string): Promise<string | null> => {
  const { fileName } = await callHost('sync.verdictFile', { verdictId: entry.verdictId, versionNo: entry.versionNo });
  const path = await choosePath({ mode: 'save', title, defaultName: fileName, extensions: [verdictFileExtension] });
  if (path === null) return null;
  const saved = await callHost('sync.exportVerdict', { verdictId: entry.verdictId, versionNo: entry.versionNo, ...(path === undefined ? {} : { path }) });
  return saved?.path ?? null;
};

/** 「立即重试」: one attempt now, whatever the backoff; the host records how it went in the outbox. */
export const retryDelivery = (entry: Pick<OutboxEntry, 'verdictId' | 'versionNo'>) =>
  callHost('sync.deliver', { verdictId: entry.verdictId, versionNo: entry.versionNo }).finally(() => void useSyncState.getState().refresh().catch(() => undefined));

/** The secretary confirms a bundle restored from a backup, after which the host signs and sends it. */
export const confirmHeldBundle = (entry: Pick<OutboxEntry, 'verdictId' | 'versionNo'>) => callHost('outbox.confirmHeld', { verdictId: entry.verdictId, versionNo: entry.versionNo });
