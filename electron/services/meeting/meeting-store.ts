import { randomUUID } from 'node:crypto';
import type { AuditRecord } from '../../../shared/meeting/audit-actions.js';
import { auditEventSchema, type AuditEvent } from '../../../shared/model/audit-event.js';
import { complianceReportSchema } from '../../../shared/model/compliance-report.js';
import { reviewCommentSchema } from '../../../shared/model/comment.js';
import { expertSchema } from '../../../shared/model/expert.js';
import { meetingSchema, type Meeting } from '../../../shared/model/meeting.js';
import { pledgeSchema } from '../../../shared/model/pledge.js';
import { recusalSchema } from '../../../shared/model/recusal.js';
import { scoreSheetSchema } from '../../../shared/model/score-sheet.js';
import { materialSchema, submissionSchema } from '../../../shared/model/submission.js';
import { verdictSchema } from '../../../shared/model/verdict.js';
import { outboxEntrySchema, type OutboxEntry } from '../../../shared/sync/outbox-entry.js';
import { hubTables } from '../../hub/hub-records.js';
import { chainHash, genesisHash, verifyAuditChain, type ChainCheck } from './audit-chain.js';
import { openMeetingDatabase, type MeetingDatabase } from './meeting-database.js';
import { groupCommit } from './group-commit.js';
import { currentOperation, type Operation } from './operation-context.js';
import { scopedTable, type RowsTouched } from './scoped-table.js';
import { createTouchLog, type MeetingTouched } from './touch-log.js';

/** An audit entry as an operation writes it; the store adds the id and chains it. */
export type AuditInput = Omit<AuditEvent, 'id' | 'action' | 'details'> & AuditRecord;

export type PinAttemptRow = { failures: number; lockedUntil: number };

const tablesOf = (db: MeetingDatabase, touched: RowsTouched) => {
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
        touched(valid.id, null);
        return valid;
      },
    },
    experts: scopedTable(db, 'experts', expertSchema, () => null, touched),
    // The drafts list, and every conflict of interest, change with any one submission's row.
    submissions: scopedTable(db, 'submissions', submissionSchema, (row) => row.id, touched, true),
    materials: scopedTable(db, 'materials', materialSchema, undefined, touched),
    scoreSheets: scopedTable(db, 'score_sheets', scoreSheetSchema, undefined, touched),
    comments: scopedTable(db, 'comments', reviewCommentSchema, undefined, touched),
    pledges: scopedTable(db, 'pledges', pledgeSchema, () => null, touched),
    recusals: scopedTable(db, 'recusals', recusalSchema, undefined, touched),
    verdicts: scopedTable(db, 'verdicts', verdictSchema, undefined, touched),
    complianceReports: scopedTable(db, 'compliance_reports', complianceReportSchema, undefined, touched),
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
    ...hubTables(db),
  };
};

/** Everything an operation may read or write, inside one transaction. */
export type MeetingTx = ReturnType<typeof tablesOf>;

/**
 * Which meeting a committed write changed (null when it changed something of no one meeting: the
 * outbox, a restore) and, when the write concerns one submission, which: the screens that show one
 * submission's part need not read again for another's. `kind: 'hub'` (the hub's sessions) makes
 * only what shows the hub read again.
 */
export type MeetingChange = { meetingId: string | null; submissionId?: string | null; kind?: 'meeting' | 'hub' };

export type MeetingStore = {
  /** A consistent read: every table as of one moment. */
  read<T>(work: (tx: MeetingTx) => T): T;
  /**
   * One write, all or nothing, taken at once (two writers never interleave their reads and writes);
   * resolves only after its commit is on disk, once the subscribers were told which meeting changed.
   * Writes asked for together share one commit (group-commit.ts); a throw in `work` rejects this
   * write alone and leaves nothing of it. `work` must be synchronous: anything slow (a PIN hash)
   * happens before. Inside `runAsOperation`, the operation's key commits with the write, and a
   * repeat of it resolves to the first answer unwritten.
   */
  write<T>(change: MeetingChange, work: (tx: MeetingTx) => T): Promise<T>;
  /**
   * The same write committed alone before returning, for preparing a data folder that no one is
   * being served from (seeding tools, tests); a served call uses `write`, which shares its commit.
   */
  writeNow<T>(change: MeetingChange, work: (tx: MeetingTx) => T): T;
  /**
   * The answer a named operation committed, if it ran: a handler that reads before it writes (a
   * pledge hashes the PIN first) would refuse a repeat in that read, before the write could answer it.
   */
  answerOf(operationKey: string): { result: unknown } | undefined;
  /**
   * Differs from every earlier answer once anything was committed to the file, by this store or by
   * another connection: what a cache of a read is kept under.
   */
  revision(): string;
  /**
   * What this store's commits after `revision` wrote of `meetingId`: the submissions whose rows
   * changed, or 'whole' when rows of the whole meeting did, or another connection committed, or it
   * is too long ago to tell. What a cache of the meeting's read redoes.
   */
  touchedSince(revision: string, meetingId: string): MeetingTouched;
  verifyAuditChain(): ChainCheck;
  /** The open database, for the online backup. */
  readonly database: MeetingDatabase;
  /** Commits the writes still waiting for their turn, then closes. */
  close(): void;
};

