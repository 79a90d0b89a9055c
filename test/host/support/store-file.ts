import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openMeetingStore, type MeetingTx } from '../../../electron/services/meeting/meeting-store.js';
import { meetingStoreFile } from '../../../electron/services/meeting/open-meeting-deps.js';

/** A running host's meeting store as another process sees it: through its own connection to the file. */

export type StoreDump = Record<string, unknown[]>;

/**
 * Every row of every table, through a read-only connection: equal dumps before and after a refused
 * call show it changed nothing.
 */
export const dumpStore = (dataDir: string): StoreDump => {
  const db = new Database(join(dataDir, meetingStoreFile), { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
};

/** What is committed, read as the host's own tables read it. */
export const readStoreFile = <T>(dataDir: string, read: (tx: MeetingTx) => T): T => {
  const store = openMeetingStore({ path: join(dataDir, meetingStoreFile) });
  try {
    return store.read(read);
  } finally {
    store.close();
  }
};

/** One transaction written into the file behind the host's back, as someone with access to the data folder could. */
export const tamperStoreFile = (dataDir: string, meetingId: string, write: (tx: MeetingTx) => void): void => {
  const store = openMeetingStore({ path: join(dataDir, meetingStoreFile) });
  try {
    store.writeNow({ meetingId }, write);
  } finally {
    store.close();
  }
};
