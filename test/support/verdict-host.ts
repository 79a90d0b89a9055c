import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createActingExperts } from '../../electron/services/meeting/acting-experts.js';
import type { MeetingDeps } from '../../electron/services/meeting/meeting-deps.js';
import { openMeetingStore, type MeetingStore } from '../../electron/services/meeting/meeting-store.js';
import { createVerdictHandlers } from '../../electron/services/meeting/verdict-handlers.js';
import type { ReviewPhase } from '../../shared/model/phase.js';
import type { Verdict } from '../../shared/model/verdict.js';
import { zzbTechnicalRubric } from '../../shared/rubrics/zzb-technical.js';
import { samplePanel, samplePledges, type SampleRow } from '../fixtures/sample-panel.js';
import { workstationCaller } from './callers.js';
import { testMeeting, testMeetingId, testSubmission } from './meeting-host.js';
import { loadPdfFonts } from './pdf-fonts.js';

export type VerdictHost = {
  handlers: ReturnType<typeof createVerdictHandlers>;
  deps: MeetingDeps;
  store: MeetingStore;
  /** How often the handlers told the outbox a bundle was queued. */
  queued: { count: number };
  /** Unlocks `expertId` at `workstationCaller`'s client, as their verified PIN would. */
  actAs(expertId: string): void;
  setPhase(phase: ReviewPhase): void;
  close(): Promise<void>;
};

export const verdictIds = { meetingId: testMeetingId, submissionId: 'S01' };

/** Five experts, E01 the chair, all submitted; E05's 先进性 of 10 is an outlier unless `rows` say otherwise. */
export const defaultRows: readonly SampleRow[] = ['E01', 'E02', 'E03', 'E04', 'E05'].map((id) => ({
  scores: id === 'E05' ? [16, 12, 10, 12, 16] : [16, 12, 24, 12, 16],
  recommendation: id === 'E03' ? ('pass-with-revisions' as const) : ('pass' as const),
}));

/** The verdict operations over a store file of their own, seeded with a pledged, present panel whose sheets are in. */
export const openVerdictHost = async (phase: ReviewPhase, rows: readonly SampleRow[] = defaultRows): Promise<VerdictHost> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'zz-verdict-host-'));
  const store = openMeetingStore({ path: join(dataDir, 'meetings.sqlite3') });
  const acting = createActingExperts(() => 30 * 60_000);
  const { experts, sheets } = samplePanel(zzbTechnicalRubric, 'S01', rows, testMeetingId);
  store.writeNow({ meetingId: testMeetingId }, (tx) => {
    tx.meetings.put(testMeeting);
    for (const expert of experts) tx.experts.put(expert);
    for (const sheet of sheets) tx.scoreSheets.put(sheet);
    for (const pledge of samplePledges(experts.map((e) => e.id), testMeetingId)) tx.pledges.put(pledge);
    tx.submissions.put({ ...testSubmission, phase });
  });
  const deps: MeetingDeps = { store, acting, now: () => new Date().toISOString() };
  const queued = { count: 0 };
  return {
    handlers: createVerdictHandlers(deps, { pdfFonts: async () => loadPdfFonts(), queued: () => (queued.count += 1) }),
    deps,
    store,
    queued,
    actAs: (expertId) => acting.actAs(workstationCaller.clientId, { meetingId: testMeetingId, expertId }),
    setPhase(next) {
      store.writeNow({ meetingId: testMeetingId }, (tx) => tx.submissions.put({ ...tx.submissions.get(testMeetingId, 'S01')!, phase: next }));
    },
    async close() {
      store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};

export const drawnSignature = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** From the vote to the last signature the way the panel does it: the note, the opinion, every signature with the chair's last; the chair is left unlocked. */
export const signThroughPanel = async (host: VerdictHost, conclusion = '同意通过。'): Promise<void> => {
  host.actAs('E01');
  await host.handlers['verdict.reconcile']({ ...verdictIds, criterionId: 'advancement', note: '已说明' }, workstationCaller);
  await host.handlers['verdict.saveConclusion']({ ...verdictIds, conclusion, revisionRequirements: [], dissent: [] }, workstationCaller);
  host.setPhase('sign-off');
  for (const expertId of ['E02', 'E03', 'E04', 'E05', 'E01']) {
    host.actAs(expertId);
    await host.handlers['verdict.sign']({ ...verdictIds, expertId, image: drawnSignature }, workstationCaller);
  }
};

/** `signThroughPanel`, then the chair finalises. */
export const finaliseThroughPanel = async (host: VerdictHost, conclusion = '同意通过。'): Promise<Verdict> => {
  await signThroughPanel(host, conclusion);
  return host.handlers['verdict.finalise'](verdictIds, workstationCaller);
};
