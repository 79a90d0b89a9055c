import type { ActingExperts } from './acting-experts.js';
import type { MeetingStore } from './meeting-store.js';

/** What every meeting operation works with; each feature's handlers take this one object. */
export type MeetingDeps = {
  store: MeetingStore;
  acting: ActingExperts;
  /** The host's clock, as an ISO timestamp; tests pass their own. */
  now: () => string;
};
