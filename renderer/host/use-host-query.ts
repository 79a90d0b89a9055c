import { useEffect, useRef, useState } from 'react';
import { subscribeHostChanges } from './host-client.js';

/**
 * A value read from the host, read again whenever the host announces a change to `meetingId` (or to
 * everything: `null` on either side). `undefined` until the first answer. Reads never overlap: a
 * change announced during a read triggers one more read after it, so the last answer is always the
 * newest state and a burst of changes costs two reads, not one per change.
 */
export const useHostQuery = <T>(read: () => Promise<T>, deps: readonly unknown[], meetingId: string | null): T | undefined => {
  const [value, setValue] = useState<T | undefined>(undefined);
  const readRef = useRef(read);
  readRef.current = read;

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
      if (meetingId === null || change.meetingId === null || change.meetingId === meetingId) void refresh();
    });
    void refresh();
    return () => {
      active = false;
      unsubscribe();
    };
    // The caller's deps say when `read` asks something else; `read` itself is new on every render.
  }, [meetingId, ...deps]);

  return value;
};
