import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HostHandlers } from '../../shared/api/contract.js';
import type { Expert } from '../../shared/model/expert.js';
import type { Meeting } from '../../shared/model/meeting.js';
import type { Submission } from '../../shared/model/submission.js';
import { defaultSettings } from '../../shared/settings/settings.js';
import type { HostDeps } from '../../electron/services/host-deps.js';
import { createHostHandlers } from '../../electron/services/host-handlers.js';
import type { Announcement } from '../../electron/http/change-feed.js';
import { openMeetingStore, type MeetingStore } from '../../electron/services/meeting/meeting-store.js';
import { meetingStoreFile } from '../../electron/services/meeting/open-meeting-deps.js';
import { loadPdfFonts } from './pdf-fonts.js';

export type MeetingHost = {
  handlers: HostHandlers;
  dataDir: string;
  /** Every change the host announced, in order. */
  changes: Announcement[];
  /** A second connection to the same file, to look at what was committed (or to plant a row the way a tamperer would). */
  openStore(): MeetingStore;
  close(): Promise<void>;
};

/** The host's services over a new, empty data folder, as the browser shell composes them. */
export const openMeetingHost = async (overrides: Partial<HostDeps> = {}): Promise<MeetingHost> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'zz-meeting-host-'));
  const changes: Announcement[] = [];
  const opened: MeetingStore[] = [];
  const handlers = createHostHandlers({
    appName: '浙江制造标准审评工作站',
    version: '0.0.0-test',
    dataDir,
    platform: process.platform,
    transport: 'http',
    dialogs: null,
    settings: { store: { ...defaultSettings } },
    onMeetingChange: (change) => changes.push(change),
    pdfFonts: async () => loadPdfFonts(),
    ...overrides,
  });
  return {
    handlers,
    dataDir,
    changes,
    openStore() {
      const store = openMeetingStore({ path: join(dataDir, meetingStoreFile) });
      opened.push(store);
      return store;
    },
    async close() {
      for (const store of opened) store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};

export const testMeetingId = 'M-2026-0147';

export const testMeeting: Meeting = {
  id: testMeetingId,
  packageId: null,
  title: '2026年第四批“浙江制造”标准技术审评会',
  reviewType: 'technical',
  startsAt: '2026-11-28T09:30:00+08:00',
  venue: '杭州',
  organizer: '浙江省标准化研究院',
  rubric: null,
  rules: null,
};

export const testExpert = (n: number, overrides: Partial<Expert> = {}): Expert => ({
  id: `E0${n}`,
  meetingId: testMeetingId,
  name: `专家${n}`,
  organization: `浙江省第${n}检测研究院`,
  title: '高级工程师',
  field: '机械',
  role: n === 1 ? 'chair' : 'member',
  affiliations: [],
  present: false,
  ...overrides,
});

export const testSubmission: Submission = {
  id: 'S01',
  meetingId: testMeetingId,
  standardName: '电子膨胀阀',
  proposedCode: '',
  standardKind: 'product',
  leadDrafter: '浙江三花智能控制股份有限公司',
  coDrafters: [],
  revisionOf: null,
  phase: 'preparation',
};

/** Writes a meeting straight into the store, as an import would have: the starting point of most operation tests. */
export const seedMeeting = (store: MeetingStore, experts: readonly Expert[] = [1, 2, 3, 4, 5].map((n) => testExpert(n)), submissions: readonly Submission[] = [testSubmission]): void => {
  store.writeNow({ meetingId: testMeetingId }, (tx) => {
    tx.meetings.put(testMeeting);
    for (const expert of experts) tx.experts.put(expert);
    for (const submission of submissions) tx.submissions.put(submission);
  });
};
