import type { Transaction } from 'dexie';

/**
 * One step of the database's history. Versions are only ever appended: a shipped version's
 * `stores` and `upgrade` stay as they were, because installed databases were built from them
 * and backups name them. `stores` lists only the tables this version adds or changes (Dexie keeps
 * the rest); `null` deletes a table.
 */
export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  /** Rewrites data left by the previous version; runs inside Dexie's version-change transaction. */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Meeting-owned records are keyed by `[meetingId+id]`: ids come from review packages ("E01",
 * "S01") and repeat across meetings. A compound index also answers queries on its leading parts
 * (`where('meetingId')`, `where('[meetingId+submissionId]')` on score sheets and recusals), so
 * those need no index of their own. Unique `&` indexes hold
 * the domain's one-of rules: one sheet per expert and submission, one pledge per expert, one
 * recusal record per expert and submission, each verdict version and outbox bundle once.
 * Score-sheet versions live inside their sheet and verdict versions are rows of `verdicts`,
 * as the shared model defines them.
 */
const baseSchema: SchemaVersion = {
  version: 1,
  stores: {
    meetings: 'id, startsAt, packageId',
    experts: '[meetingId+id]',
    submissions: '[meetingId+id]',
    materials: '[meetingId+id], [meetingId+submissionId]',
    scoreSheets: '[meetingId+id], [meetingId+expertId], &[meetingId+submissionId+expertId]',
    comments: '[meetingId+id], [meetingId+submissionId], [meetingId+expertId]',
    pledges: '[meetingId+id], &[meetingId+expertId]',
    recusals: '[meetingId+id], &[meetingId+submissionId+expertId]',
    verdicts: '[meetingId+id], [meetingId+submissionId], &[verdictId+versionNo], status',
    outbox: 'id, meetingId, status, [status+nextAttemptAt], &[verdictId+versionNo]',
    auditLog: 'id, at, [meetingId+at], [meetingId+submissionId]',
  },
};

export const schemaVersions: readonly SchemaVersion[] = [baseSchema];

export const latestVersion = (versions: readonly SchemaVersion[]): number => {
  const last = versions.at(-1);
  if (last === undefined) throw new Error('数据库没有任何结构版本');
  return last.version;
};

/** The tables that exist once `version` is installed, replaying each step's additions and deletions. */
export const tableNamesAt = (versions: readonly SchemaVersion[], version: number): string[] => {
  const tables = new Set<string>();
  for (const step of versions) {
    if (step.version > version) break;
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null) tables.delete(name);
      else tables.add(name);
    }
  }
  return [...tables].sort();
};
