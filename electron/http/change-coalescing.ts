import type { ChangeEvent } from './change-feed.js';

/**
 * How long a burst of changes is gathered before a screen hears the rest of it: a tenth of a second,
 * below what anyone watching a progress board notices, and at most ten reads a second per screen
 * however fast the room writes.
 */
export const defaultCoalesceMs = 100;

const keyOf = (event: ChangeEvent) => `${event.meetingId ?? ''}\u0000${event.kind}\u0000${event.submissionId ?? ''}`;

/**
 * Passes changes on to one screen, bursts coalesced. The first change after a quiet spell goes out at
 * once; those that follow within `windowMs` go out together when it ends, one per meeting, kind and
 * submission (the latest). Thirty sheets submitted over a second are then a handful of re-reads for
 * each screen instead of one per commit, each of which would hold up the host while the next
 * submits wait. `stop` drops what is still gathered (the screen is gone).
 */
export const coalesceChanges = (deliver: (event: ChangeEvent) => void, windowMs = defaultCoalesceMs) => {
  let gathered = new Map<string, ChangeEvent>();
  let window: NodeJS.Timeout | null = null;
  const endWindow = () => {
    const due = [...gathered.values()];
    gathered = new Map();
    window = due.length === 0 ? null : setTimeout(endWindow, windowMs);
    due.forEach(deliver);
  };
  return {
    listener(event: ChangeEvent): void {
      if (window !== null) {
        gathered.delete(keyOf(event));
        gathered.set(keyOf(event), event);
        return;
      }
      window = setTimeout(endWindow, windowMs);
      deliver(event);
    },
    stop(): void {
      if (window !== null) clearTimeout(window);
      window = null;
      gathered = new Map();
    },
  };
};
