import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { bundleDigest, verdictBundleSchema } from '../../shared/bundle/verdict-bundle.js';
import type { Expert } from '../../shared/model/expert.js';
import type { ScoreSheet } from '../../shared/model/score-sheet.js';
import { databaseName, WorkstationDatabase, type WorkstationDatabaseOptions } from './database.js';
import { latestVersion, schemaVersions, tableNamesAt, type SchemaVersion } from './schema-versions.js';

let factory: IDBFactory;
const openDatabase = (options: WorkstationDatabaseOptions = {}): WorkstationDatabase =>
  new WorkstationDatabase({ indexedDB: factory, IDBKeyRange, ...options });

beforeEach(() => {
  factory = new IDBFactory();
});

/**
 * The migration harness: installs the database as the app at `version` left it, with rows in that
 * version's shape (written untyped, since the types follow the current model), and closes it.
 * A migration test then opens the current schema over it and checks what the upgrade made of them.
 */
const installAt = async (
  versions: readonly SchemaVersion[],
  version: number,
  rows: Record<string, unknown[]>,
): Promise<void> => {
  const db = openDatabase({ versions, upToVersion: version });
  await db.transaction('rw', db.tables, async () => {
    for (const [table, tableRows] of Object.entries(rows)) await db.table(table).bulkAdd(tableRows);
  });
  db.close();
};

const expert = (meetingId: string, id: string, name: string): Expert => ({
  id,
  meetingId,
  name,
  organization: '浙江省计量科学研究院',
  title: '研究员',
  field: '计量',
  role: 'member',
  affiliations: ['中国计量大学'],
  present: true,
});

const scoreSheet = (meetingId: string, id: string, submissionId: string, expertId: string): ScoreSheet => ({
  id,
  meetingId,
  submissionId,
  expertId,
  rubricId: 'zzb-technical',
  status: 'draft',
  draft: { scores: [], veto: null, recommendation: null, opinion: '' },
  versions: [],
  updatedAt: '2026-11-28T10:00:00+08:00',
});

describe('a fresh database', () => {
  it('opens at the current version with every table the workstation stores', async () => {
    const db = openDatabase();
    await db.open();

    expect(db.name).toBe(databaseName);
    expect(db.verno).toBe(latestVersion(schemaVersions));
    expect(db.schemaVersion).toBe(db.verno);
    const stores = [...db.backendDB().objectStoreNames].sort();
    expect(stores).toEqual(tableNamesAt(schemaVersions, db.verno));
    expect(stores).toEqual(
      [
        'auditLog',
        'comments',
        'experts',
        'materials',
        'meetings',
        'outbox',
        'pledges',
        'recusals',
        'scoreSheets',
        'submissions',
        'verdicts',
      ].sort(),
    );
  });

  it('keeps package ids of different meetings apart', async () => {
    const db = openDatabase();
    await db.experts.bulkAdd([expert('M1', 'E01', '张三'), expert('M2', 'E01', '李四')]);

    expect((await db.experts.get(['M2', 'E01']))?.name).toBe('李四');
    expect(await db.experts.where('meetingId').equals('M1').toArray()).toEqual([expert('M1', 'E01', '张三')]);
  });

  it('answers the queries the screens make', async () => {
    const db = openDatabase();
    await db.scoreSheets.bulkAdd([
      scoreSheet('M1', 'SS1', 'S01', 'E01'),
      scoreSheet('M1', 'SS2', 'S01', 'E02'),
      scoreSheet('M1', 'SS3', 'S02', 'E01'),
      scoreSheet('M2', 'SS1', 'S01', 'E01'),
    ]);
    const bundle = verdictBundleSchema.parse({
      format: 'zzverdict', version: 1, verdictId: 'V', versionNo: 1, supersedes: null, meetingId: 'M1', submissionId: 'S01',
      packageId: null, reviewType: 'technical', rubricId: 'zzb-technical', outcome: 'pass',
      aggregate: { criteria: [], total: null, sumOfCriteria: null }, votes: [], scoresheets: [], comments: [], conclusion: '',
      revisionRequirements: [], dissent: [], recusals: [], reconciliationNotes: [],
      finalizedAt: '2026-11-28T08:00:00+08:00', finalizedBy: 'E01', minutes: null,
    });
    const outbox = (id: string, status: 'pending' | 'delivered', nextAttemptAt: string) => ({
      bundle,
      bundleDigest: bundleDigest(bundle),
      id,
      meetingId: 'M1',
      verdictId: `V-${id}`,
      versionNo: 1,
      status,
      attempts: 0,
      nextAttemptAt,
      lastError: null,
      receipt: null,
    });
    await db.outbox.bulkAdd([
      outbox('due', 'pending', '2026-11-28T09:00:00+08:00'),
      outbox('later', 'pending', '2026-11-28T11:00:00+08:00'),
      outbox('done', 'delivered', '2026-11-28T08:00:00+08:00'),
    ]);
    const audit = (id: string, meetingId: string, at: string) => ({
      id,
      meetingId,
      submissionId: null,
      actor: 'secretary',
      action: 'meeting.import',
      at,
      details: {},
    });
    await db.auditLog.bulkAdd([
      audit('a2', 'M1', '2026-11-28T10:00:00+08:00'),
      audit('a1', 'M1', '2026-11-28T09:00:00+08:00'),
      audit('b1', 'M2', '2026-11-28T08:00:00+08:00'),
    ]);

    const sheetsOfSubmission = await db.scoreSheets.where('[meetingId+submissionId]').equals(['M1', 'S01']).primaryKeys();
    expect(sheetsOfSubmission).toEqual([
      ['M1', 'SS1'],
      ['M1', 'SS2'],
    ]);
    expect(await db.scoreSheets.where('[meetingId+expertId]').equals(['M1', 'E01']).count()).toBe(2);
    const due = await db.outbox
      .where('[status+nextAttemptAt]')
      .between(['pending', ''], ['pending', '2026-11-28T10:00:00+08:00'], true, true)
      .primaryKeys();
    expect(due).toEqual(['due']);
    const meetingLog = await db.auditLog
      .where('[meetingId+at]')
      .between(['M1', ''], ['M1', '\uffff'])
      .primaryKeys();
    expect(meetingLog).toEqual(['a1', 'a2']);
  });

  it('refuses a second record where the domain allows only one', async () => {
    const db = openDatabase();
    await db.scoreSheets.add(scoreSheet('M1', 'SS1', 'S01', 'E01'));
    await expect(db.scoreSheets.add(scoreSheet('M1', 'SS2', 'S01', 'E01'))).rejects.toThrow(/constraint/i);

    const pledge = { meetingId: 'M1', expertId: 'E01', text: '承诺', signedAt: '2026-11-28T09:00:00+08:00', signatureImage: null };
    await db.pledges.add({ id: 'P1', ...pledge });
    await expect(db.pledges.add({ id: 'P2', ...pledge })).rejects.toThrow(/constraint/i);
  });
});

