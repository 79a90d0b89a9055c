import type { BackupSummary, HeldBundle } from '../../../shared/api/calls/backup-calls.js';
import { HostFailure } from '../../../shared/api/result.js';
import type { RestoreRows } from '../../../shared/backup/backup-rows.js';
import { canonicalJson } from '../../../shared/digest/canonical-json.js';
import type { AuditEvent } from '../../../shared/model/audit-event.js';
import type { OutboxEntry } from '../../../shared/sync/outbox-entry.js';
import { chainHash, genesisHash } from '../meeting/audit-chain.js';
import type { MeetingDatabase } from '../meeting/meeting-database.js';
import type { MeetingStore, MeetingTx } from '../meeting/meeting-store.js';
import type { LedgerRow } from './backup-contents.js';

export type RestorePlan = { rows: RestoreRows; ledger: LedgerRow[]; summary: BackupSummary };

/** The tables a restore empties and refills; the audit log and the signing ledger only ever grow, and PIN lockouts stay as they are. */
const replacedTables = ['experts', 'submissions', 'materials', 'score_sheets', 'comments', 'pledges', 'recusals', 'verdicts', 'outbox', 'meetings'];

/**
 * A bundle the backup had not delivered is held: nothing restored from a file is signed or sent
 * until the secretary has looked at it (`outbox.confirmHeld`).
 */
const heldOnRestore = (entry: OutboxEntry): OutboxEntry => (entry.status === 'pending' ? { ...entry, status: 'held' } : entry);

const heldBundle = (entry: OutboxEntry): HeldBundle => ({
  id: entry.id,
  meetingId: entry.meetingId,
  submissionId: entry.bundle.submissionId,
  verdictId: entry.verdictId,
  versionNo: entry.versionNo,
  bundleDigest: entry.bundleDigest,
});

/**
 * The backup's history joins this workstation's chain after its own entries, each keeping its id. An
 * entry already here (a backup of this same store) is skipped when it is the same record; the same id
 * with other content means the file was altered, and the whole restore is refused. Returns how many
 * entries each meeting gained.
 */
const appendHistory = (db: MeetingDatabase, events: readonly AuditEvent[]): Map<string, number> => {
  const head = db.prepare<[], { hash: string }>('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  const existing = db.prepare<[string], { body: string }>('SELECT body FROM audit_log WHERE id = ?');
  const insert = db.prepare('INSERT INTO audit_log (id, meeting_id, submission_id, body, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?)');
  const added = new Map<string, number>();
  events.forEach((event, index) => {
    const found = existing.get(event.id);
    if (found !== undefined) {
      if (canonicalJson(JSON.parse(found.body)) === canonicalJson(event)) return;
      throw new HostFailure(
        'invalid-backup',
        `备份中「审计日志」第 ${index + 1} 行（编号 ${event.id}）与本机已有的同一条记录内容不同：备份文件被改动过。未做任何恢复，本机数据保持原样`,
        `audit_log[${index}]`,
      );
    }
    const previous = head.get()?.hash ?? genesisHash;
    insert.run(event.id, event.meetingId, event.submissionId, JSON.stringify(event), previous, chainHash(previous, event));
    added.set(event.meetingId, (added.get(event.meetingId) ?? 0) + 1);
  });
  return added;
};

const mergeLedger = (db: MeetingDatabase, ledger: readonly LedgerRow[]): void => {
  const add = db.prepare('INSERT INTO signing_ledger (verdict_id, version_no, bundle_digest, signed_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
  for (const row of ledger) add.run(row.verdictId, row.versionNo, row.bundleDigest, row.signedAt);
};

const putRows = (tx: MeetingTx, rows: RestoreRows): void => {
  for (const row of rows.meetings) tx.meetings.put(row);
  for (const row of rows.experts) tx.experts.put(row);
  for (const row of rows.submissions) tx.submissions.put(row);
  for (const row of rows.materials) tx.materials.put(row);
  for (const row of rows.scoreSheets) tx.scoreSheets.put(row);
  for (const row of rows.comments) tx.comments.put(row);
  for (const row of rows.pledges) tx.pledges.put(row);
  for (const row of rows.recusals) tx.recusals.put(row);
  for (const row of rows.verdicts) tx.verdicts.put(row);
  for (const row of rows.outbox) tx.outbox.put(heldOnRestore(row));
};

/**
 * Replaces every meeting with the backup's in ONE transaction of the open store: the store stays the
 * same file and connection, so no reader or handler ever sees a half-restored or swapped database,
 * and a failure anywhere rolls everything back. The audit log keeps what it had, gains the backup's
 * history, and records the restore in every meeting it touched (those it removed included).
 */
export const applyRestore = (store: MeetingStore, plan: RestorePlan, at: string): HeldBundle[] =>
  store.writeNow({ meetingId: null }, (tx) => {
    const { rows, summary } = plan;
    const before = tx.meetings.list().map((meeting) => meeting.id);
    for (const table of replacedTables) store.database.prepare(`DELETE FROM ${table}`).run();
    putRows(tx, rows);
    const added = appendHistory(store.database, rows.audit);
    mergeLedger(store.database, plan.ledger);
    const held = tx.outbox.list().filter((entry) => entry.status === 'held');
    const { origin } = summary;
    const device = origin.kind === 'other-device' ? [origin.deviceName, origin.deviceId, origin.fingerprint].filter(Boolean).join(' / ') : null;
    for (const meetingId of new Set([...before, ...rows.meetings.map((meeting) => meeting.id)])) {
      tx.audit.append({
        meetingId,
        submissionId: null,
        actor: 'secretary',
        action: 'backup.restore',
        at,
        details: {
          fileName: summary.fileName,
          backupAt: summary.createdAt,
          origin: origin.kind,
          ...(device === null ? {} : { device }),
          entries: added.get(meetingId) ?? 0,
          held: held.filter((entry) => entry.meetingId === meetingId).length,
          ...(summary.chain?.intact === false ? { chainBreak: summary.chain.seq } : {}),
        },
      });
    }
    return held.map(heldBundle);
  });
