import { join } from 'node:path';
import { meetingStoreFile } from '../../../electron/services/meeting/open-meeting-deps.js';
import { openMeetingStore, type MeetingTx } from '../../../electron/services/meeting/meeting-store.js';

/** Reads the running workstation's meeting store from the test, as a second process would: what was committed, nothing else. */
export const readHostStore = <T>(dataDir: string, read: (tx: MeetingTx) => T): T => {
  const store = openMeetingStore({ path: join(dataDir, meetingStoreFile) });
  try {
    return store.read(read);
  } finally {
    store.close();
  }
};
