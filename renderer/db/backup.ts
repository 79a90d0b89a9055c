import Dexie, { type Table } from 'dexie';
import { backupFileSchema, type BackupFile } from '../../shared/backup/backup-file.js';
import { WorkstationDatabase } from './database.js';
import { findNonJsonValue } from './json-safe.js';
import { tableNamesAt } from './schema-versions.js';

export type BackupErrorCode =
  | 'invalid-file'
  | 'wrong-database'
  | 'newer-schema'
  | 'unknown-table'
  | 'missing-table'
  | 'invalid-row'
  | 'not-json-safe';

/** A backup refused or not written; `field` names the offending part of the backup file. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

type TableRows = Record<string, unknown[]>;

/** Every table's rows by table name, read in one transaction so the snapshot is consistent. */
const readAllTables = (db: Dexie): Promise<TableRows> =>
  db.transaction('r', db.tables, async () => {
    const names = db.tables.map((table) => table.name).sort();
    return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await db.table(name).toArray()])));
  });

const assertJsonSafe = (tables: TableRows): void => {
  for (const [name, rows] of Object.entries(tables)) {
    for (const [index, row] of rows.entries()) {
      const found = findNonJsonValue(row);
      if (found === null) continue;
      const where = found.path === '' ? '' : `的字段 ${found.path} `;
      throw new BackupError(
        'not-json-safe',
        `数据表 ${name} 第 ${index + 1} 行${where}含有无法写入备份文件的值（${found.kind}），备份未生成`,
        `tables.${name}[${index}]${found.path === '' ? '' : `.${found.path}`}`,
      );
    }
  }
};

export const exportBackup = async (db: WorkstationDatabase, appVersion: string, now: Date): Promise<BackupFile> => {
  const tables = await readAllTables(db);
  assertJsonSafe(tables);
  return {
    format: 'zzbackup',
    version: 1,
    createdAt: now.toISOString(),
    appVersion,
    databaseName: db.name,
    schemaVersion: db.schemaVersion,
    tables,
  };
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const isKey = (value: unknown): boolean => typeof value === 'string' || (typeof value === 'number' && !Number.isNaN(value));

/** The first primary-key field `row` lacks, checked first so the message can name it. */
const missingKeyField = (table: Table, row: unknown): string | null => {
  const { keyPath } = table.schema.primKey;
  const fields = typeof keyPath === 'string' ? [keyPath] : (keyPath ?? []);
  const record = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {};
  return fields.find((field) => !isKey(record[field])) ?? null;
};

const invalidRow = (table: string, index: number, reason: string): BackupError =>
  new BackupError('invalid-row', `数据表 ${table} 第 ${index + 1} 行${reason}`, `tables.${table}[${index}]`);

/** Adds one table's rows; a refused row is reported by table and position, which aborts the enclosing transaction. */
const addRows = async (db: Dexie, name: string, rows: unknown[]): Promise<void> => {
  const table = db.table(name);
  for (const [index, row] of rows.entries()) {
    const field = missingKeyField(table, row);
    if (field !== null) throw invalidRow(name, index, `缺少主键字段 ${field}`);
  }
  try {
    await table.bulkAdd(rows);
  } catch (error) {
    const [position, cause] =
      error instanceof Dexie.BulkError ? (Object.entries(error.failuresByPos)[0] ?? ['0', error]) : ['0', error];
    throw invalidRow(name, Number(position), `无法恢复：${messageOf(cause)}`);
  }
};

const checkFile = (db: WorkstationDatabase, input: unknown): BackupFile => {
  const parsed = backupFileSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new BackupError('invalid-file', `备份文件无效：${field === '' ? '' : `${field} `}${issue?.message ?? ''}`, field);
  }
  const backup = parsed.data;
  if (backup.databaseName !== db.name) {
    throw new BackupError(
      'wrong-database',
      `备份文件属于数据库 ${backup.databaseName}，不是本工作站的 ${db.name}`,
      'databaseName',
    );
  }
  if (backup.schemaVersion > db.schemaVersion) {
    throw new BackupError(
      'newer-schema',
      `备份文件的数据库结构版本为 ${backup.schemaVersion}，高于本程序支持的版本 ${db.schemaVersion}，请先升级工作站程序再恢复`,
      'schemaVersion',
    );
  }
  const expected = tableNamesAt(db.versions, backup.schemaVersion);
  const unknown = Object.keys(backup.tables).find((name) => !expected.includes(name));
  if (unknown !== undefined) {
    throw new BackupError(
      'unknown-table',
      `备份文件含有未知的数据表 ${unknown}（结构版本 ${backup.schemaVersion} 没有这张表）`,
      `tables.${unknown}`,
    );
  }
  const missing = expected.find((name) => backup.tables[name] === undefined);
  if (missing !== undefined) {
    throw new BackupError('missing-table', `备份文件缺少数据表 ${missing}，文件可能不完整`, `tables.${missing}`);
  }
  return backup;
};

/**
 * Brings an older backup's rows to the current schema the way an installed database gets there:
 * written into a scratch database at the backup's version, then reopened at the current one so
 * the same upgrade functions run.
 */
const upgradeRows = async (db: WorkstationDatabase, backup: BackupFile): Promise<TableRows> => {
  const scratch = { ...db.options, name: `${db.name}-restore` };
  await new WorkstationDatabase(scratch).delete();
  const old = new WorkstationDatabase({ ...scratch, upToVersion: backup.schemaVersion });
  const upgraded = new WorkstationDatabase(scratch);
  try {
    await old.transaction('rw', old.tables, async () => {
      for (const [name, rows] of Object.entries(backup.tables)) await addRows(old, name, rows);
    });
    old.close();
    return await readAllTables(upgraded);
  } finally {
    old.close();
    await upgraded.delete();
  }
};

/**
 * Replaces the whole database with the backup's content in one transaction: every table is
 * cleared and refilled, or, when anything fails, nothing changes. Throws `BackupError`.
 */
export const restoreBackup = async (db: WorkstationDatabase, input: BackupFile): Promise<void> => {
  const backup = checkFile(db, input);
  const tables = backup.schemaVersion === db.schemaVersion ? backup.tables : await upgradeRows(db, backup);
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      await addRows(db, table.name, tables[table.name] ?? []);
    }
  });
};