export type MeetingStoreOptions = { path: string; onCommit?: (change: MeetingChange) => void };

/** A write as it ran: its answer, and whether it changed anything (a repeated operation did not). */
type Done = { result: unknown; change: MeetingChange; repeated: boolean };

/** One announcement per meeting and submission a commit changed: thirty submits committed together are one change to each screen. */
const distinctChanges = (done: readonly Done[]): MeetingChange[] => {
  const changes = new Map<string, MeetingChange>();
  for (const { change, repeated } of done) {
    if (!repeated) changes.set(`${change.meetingId}\u0000${change.submissionId ?? ''}\u0000${change.kind ?? 'meeting'}`, change);
  }
  return [...changes.values()];
};

export const openMeetingStore = ({ path, onCommit }: MeetingStoreOptions): MeetingStore => {
  const db = openMeetingDatabase(path);
  const touches = createTouchLog();
  const tx = tablesOf(db, touches.touch);
  const doneOperation = db.prepare<[string], { result: string }>('SELECT result FROM operations WHERE key = ?');
  const recordOperation = db.prepare('INSERT INTO operations (key, result, done_at) VALUES (?, ?, ?)');
  /** Inside a named operation, a repeat returns the first answer; the first time, the answer commits with the write. */
  const once = (operation: Operation | undefined, change: MeetingChange, work: (tx: MeetingTx) => unknown): Done => {
    // A write of no one meeting (a restore deletes every meeting's rows in bulk) may have changed any of them.
    if (change.meetingId === null) touches.touchEverything();
    if (operation === undefined) return { result: work(tx), change, repeated: false };
    const done = doneOperation.get(operation.key);
    if (done !== undefined) return { result: JSON.parse(done.result), change, repeated: true };
    const result = work(tx);
    recordOperation.run(operation.key, JSON.stringify(result ?? null), new Date().toISOString());
    return { result, change, repeated: false };
  };
  let commits = 0;
  const announce = (done: readonly Done[]) => {
    commits += 1;
    touches.committed(commits);
    if (onCommit !== undefined) for (const change of distinctChanges(done)) onCommit(change);
  };
  const group = groupCommit<Done>(db, announce);
  return {
    read: (work) => db.transaction(() => work(tx)).deferred(),
    async write<T>(change: MeetingChange, work: (tx: MeetingTx) => T): Promise<T> {
      // The operation is the caller's: taken now, as the shared commit runs outside its async context.
      const operation = currentOperation();
      const done = await group.run(() => once(operation, change, work));
      return done.result as T;
    },
    writeNow<T>(change: MeetingChange, work: (tx: MeetingTx) => T): T {
      const done = db.transaction(() => once(currentOperation(), change, work)).immediate();
      announce([done]);
      return done.result as T;
    },
    answerOf(operationKey) {
      const done = doneOperation.get(operationKey);
      return done === undefined ? undefined : { result: JSON.parse(done.result) };
    },
    // `data_version` moves with other connections' commits only; this store counts its own.
    revision: () => `${commits}/${db.pragma('data_version', { simple: true }) as number}`,
    touchedSince(revision, meetingId) {
      const [then, version] = revision.split('/');
      return version === String(db.pragma('data_version', { simple: true })) ? touches.since(Number(then), meetingId) : 'whole';
    },
    verifyAuditChain: () => verifyAuditChain(db),
    database: db,
    close: () => {
      group.flush();
      db.close();
    },
  };
};
