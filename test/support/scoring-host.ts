import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createActingExperts } from '../../electron/services/meeting/acting-experts.js';
import type { MeetingDeps } from '../../electron/services/meeting/meeting-deps.js';
import { createMeetingHandlers } from '../../electron/services/meeting/meeting-handlers.js';
import { openMeetingStore, type MeetingStore } from '../../electron/services/meeting/meeting-store.js';
import type { ReviewPhase } from '../../shared/model/phase.js';
import { samplePledges } from '../fixtures/sample-panel.js';
import { workstationCaller } from './callers.js';
import { testExpert, testMeeting, testMeetingId, testSubmission } from './meeting-host.js';

export type ScoringHost = {
  handlers: ReturnType<typeof createMeetingHandlers>;
  /** What the handlers were made with, for composing another feature's handlers over the same store. */
  deps: MeetingDeps;
  store: MeetingStore;
  /** Unlocks `expertId` at `workstationCaller`'s client, as their verified PIN would. */
  actAs(expertId: string): void;
  close(): Promise<void>;
};

export type ScoringSeed = { experts?: number; submissions?: number; phase?: ReviewPhase };

/** `S01`, `S02`, …: the submissions a scoring host seeds. */
export const submissionIdOf = (n: number): string => `S${String(n).padStart(2, '0')}`;

/**
 * The meeting operations over a store file of their own, seeded with a panel that is present and
 * has pledged (E01 chairs) and submissions in `phase`: where scoring starts.
 */
export const openScoringHost = async ({ experts = 5, submissions = 1, phase = 'scoring' }: ScoringSeed = {}): Promise<ScoringHost> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'zz-scoring-host-'));
  const store = openMeetingStore({ path: join(dataDir, 'meetings.sqlite3') });
  const acting = createActingExperts(() => 30 * 60_000);
  const panel = Array.from({ length: experts }, (_, i) => testExpert(i + 1, { present: true }));
  store.writeNow({ meetingId: testMeetingId }, (tx) => {
    tx.meetings.put(testMeeting);
    for (const expert of panel) tx.experts.put(expert);
    for (const pledge of samplePledges(panel.map((e) => e.id), testMeetingId)) tx.pledges.put(pledge);
    for (let n = 1; n <= submissions; n += 1) tx.submissions.put({ ...testSubmission, id: submissionIdOf(n), phase });
  });
  const deps: MeetingDeps = { store, acting, now: () => new Date().toISOString() };
  return {
    handlers: createMeetingHandlers(deps),
    deps,
    store,
    actAs: (expertId) => acting.actAs(workstationCaller.clientId, { meetingId: testMeetingId, expertId }),
    async close() {
      store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};
