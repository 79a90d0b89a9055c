import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { AuditEvent } from '../../shared/model/audit-event.js';
import type { ReviewComment } from '../../shared/model/comment.js';
import type { Expert } from '../../shared/model/expert.js';
import type { Meeting } from '../../shared/model/meeting.js';
import type { Pledge } from '../../shared/model/pledge.js';
import type { Recusal } from '../../shared/model/recusal.js';
import type { ScoreSheet } from '../../shared/model/score-sheet.js';
import type { Material, Submission } from '../../shared/model/submission.js';
import type { Verdict } from '../../shared/model/verdict.js';
import type { OutboxEntry } from './outbox-entry.js';
import { latestVersion, schemaVersions, type SchemaVersion } from './schema-versions.js';

export const databaseName = 'zz-review-workstation';

/** `[meetingId, id]`: the key of every record that belongs to a meeting. */
export type MeetingScopedKey = [meetingId: string, id: string];

type MeetingScopedTable<T> = Table<T, MeetingScopedKey>;

export interface WorkstationDatabaseOptions {
  name?: string;
  /** The schema history; tests append versions to exercise the migration machinery. */
  versions?: readonly SchemaVersion[];
  /** Declares only the versions up to this one: restoring an old backup starts from its schema. */
  upToVersion?: number;
  /** Another IndexedDB implementation (fake-indexeddb in tests); every helper database reuses it. */
  indexedDB?: DexieOptions['indexedDB'];
  IDBKeyRange?: DexieOptions['IDBKeyRange'];
}

export class WorkstationDatabase extends Dexie {
  declare meetings: EntityTable<Meeting, 'id'>;
  declare experts: MeetingScopedTable<Expert>;
  declare submissions: MeetingScopedTable<Submission>;
  declare materials: MeetingScopedTable<Material>;
  declare scoreSheets: MeetingScopedTable<ScoreSheet>;
  declare comments: MeetingScopedTable<ReviewComment>;
  declare pledges: MeetingScopedTable<Pledge>;
  declare recusals: MeetingScopedTable<Recusal>;
  /** One row per verdict version: `id` names the version, `verdictId` is stable across amendments. */
  declare verdicts: MeetingScopedTable<Verdict>;
  declare outbox: EntityTable<OutboxEntry, 'id'>;
  declare auditLog: EntityTable<AuditEvent, 'id'>;

  readonly versions: readonly SchemaVersion[];
  readonly schemaVersion: number;
  readonly options: WorkstationDatabaseOptions;

  constructor(options: WorkstationDatabaseOptions = {}) {
    const { name = databaseName, versions = schemaVersions, upToVersion, indexedDB, IDBKeyRange } = options;
    // Dexie spreads its options over its defaults, so an explicit `undefined` would erase them.
    super(name, {
      ...(indexedDB === undefined ? {} : { indexedDB }),
      ...(IDBKeyRange === undefined ? {} : { IDBKeyRange }),
    });
    const declared = upToVersion === undefined ? versions : versions.filter((step) => step.version <= upToVersion);
    for (const step of declared) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade !== undefined) version.upgrade(step.upgrade);
    }
    this.versions = versions;
    this.schemaVersion = latestVersion(declared);
    this.options = options;
  }
}
