import { canonicalJson } from '../../../shared/digest/canonical-json.js';
import { sha256HexOfText } from '../../../shared/digest/sha256.js';
import type { AuditEvent } from '../../../shared/model/audit-event.js';
import type { MeetingDatabase } from './meeting-database.js';

/** The `previous_hash` of the first entry ever written. */
export const genesisHash = '0'.repeat(64);

/** What an entry's hash covers: the hash before it and the entry itself, in canonical JSON. */
export const chainHash = (previousHash: string, event: AuditEvent): string => sha256HexOfText(`${previousHash}\n${canonicalJson(event)}`);

export type ChainCheck =
  | { intact: true; entries: number; head: string }
  /** `seq` is the first entry that does not follow from the ones before it. */
  | { intact: false; entries: number; seq: number; reason: string };

type ChainRow = { seq: number; body: string; previous_hash: string; hash: string };

/** Walks the whole log from the start, recomputing each hash: one edited, removed or reordered entry shows where. */
export const verifyAuditChain = (db: MeetingDatabase): ChainCheck => {
  let previous = genesisHash;
  let entries = 0;
  for (const row of db.prepare<[], ChainRow>('SELECT seq, body, previous_hash, hash FROM audit_log ORDER BY seq').iterate()) {
    entries += 1;
    if (row.previous_hash !== previous) return { intact: false, entries, seq: row.seq, reason: `第 ${row.seq} 条记录与前一条不相连（可能有记录被删除或插入）` };
    let event: AuditEvent;
    try {
      event = JSON.parse(row.body) as AuditEvent;
    } catch {
      return { intact: false, entries, seq: row.seq, reason: `第 ${row.seq} 条记录无法读取` };
    }
    if (chainHash(previous, event) !== row.hash) return { intact: false, entries, seq: row.seq, reason: `第 ${row.seq} 条记录的内容已被改动` };
    previous = row.hash;
  }
  return { intact: true, entries, head: previous };
};
