import { Dexie, type EntityTable } from 'dexie';

/** One action waiting for the hub's acknowledgement, in the order it was taken. */
export type OutboxRow = {
  seq?: number;
  /** Sent as `X-Operation-Id`: a resend of the same id is answered with the first answer and changes nothing. */
  opId: string;
  call: string;
  args: unknown;
  /** Actions with the same key replace each other while unsent (the newest draft of one sheet); null: never. */
  coalesceKey: string | null;
  /** How many times it left this device; once it has, its arguments never change (the hub may hold them). */
  attempts: number;
  createdAt: number;
};

/** An action the host refused: kept until the expert has seen why. */
export type RefusedRow = { opId: string; call: string; code: string; message: string; refusedAt: number };

/** The last answer to a read, so a reload without the hub still shows the meeting and the sheet. */
export type CachedRow = { key: string; value: unknown };

export type ExpertDatabase = Dexie & {
  outbox: EntityTable<OutboxRow, 'seq'>;
  refused: EntityTable<RefusedRow, 'opId'>;
  cached: EntityTable<CachedRow, 'key'>;
};

/**
 * The expert app's own IndexedDB: one per hub origin. Chromium commits IndexedDB with relaxed
 * durability by default (a power cut can lose what looked saved); the outbox must survive that.
 */
export const openExpertDatabase = (name = 'zz-expert'): ExpertDatabase => {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as ExpertDatabase;
  db.version(1).stores({ outbox: '++seq, &opId, coalesceKey', refused: '&opId', cached: '&key' });
  return db;
};
