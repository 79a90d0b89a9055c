import Database from 'better-sqlite3';
import { z } from 'zod';
import { HostFailure } from '../../../shared/api/result.js';
import { checkRow, checkRowSet, emptyRestoreRows, invalidRow, type RestoreRows, type RestoreTable, type RowPlace } from '../../../shared/backup/backup-rows.js';
import { idSchema, sha256HexSchema, timestampSchema } from '../../../shared/model/common.js';
import { verifyAuditChain, type ChainCheck } from '../meeting/audit-chain.js';
import { migrate, type MeetingDatabase } from '../meeting/meeting-database.js';
import { meetingMigrations } from '../meeting/meeting-migrations.js';

/** What the device key of the backed-up workstation had signed: kept on restore, so no version is ever signed twice with different content. */
export const ledgerRowSchema = z.object({
  verdictId: idSchema,
  versionNo: z.int().positive(),
  bundleDigest: sha256HexSchema,
  signedAt: timestampSchema,
});
export type LedgerRow = z.infer<typeof ledgerRowSchema>;

export type StoreContents = {
  rows: RestoreRows;
  ledger: LedgerRow[];
  /** The backup's own audit chain, checked entry by entry as it was written there. */
  chain: ChainCheck;
};

/** Each kind of record's table in the store file. */
const sqlTables: Record<RestoreTable, string> = {
  meetings: 'meetings',
  experts: 'experts',
  submissions: 'submissions',
  materials: 'materials',
  scoreSheets: 'score_sheets',
  comments: 'comments',
  pledges: 'pledges',
  recusals: 'recusals',
  verdicts: 'verdicts',
  outbox: 'outbox',
  audit: 'audit_log',
};

const refuse = (fileName: string, reason: string) =>
  new HostFailure('invalid-backup', `备份中的审评数据库无法使用（${reason}）：${fileName}。未做任何恢复，本机数据保持原样`, 'path');

type SchemaRow = { type: string; name: string; tbl_name: string; sql: string | null };

const schemaOf = (db: MeetingDatabase): SchemaRow[] =>
  db.prepare<[], SchemaRow>('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name').all();

/** The schema our own migrations build up to `version`: a backup's file must have exactly this, no extra trigger or view. */
const expectedSchema = (version: number): SchemaRow[] => {
  const db = new Database(':memory:');
  try {
    for (const statements of meetingMigrations.slice(0, version)) for (const statement of statements) db.exec(statement);
    return schemaOf(db);
  } finally {
    db.close();
  }
};

/**
 * Opens the staged copy as untrusted input: SQLite's own integrity check, then the schema must be
 * the one our migrations made at the file's version; only then is it brought up to date.
 */
const openChecked = (file: string, fileName: string): MeetingDatabase => {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    const integrity = db.pragma('quick_check', { simple: true });
    if (integrity !== 'ok') throw refuse(fileName, `完整性检查未通过：${String(integrity)}`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > meetingMigrations.length) throw refuse(fileName, `来自更新的版本（结构版本 ${version}），本程序只认识到 ${meetingMigrations.length}，请先升级工作站程序`);
    if (version < 1 || JSON.stringify(schemaOf(db)) !== JSON.stringify(expectedSchema(version))) throw refuse(fileName, '数据库结构与审评工作站的不符');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof HostFailure) throw error;
    throw refuse(fileName, (error as Error).message);
  }
};

type BodyRow = { body: string } & Record<string, unknown>;

/**
 * Every row of one table, parsed and checked against the model; the columns the store finds rows by
 * must agree with the record itself, or the file was not written by a store.
 */
const readTable = <T extends RestoreTable>(db: MeetingDatabase, table: T, order: string, keys: Record<string, string>): RestoreRows[T] => {
  const rows: unknown[] = [];
  db.prepare<[], BodyRow>(`SELECT * FROM ${sqlTables[table]} ORDER BY ${order}`)
    .all()
    .forEach((stored, index) => {
      const place: RowPlace & { table: T } = { table, source: sqlTables[table], index };
      let raw: unknown;
      try {
        raw = JSON.parse(stored.body);
      } catch {
        throw invalidRow(place, null, [], '内容不是有效的 JSON');
      }
      const row = checkRow(place, raw) as Record<string, unknown>;
      for (const [column, field] of Object.entries(keys)) {
        if (stored[column] !== row[field]) throw invalidRow(place, raw, [field], `与数据库列 ${column}（${String(stored[column])}）不一致`);
      }
      rows.push(row);
    });
  return rows as RestoreRows[T];
};

const scopedKeys = { meeting_id: 'meetingId', id: 'id' };

const readLedger = (db: MeetingDatabase): LedgerRow[] =>
  db
    .prepare<[], Record<string, unknown>>('SELECT verdict_id, version_no, bundle_digest, signed_at FROM signing_ledger ORDER BY verdict_id, version_no')
    .all()
    .map((stored, index) => {
      const row = { verdictId: stored.verdict_id, versionNo: stored.version_no, bundleDigest: stored.bundle_digest, signedAt: stored.signed_at };
      const parsed = ledgerRowSchema.safeParse(row);
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      throw new HostFailure(
        'invalid-backup',
        `备份中「签名记录」（数据表 signing_ledger）第 ${index + 1} 行的字段 ${issue?.path.join('.') ?? ''} 无效：${issue?.message ?? '格式不符'}。未做任何恢复，本机数据保持原样`,
        `signing_ledger[${index}].${issue?.path.join('.') ?? ''}`,
      );
    });

/** Reads and validates every record of a staged store file; throws naming the table, row and field of the first bad one. */
export const readStoreContents = (file: string, fileName: string): StoreContents => {
  const db = openChecked(file, fileName);
  try {
    const rows = emptyRestoreRows();
    rows.meetings = readTable(db, 'meetings', 'id', { id: 'id' });
    rows.experts = readTable(db, 'experts', 'meeting_id, id', scopedKeys);
    rows.submissions = readTable(db, 'submissions', 'meeting_id, id', scopedKeys);
    rows.materials = readTable(db, 'materials', 'meeting_id, id', scopedKeys);
    rows.scoreSheets = readTable(db, 'scoreSheets', 'meeting_id, id', scopedKeys);
    rows.comments = readTable(db, 'comments', 'meeting_id, id', scopedKeys);
    rows.pledges = readTable(db, 'pledges', 'meeting_id, id', scopedKeys);
    rows.recusals = readTable(db, 'recusals', 'meeting_id, id', scopedKeys);
    rows.verdicts = readTable(db, 'verdicts', 'meeting_id, id', scopedKeys);
    rows.outbox = readTable(db, 'outbox', 'id', { id: 'id', meeting_id: 'meetingId', verdict_id: 'verdictId', version_no: 'versionNo' });
    rows.audit = readTable(db, 'audit', 'seq', { id: 'id', meeting_id: 'meetingId', submission_id: 'submissionId' });
    checkRowSet(rows, (table, index) => ({ table, source: sqlTables[table], index }));
    return { rows, ledger: readLedger(db), chain: verifyAuditChain(db) };
  } finally {
    db.close();
  }
};
