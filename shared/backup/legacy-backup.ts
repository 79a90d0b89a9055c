import { z } from 'zod';
import { HostFailure } from '../api/result.js';
import { checkRow, checkRowSet, emptyRestoreRows, type RestoreRows, type RestoreTable, type RowPlace } from './backup-rows.js';

/**
 * What version 0.1 wrote as `.zzbackup`: the renderer's IndexedDB (Dexie) database as one JSON
 * document, an array of rows per table. It carried no signature and no material files; the audit
 * log had no hash chain.
 */
export const legacyBackupSchema = z.object({
  format: z.literal('zzbackup'),
  version: z.literal(1),
  createdAt: z.iso.datetime({ offset: true }),
  appVersion: z.string().min(1),
  databaseName: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  tables: z.record(z.string().min(1), z.array(z.unknown())),
});
export type LegacyBackup = z.infer<typeof legacyBackupSchema>;

const legacyDatabaseName = 'zz-review-workstation';

/**
 * Version 0.1's Dexie schema (renderer/db/schema-versions.ts, removed with it) had one version only,
 * with no data upgrade: its rows are already shaped as the model defines them, so converting a
 * backup is renaming its tables and validating each row. A later version number can only come from
 * a build that never shipped.
 */
const legacySchemaVersion = 1;

/** Dexie's table names of schema version 1, and where each one's rows go now. */
const legacyTables: Readonly<Record<string, RestoreTable>> = {
  meetings: 'meetings',
  experts: 'experts',
  submissions: 'submissions',
  materials: 'materials',
  scoreSheets: 'scoreSheets',
  comments: 'comments',
  pledges: 'pledges',
  recusals: 'recusals',
  verdicts: 'verdicts',
  outbox: 'outbox',
  auditLog: 'audit',
};

const sourceOf = (table: RestoreTable): string => Object.keys(legacyTables).find((name) => legacyTables[name] === table) ?? table;

const refuse = (message: string, field: string) => new HostFailure('invalid-backup', `${message}。未做任何恢复，本机数据保持原样`, field);

/** Parses the old file's header; a refusal names the field and the file. */
export const parseLegacyBackup = (json: unknown, fileName: string): LegacyBackup => {
  const parsed = legacyBackupSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  throw refuse(`不是有效的备份文件（${field || '格式'}：${issue?.message ?? '无效'}）：${fileName}`, field || 'format');
};

/**
 * The old backup's rows as the new store takes them, each validated with the model's schemas. Audit
 * entries are put in the order they happened (Dexie exported them by their random ids), so the
 * chain they join reads as the history did.
 */
export const legacyRestoreRows = (backup: LegacyBackup): RestoreRows => {
  if (backup.databaseName !== legacyDatabaseName) {
    throw refuse(`备份文件属于数据库 ${backup.databaseName}，不是审评工作站的 ${legacyDatabaseName}`, 'databaseName');
  }
  if (backup.schemaVersion !== legacySchemaVersion) {
    throw refuse(`备份文件的数据库结构版本为 ${backup.schemaVersion}，旧版工作站只发布过版本 ${legacySchemaVersion}`, 'schemaVersion');
  }
  const unknown = Object.keys(backup.tables).find((name) => !Object.hasOwn(legacyTables, name));
  if (unknown !== undefined) throw refuse(`备份文件含有未知的数据表 ${unknown}`, `tables.${unknown}`);
  const missing = Object.keys(legacyTables).find((name) => backup.tables[name] === undefined);
  if (missing !== undefined) throw refuse(`备份文件缺少数据表 ${missing}，文件可能不完整`, `tables.${missing}`);

  const rows = emptyRestoreRows();
  const place = (table: RestoreTable, index: number): RowPlace => ({ table, source: sourceOf(table), index, fieldPrefix: `tables.${sourceOf(table)}` });
  for (const [name, table] of Object.entries(legacyTables)) {
    const target = rows[table] as unknown[];
    (backup.tables[name] ?? []).forEach((raw, index) => target.push(checkRow({ ...place(table, index), table }, raw)));
  }
  checkRowSet(rows, place);
  rows.audit.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id));
  return rows;
};
