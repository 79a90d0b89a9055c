import { create } from 'zustand';
import type { SyncStatus } from '../../shared/api/calls/sync-calls.js';
import { callHost } from '../host/host-client.js';

type SyncState = {
  /** The host's view: enrollment, key protection, and the last contact with the bureau. */
  status: SyncStatus | null;
  refresh(): Promise<SyncStatus>;
};

export const useSyncState = create<SyncState>((set) => ({
  status: null,
  async refresh() {
    const status = await callHost('sync.status', {});
    set({ status });
    return status;
  },
}));
