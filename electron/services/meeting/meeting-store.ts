import { randomUUID } from 'node:crypto';
import type { AuditRecord } from '../../../shared/meeting/audit-actions.js';
import { auditEventSchema, type AuditEvent } from '../../../shared/model/audit-event.js';
import { reviewCommentSchema } from '../../../shared/model/comment.js';
import { expertSchema } from '../../../shared/model/expert.js';
import { meetingSchema, type Meeting } from '../../../shared/model/meeting.js';
import { pledgeSchema } from '../../../shared/model/pledge.js';
import { recusalSchema } from '../../../shared/model/recusal.js';
import { scoreSheetSchema } from '../../../shared/model/score-sheet.js';
import { materialSchema, submissionSchema } from '../../../shared/model/submission.js';
import { verdictSchema } from '../../../shared/model/verdict.js';
import { outboxEntrySchema, type OutboxEntry } from '../../../shared/sync/outbox-entry.js';
import { chainHash, genesisHash, verifyAuditChain, type ChainCheck } from './audit-chain.js';
import { openMeetingDatabase, type MeetingDatabase } from './meeting-database.js';
import { currentOperation } from './operation-context.js';
import { scopedTable } from './scoped-table.js';

/** An audit entry as an operation writes it; the store adds the id and chains it. */
export type AuditInput = Omit<AuditEvent, 'id' | 'action' | 'details'> & AuditRecord;

export type PinAttemptRow = { failures: number; lockedUntil: number };

