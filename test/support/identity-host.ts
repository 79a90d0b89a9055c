import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createActingExperts } from '../../electron/services/meeting/acting-experts.js';
import { createMeetingHandlers } from '../../electron/services/meeting/meeting-handlers.js';
import { openMeetingStore, type MeetingStore } from '../../electron/services/meeting/meeting-store.js';
import { createPinVerifier } from '../../electron/services/meeting/pin-verifier.js';
import { readMeetingData } from '../../electron/services/meeting/read-meeting-data.js';
import { seedMeeting, testExpert, testMeetingId } from './meeting-host.js';
import type { Expert } from '../../shared/model/expert.js';
import type { Submission } from '../../shared/model/submission.js';

/** The PIN `expertId` gets from `plantPledges`: its last digit four times, as the e2e seed does. */
export const pinOf = (expertId: string): string => expertId.slice(-1).repeat(4);

export type IdentityHost = {
  handlers: ReturnType<typeof createMeetingHandlers>;
  store: MeetingStore;
  /** The host's clock, in ms; `advance` moves it (the idle lock and lockouts read it). */
  clock: { now: number; advance(ms: number): void };
  /** The same store file under new handlers and a new record of who is unlocked: the host after a restart. */
  restart(): void;
  /** Everything a refused call must leave as it was: the meeting, its audit trail and every expert's wrong PINs. */
  snapshot(): string;
  close(): Promise<void>;
};

export const idleLockMs = 10 * 60_000;

/**
 * The meeting operations over a store of their own with a clock the test moves, seeded with a panel
 * (present unless said otherwise) and one submission in preparation.
 */
export const openIdentityHost = async (experts: readonly Expert[] = [1, 2, 3, 4, 5].map((n) => testExpert(n, { present: true })), submissions?: readonly Submission[]): Promise<IdentityHost> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'zz-identity-host-'));
  const path = join(dataDir, 'meetings.sqlite3');
  const clock = {
    now: Date.parse('2026-11-28T09:30:00+08:00'),
    advance(ms: number) {
      clock.now += ms;
    },
  };
  const compose = (store: MeetingStore) =>
    createMeetingHandlers({
      store,
      acting: createActingExperts(() => idleLockMs, () => clock.now),
      now: () => new Date(clock.now).toISOString(),
    });
  let store = openMeetingStore({ path });
  let handlers = compose(store);
  const host: IdentityHost = {
    get store() {
      return store;
    },
    get handlers() {
      return handlers;
    },
    clock,
    restart() {
      store.close();
      store = openMeetingStore({ path });
      handlers = compose(store);
    },
    snapshot: () =>
      JSON.stringify(
        store.read((tx) => ({
          data: readMeetingData(tx, testMeetingId),
          audit: tx.audit.ofMeeting(testMeetingId),
          attempts: tx.experts.list(testMeetingId).map((expert) => tx.pinAttempts.get(testMeetingId, expert.id)),
        })),
      ),
    async close() {
      store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  seedMeeting(store, experts, submissions);
  return host;
};

/** Signed pledges whose PINs (`pinOf`) are hashed with few iterations, so tests stay fast; written as an import would. */
export const plantPledges = async (store: MeetingStore, expertIds: readonly string[]): Promise<void> => {
  const verifiers = await Promise.all(expertIds.map((id) => createPinVerifier(pinOf(id), 1000)));
  store.writeNow({ meetingId: testMeetingId }, (tx) => {
    expertIds.forEach((expertId, i) => {
      tx.pledges.put({ id: `P-${expertId}`, meetingId: testMeetingId, expertId, text: '本人承诺公正、独立地审评，并对审评内容保密。', signedAt: '2026-11-28T09:00:00+08:00', signatureImage: null, pin: verifiers[i] });
    });
  });
};
