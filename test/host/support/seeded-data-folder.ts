import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMeetingStore } from '../../../electron/services/meeting/meeting-store.js';
import { meetingStoreFile } from '../../../electron/services/meeting/open-meeting-deps.js';
import { meetingSeed, type SeedOptions } from '../../e2e/support/seed-meeting.js';

/**
 * A new data folder whose meeting store holds the e2e seed's meeting (six experts, E06 conflicted
 * with S01; `pinOf` PINs when pledged), written as an import would before the host starts.
 */
export const seededDataFolder = async (options: SeedOptions): Promise<string> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'zz-host-attack-'));
  const seed = meetingSeed(options);
  const store = openMeetingStore({ path: join(dataDir, meetingStoreFile) });
  try {
    store.writeNow({ meetingId: seed.meeting.id }, (tx) => {
      tx.meetings.put(seed.meeting);
      for (const row of seed.experts) tx.experts.put(row);
      for (const row of seed.submissions) tx.submissions.put(row);
      for (const row of seed.pledges) tx.pledges.put(row);
      for (const row of seed.recusals) tx.recusals.put(row);
    });
  } finally {
    store.close();
  }
  return dataDir;
};
