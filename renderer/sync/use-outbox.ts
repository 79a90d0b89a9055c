import type { OutboxEntry } from '../../shared/sync/outbox-entry.js';
import { callHost } from '../host/host-client.js';
import { useHostQuery } from '../host/use-host-query.js';

/** The host's outbox, read again on every change the host announces; `undefined` until the first answer. */
export const useOutbox = (): OutboxEntry[] | undefined => useHostQuery(() => callHost('outbox.list', {}), [], null);

/** The outbox entry of one verdict version: its bundle digest is the digest every screen shows for that version. */
export const entryOfVersion = (entries: readonly OutboxEntry[] | undefined, verdictId: string, versionNo: number): OutboxEntry | undefined =>
  entries?.find((e) => e.verdictId === verdictId && e.versionNo === versionNo);
