/**
 * What changed: the meeting's records (`meeting`: a screen showing them reads them again) or only
 * the hub's state (`hub`: a device joined or left, or shows another screen; only what shows
 * `hub.status` reads again, so a tablet turning a page does not make every screen re-read the meeting).
 */
export type ChangeKind = 'meeting' | 'hub';

/**
 * One change in the host: which meeting (null: anything may have changed), what kind, which
 * submission when the change concerns one (null: any of the meeting's), and its revision after it.
 */
export type ChangeEvent = { meetingId: string | null; kind: ChangeKind; submissionId: string | null; revision: number };

/** A change as its source tells it; a store commit is of the meeting's records unless it says otherwise. */
export type Announcement = { meetingId: string | null; kind?: ChangeKind; submissionId?: string | null };

export type ChangeFeed = { subscribe(listener: (event: ChangeEvent) => void): () => void };

const nullOrString = (value: unknown) => value === null || typeof value === 'string';

/** Whatever crosses a process boundary is checked before a screen acts on it. */
export const isChangeEvent = (value: unknown): value is ChangeEvent => {
  if (typeof value !== 'object' || value === null) return false;
  const { meetingId, kind, submissionId, revision } = value as Record<string, unknown>;
  return nullOrString(meetingId) && (kind === 'meeting' || kind === 'hub') && nullOrString(submissionId) && Number.isInteger(revision);
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

/** What the meeting store calls after each commit, and the hub after each change of its state: numbers the changes in order and publishes them. */
export const announcer = (feed: { publish(event: ChangeEvent): void }): ((change: Announcement) => void) => {
  let revision = 0;
  return ({ meetingId, kind = 'meeting', submissionId = null }) => {
    revision += 1;
    feed.publish({ meetingId, kind, submissionId, revision });
  };
};
