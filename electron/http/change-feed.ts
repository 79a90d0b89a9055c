/** One change in the host's store: which meeting (null: anything may have changed) and its revision after it. */
export type ChangeEvent = { meetingId: string | null; revision: number };

export type ChangeFeed = { subscribe(listener: (event: ChangeEvent) => void): () => void };

/** Whatever crosses a process boundary is checked before a screen acts on it. */
export const isChangeEvent = (value: unknown): value is ChangeEvent => {
  if (typeof value !== 'object' || value === null) return false;
  const { meetingId, revision } = value as Record<string, unknown>;
  return (meetingId === null || typeof meetingId === 'string') && Number.isInteger(revision);
};

/** The host's in-process fan-out: the meeting service publishes, every transport subscribes. */
export const createChangeFeed = (): ChangeFeed & { publish(event: ChangeEvent): void } => {
  const listeners = new Set<(event: ChangeEvent) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    publish(event) {
      // A copy: a listener that unsubscribes while being told must not skip the next one.
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          console.error('变更通知的订阅者出错：', error);
        }
      }
    },
  };
};

/** What the meeting store calls after each commit: numbers the changes in order and publishes them. */
export const announcer = (feed: { publish(event: ChangeEvent): void }): ((change: { meetingId: string | null }) => void) => {
  let revision = 0;
  return (change) => {
    revision += 1;
    feed.publish({ meetingId: change.meetingId, revision });
  };
};