describe('tableNamesAt', () => {
  it('replays the tables each version adds and deletes', () => {
    const history: SchemaVersion[] = [
      { version: 1, stores: { meetings: 'id', drafts: 'id' } },
      { version: 2, stores: { drafts: null, notes: 'id' } },
    ];
    expect(tableNamesAt(history, 1)).toEqual(['drafts', 'meetings']);
    expect(tableNamesAt(history, 2)).toEqual(['meetings', 'notes']);
  });
});

describe('upgrading an installed database', () => {
  it('reopens the current schema over its own data unchanged', async () => {
    const current = latestVersion(schemaVersions);
    await installAt(schemaVersions, current, { experts: [expert('M1', 'E01', '张三')] });

    const db = openDatabase();
    expect(await db.experts.toArray()).toEqual([expert('M1', 'E01', '张三')]);
    expect(db.verno).toBe(current);
  });

  // A test-only next version: proves that an appended step's index and upgrade reach installed data.
  const splitOrganization: SchemaVersion = {
    version: latestVersion(schemaVersions) + 1,
    stores: { experts: '[meetingId+id], [meetingId+department]' },
    upgrade: async (tx) => {
      await tx
        .table('experts')
        .toCollection()
        .modify((row: { organization: string; department?: string }) => {
          const [organization = row.organization, department = ''] = row.organization.split('/');
          row.organization = organization;
          row.department = department;
        });
    },
  };

  it('runs an appended version over data the previous version left, keeping the other tables', async () => {
    const versions = [...schemaVersions, splitOrganization];
    const meeting = { id: 'M1', packageId: null, title: '审评会', reviewType: 'technical', startsAt: '2026-11-28T09:30:00+08:00', venue: '', organizer: '', rubric: null, rules: null };
    await installAt(versions, latestVersion(schemaVersions), {
      meetings: [meeting],
      experts: [{ ...expert('M1', 'E01', '张三'), organization: '浙江大学/机械工程学院' }],
    });

    const db = openDatabase({ versions });
    const experts = await db.table('experts').where('[meetingId+department]').equals(['M1', '机械工程学院']).toArray();

    expect(db.verno).toBe(splitOrganization.version);
    expect(experts).toEqual([{ ...expert('M1', 'E01', '张三'), organization: '浙江大学', department: '机械工程学院' }]);
    expect(await db.meetings.toArray()).toEqual([meeting]);
  });
});
