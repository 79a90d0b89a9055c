import type { z } from 'zod';
import { HostFailure } from '../api/result.js';
import { bundleDigest } from '../bundle/verdict-bundle.js';
import { auditEventSchema } from '../model/audit-event.js';
import { reviewCommentSchema } from '../model/comment.js';
import { expertSchema } from '../model/expert.js';
import { meetingSchema } from '../model/meeting.js';
import { pledgeSchema } from '../model/pledge.js';
import { recusalSchema } from '../model/recusal.js';
import { scoreSheetSchema } from '../model/score-sheet.js';
import { materialSchema, submissionSchema } from '../model/submission.js';
import { verdictSchema } from '../model/verdict.js';
import { outboxEntrySchema } from '../sync/outbox-entry.js';

/** Every kind of record a restore writes, with the model schema it must pass and its name in messages. */
export const restoreTables = {
  meetings: { label: '审评会', schema: meetingSchema },
  experts: { label: '专家', schema: expertSchema },
  submissions: { label: '项目', schema: submissionSchema },
  materials: { label: '材料', schema: materialSchema },
  scoreSheets: { label: '评分表', schema: scoreSheetSchema },
  comments: { label: '意见', schema: reviewCommentSchema },
  pledges: { label: '承诺书', schema: pledgeSchema },
  recusals: { label: '回避记录', schema: recusalSchema },
  verdicts: { label: '审评结论', schema: verdictSchema },
  outbox: { label: '上报队列', schema: outboxEntrySchema },
  audit: { label: '审计日志', schema: auditEventSchema },
} as const;

export type RestoreTable = keyof typeof restoreTables;
export type RestoreRow<T extends RestoreTable> = z.output<(typeof restoreTables)[T]['schema']>;
export type RestoreRows = { [T in RestoreTable]: RestoreRow<T>[] };

/** The records of one meeting, as opposed to the outbox and the audit log, which the store keeps workstation-wide. */
export const meetingScopedTables = ['experts', 'submissions', 'materials', 'scoreSheets', 'comments', 'pledges', 'recusals', 'verdicts'] as const;

/**
 * Where a row sits in the backup file: its table there (SQL, or the old version's name), its position
 * from 0, and the path a refusal's `field` starts with (the table's name unless said otherwise).
 */
export type RowPlace = { table: RestoreTable; source: string; index: number; fieldPrefix?: string };

const describeKey = (raw: unknown): string => {
  const id = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).id : undefined;
  return typeof id === 'string' && id !== '' ? `（编号 ${id}）` : '';
};

/** A refusal naming the table, row and field; the whole restore stops and nothing on this workstation changes. */
export const invalidRow = (place: RowPlace, raw: unknown, path: readonly PropertyKey[], reason: string): HostFailure => {
  const field = path.map(String).join('.');
  const where = `备份中「${restoreTables[place.table].label}」（数据表 ${place.source}）第 ${place.index + 1} 行${describeKey(raw)}`;
  return new HostFailure(
    'invalid-backup',
    `${where}${field === '' ? '' : `的字段 ${field} `}无效：${reason}。未做任何恢复，本机数据保持原样`,
    `${place.fieldPrefix ?? place.source}[${place.index}]${field === '' ? '' : `.${field}`}`,
  );
};

/**
 * One row checked against the model, as every write to the store is: the first problem is reported
 * by table, row and field. An outbox entry must also carry the digest of its own bundle, since that
 * digest is what the bureau's receipt and the next version's `supersedes` are checked against.
 */
export const checkRow = <T extends RestoreTable>(place: RowPlace & { table: T }, raw: unknown): RestoreRow<T> => {
  const parsed = restoreTables[place.table].schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidRow(place, raw, issue?.path ?? [], issue?.message ?? '格式不符');
  }
  const row = parsed.data as RestoreRow<T>;
  if (place.table === 'outbox') {
    const entry = row as RestoreRow<'outbox'>;
    if (bundleDigest(entry.bundle) !== entry.bundleDigest) throw invalidRow(place, raw, ['bundleDigest'], '与上报包内容的摘要不符');
  }
  return row;
};

const keyOf = (table: RestoreTable, row: RestoreRows[RestoreTable][number]): string =>
  table === 'meetings' || table === 'outbox' || table === 'audit' ? row.id : `${(row as { meetingId: string }).meetingId}/${row.id}`;

/**
 * What holds across rows: each record once (a second copy would silently replace the first), one
 * outbox entry per verdict version, and no record of a meeting the backup does not contain (it
 * would be invisible on every screen). A file that breaks one of these was not written by a store.
 */
export const checkRowSet = (rows: RestoreRows, places: (table: RestoreTable, index: number) => RowPlace): void => {
  for (const table of Object.keys(restoreTables) as RestoreTable[]) {
    const seen = new Set<string>();
    rows[table].forEach((row, index) => {
      const key = keyOf(table, row);
      if (seen.has(key)) throw invalidRow(places(table, index), row, ['id'], '与前面的一行重复');
      seen.add(key);
    });
  }
  const versions = new Set<string>();
  rows.outbox.forEach((entry, index) => {
    const version = `${entry.verdictId}#${entry.versionNo}`;
    if (versions.has(version)) throw invalidRow(places('outbox', index), entry, ['versionNo'], `结论 ${entry.verdictId} 第 ${entry.versionNo} 版已在上报队列中`);
    versions.add(version);
  });
  const meetings = new Set(rows.meetings.map((meeting) => meeting.id));
  for (const table of meetingScopedTables) {
    rows[table].forEach((row, index) => {
      if (!meetings.has(row.meetingId)) throw invalidRow(places(table, index), row, ['meetingId'], `备份中没有会议 ${row.meetingId}`);
    });
  }
};

export const emptyRestoreRows = (): RestoreRows => ({
  meetings: [],
  experts: [],
  submissions: [],
  materials: [],
  scoreSheets: [],
  comments: [],
  pledges: [],
  recusals: [],
  verdicts: [],
  outbox: [],
  audit: [],
});

/** How many records a restore writes, the audit log included. */
export const restoreRowCount = (rows: RestoreRows): number => Object.values(rows).reduce((sum, list) => sum + list.length, 0);
