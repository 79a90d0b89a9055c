import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { HubStatus } from '../../shared/api/calls/hub-calls.js';
import type { Material } from '../../shared/model/submission.js';
import type { HostDeps } from '../../electron/services/host-deps.js';
import type { MeetingStore } from '../../electron/services/meeting/meeting-store.js';
import { workstationCaller } from './callers.js';
import { plantPledges } from './identity-host.js';
import { openMeetingHost, seedMeeting, testExpert, testMeeting, testMeetingId, testSubmission, type MeetingHost } from './meeting-host.js';

export const otherMeetingId = 'M-2026-0148';

/** The host's services with the hub started on 127.0.0.1 (a port of its own) for the test meeting, in this process. */
export type InProcessHub = {
  host: MeetingHost;
  store: MeetingStore;
  status: HubStatus;
  /** The hub's origin, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  /** Stores `content` in the material store and lists it as a material of `meetingId`'s S01. */
  addMaterial(meetingId: string, id: string, content: Buffer): Promise<Material>;
  close(): Promise<void>;
};

/**
 * Three experts present in scoring with PINs (`pinOf`), and a second meeting beside it: the hub
 * must keep to the first.
 */
export const openInProcessHub = async ({ https = false, overrides = {} }: { https?: boolean; overrides?: Partial<HostDeps> } = {}): Promise<InProcessHub> => {
  const host = await openMeetingHost(overrides);
  const store = host.openStore();
  seedMeeting(store, [1, 2, 3].map((n) => testExpert(n, { present: true })), [{ ...testSubmission, phase: 'scoring' }]);
  await plantPledges(store, ['E01', 'E02', 'E03']);
  store.writeNow({ meetingId: otherMeetingId }, (tx) => {
    tx.meetings.put({ ...testMeeting, id: otherMeetingId, title: '另一场审评会' });
    tx.experts.put(testExpert(1, { meetingId: otherMeetingId, present: true }));
    tx.submissions.put({ ...testSubmission, meetingId: otherMeetingId });
  });
  const status = await host.handlers['hub.start']({ meetingId: testMeetingId, address: '127.0.0.1', port: 0, https }, workstationCaller);
  return {
    host,
    store,
    status,
    origin: new URL(status.url!).origin,
    async addMaterial(meetingId, id, content) {
      const sha256 = createHash('sha256').update(content).digest('hex');
      const file = join(host.dataDir, 'materials', sha256.slice(0, 2), sha256);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
      const material: Material = { id, meetingId, submissionId: 'S01', kind: 'draft', title: '送审稿', path: `materials/${id}.pdf`, mediaType: 'application/pdf', bytes: content.length, sha256 };
      return store.writeNow({ meetingId }, (tx) => tx.materials.put(material));
    },
    async close() {
      await host.handlers['hub.stop']({}, workstationCaller);
      await host.close();
    },
  };
};
