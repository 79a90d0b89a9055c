import { useEffect, useRef, useState } from 'react';
import { subscribeHostChanges, type HostChange } from './host-client.js';

/**
 * What a query reads: the meeting's records (the default) or the hub's state, and, for a query of
 * one submission's part, which submission (changes to the meeting's other submissions pass it by).
 */
export type QueryWatch = { kind?: 'meeting' | 'hub'; submissionId?: string };

/** Whether a change may have changed what a query of `meetingId` (null: of everything) watching `watch` shows. */
export const concerns = (change: HostChange, meetingId: string | null, { kind = 'meeting', submissionId }: QueryWatch = {}): boolean => {
  if (change.kind === 'resync') return true;
  if (change.kind !== kind) return false;
  if (meetingId !== null && change.meetingId !== null && change.meetingId !== meetingId) return false;
  return submissionId === undefined || change.submissionId === null || change.submissionId === submissionId;
};

/**
 * A value read from the host, read again whenever the host announces a change that concerns it
 * (`concerns`). `undefined` until the first answer. Reads never overlap: changes announced during a
 * read trigger one more read after it, so the last answer is always the newest state and a burst of
 * changes costs two reads, not one per change.
 */
export const useHostQuery = <T>(read: () => Promise<T>, deps: readonly unknown[], meetingId: string | null, watch: QueryWatch = {}): T | undefined => {
  const [value, setValue] = useState<T | undefined>(undefined);
  const readRef = useRef(read);
  readRef.current = read;
  const { kind, submissionId } = watch;

  useEffect(() => {
    let active = true;
    let running = false;
    let again = false;
    setValue(undefined);
    const refresh = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      do {
        again = false;
        try {
          const next = await readRef.current();
          if (active) setValue(() => next);
        } catch (error) {
          // The screen keeps what it last showed; the next change or reconnect reads again.
          console.error(error);
        }
      } while (again && active);
      running = false;
    };
    const unsubscribe = subscribeHostChanges((change) => {
      if (concerns(change, meetingId, watch)) void refresh();
    });
    void refresh();
    return () => {
      active = false;
      unsubscribe();
    };
    // The caller's deps say when `read` asks something else; `read` itself is new on every render.
  }, [meetingId, kind, submissionId, ...deps]);

  return value;
};