const tablesOf = (db: MeetingDatabase) => {
  const meetingBody = db.prepare<[string], { body: string }>('SELECT body FROM meetings WHERE id = ?');
  const meetingBodies = db.prepare<[], { body: string }>('SELECT body FROM meetings ORDER BY id');
  const putMeeting = db.prepare('INSERT INTO meetings (id, body) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body');
  const outboxBody = db.prepare<[string], { body: string }>('SELECT body FROM outbox WHERE id = ?');
  const outboxByVersion = db.prepare<[string, number], { body: string }>('SELECT body FROM outbox WHERE verdict_id = ? AND version_no = ?');
  const outboxBodies = db.prepare<[], { body: string }>('SELECT body FROM outbox ORDER BY id');
  const putOutbox = db.prepare(
    'INSERT INTO outbox (id, meeting_id, verdict_id, version_no, body) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body',
  );
  const auditHead = db.prepare<[], { hash: string }>('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  const appendAudit = db.prepare('INSERT INTO audit_log (id, meeting_id, submission_id, body, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?)');
  const auditOfMeeting = db.prepare<[string], { body: string }>('SELECT body FROM audit_log WHERE meeting_id = ? ORDER BY seq');
  const ledgerDigest = db.prepare<[string, number], { bundle_digest: string }>('SELECT bundle_digest FROM signing_ledger WHERE verdict_id = ? AND version_no = ?');
  const ledgerAdd = db.prepare('INSERT INTO signing_ledger (verdict_id, version_no, bundle_digest, signed_at) VALUES (?, ?, ?, ?)');
  const attemptsOf = db.prepare<[string, string], { failures: number; locked_until: number }>(
    'SELECT failures, locked_until FROM pin_attempts WHERE meeting_id = ? AND expert_id = ?',
  );
  const putAttempts = db.prepare(
    `INSERT INTO pin_attempts (meeting_id, expert_id, failures, locked_until) VALUES (?, ?, ?, ?)
     ON CONFLICT (meeting_id, expert_id) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until`,
  );

  return {
    meetings: {
      get: (id: string): Meeting | undefined => {
        const row = meetingBody.get(id);
        return row === undefined ? undefined : (JSON.parse(row.body) as Meeting);
      },
      list: (): Meeting[] => meetingBodies.all().map((row) => JSON.parse(row.body) as Meeting),
      put: (meeting: Meeting): Meeting => {
        const valid = meetingSchema.parse(meeting);
        putMeeting.run(valid.id, JSON.stringify(valid));
        return valid;
      },
    },
    experts: scopedTable(db, 'experts', expertSchema, () => null),
    submissions: scopedTable(db, 'submissions', submissionSchema, (row) => row.id),
    materials: scopedTable(db, 'materials', materialSchema),
    scoreSheets: scopedTable(db, 'score_sheets', scoreSheetSchema),
    comments: scopedTable(db, 'comments', reviewCommentSchema),
    pledges: scopedTable(db, 'pledges', pledgeSchema, () => null),
    recusals: scopedTable(db, 'recusals', recusalSchema),
    verdicts: scopedTable(db, 'verdicts', verdictSchema),
    outbox: {
      get: (id: string): OutboxEntry | undefined => {
        const row = outboxBody.get(id);
        return row === undefined ? undefined : (JSON.parse(row.body) as OutboxEntry);
      },
      ofVersion: (verdictId: string, versionNo: number): OutboxEntry | undefined => {
        const row = outboxByVersion.get(verdictId, versionNo);
        return row === undefined ? undefined : (JSON.parse(row.body) as OutboxEntry);
      },
      list: (): OutboxEntry[] => outboxBodies.all().map((row) => JSON.parse(row.body) as OutboxEntry),
      put: (entry: OutboxEntry): OutboxEntry => {
        const valid = outboxEntrySchema.parse(entry);
        putOutbox.run(valid.id, valid.meetingId, valid.verdictId, valid.versionNo, JSON.stringify(valid));
        return valid;
      },
    },
    audit: {
      /** Appends one entry after the current head; throws (aborting the transaction) when it is malformed. */
      append: (input: AuditInput): AuditEvent => {
        const event = auditEventSchema.parse({ ...input, id: randomUUID() });
        const previous = auditHead.get()?.hash ?? genesisHash;
        appendAudit.run(event.id, event.meetingId, event.submissionId, JSON.stringify(event), previous, chainHash(previous, event));
        return event;
      },
      head: (): string => auditHead.get()?.hash ?? genesisHash,
      ofMeeting: (meetingId: string): AuditEvent[] => auditOfMeeting.all(meetingId).map((row) => JSON.parse(row.body) as AuditEvent),
    },
    ledger: {
      /** The bundle digest the device key signed for this version, or null when it has signed none. */
      signed: (verdictId: string, versionNo: number): string | null => ledgerDigest.get(verdictId, versionNo)?.bundle_digest ?? null,
      record: (verdictId: string, versionNo: number, bundleDigest: string, at: string): void => {
        ledgerAdd.run(verdictId, versionNo, bundleDigest, at);
      },
    },
    pinAttempts: {
      get: (meetingId: string, expertId: string): PinAttemptRow => {
        const row = attemptsOf.get(meetingId, expertId);
        return row === undefined ? { failures: 0, lockedUntil: 0 } : { failures: row.failures, lockedUntil: row.locked_until };
      },
      put: (meetingId: string, expertId: string, attempts: PinAttemptRow): void => {
        putAttempts.run(meetingId, expertId, attempts.failures, attempts.lockedUntil);
      },
    },
  };
};

/** Everything an operation may read or write, inside one transaction. */
export type MeetingTx = ReturnType<typeof tablesOf>;

/** Which meeting a committed write changed; null when it changed something of no one meeting (the outbox, a restore). */
export type MeetingChange = { meetingId: string | null };

export type MeetingStore = {
  /** A consistent read: every table as of one moment. */
  read<T>(work: (tx: MeetingTx) => T): T;
  /**
   * One write transaction (taken at once, so two writers never interleave their reads and writes);
   * returns only after the commit is on disk, then tells the subscribers which meeting changed.
   * `work` must be synchronous: anything slow (a PIN hash) happens before. Inside `runAsOperation`,
   * the operation's key commits with the write, and a repeat of it returns the first answer unwritten.
   */
  write<T>(change: MeetingChange, work: (tx: MeetingTx) => T): T;
  verifyAuditChain(): ChainCheck;
  /** The open database, for the online backup. */
  readonly database: MeetingDatabase;
  close(): void;
};

export type MeetingStoreOptions = { path: string; onCommit?: (change: MeetingChange) => void };

export const openMeetingStore = ({ path, onCommit }: MeetingStoreOptions): MeetingStore => {
  const db = openMeetingDatabase(path);
  const tx = tablesOf(db);
  const doneOperation = db.prepare<[string], { result: string }>('SELECT result FROM operations WHERE key = ?');
  const recordOperation = db.prepare('INSERT INTO operations (key, result, done_at) VALUES (?, ?, ?)');
  /** Inside a named operation, a repeat returns the first answer; the first time, the answer commits with the write. */
  const once = <T>(work: (tx: MeetingTx) => T): { result: T; repeated: boolean } => {
    const operation = currentOperation();
    if (operation === undefined) return { result: work(tx), repeated: false };
    const done = doneOperation.get(operation.key);
    if (done !== undefined) return { result: JSON.parse(done.result) as T, repeated: true };
    const result = work(tx);
    recordOperation.run(operation.key, JSON.stringify(result ?? null), new Date().toISOString());
    return { result, repeated: false };
  };
  return {
    read: (work) => db.transaction(() => work(tx)).deferred(),
    write(change, work) {
      const { result, repeated } = db.transaction(() => once(work)).immediate();
      if (!repeated) onCommit?.(change);
      return result;
    },
    verifyAuditChain: () => verifyAuditChain(db),
    database: db,
    close: () => db.close(),
  };
};
