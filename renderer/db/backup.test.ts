import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { backupFileSchema, type BackupFile } from '../../shared/backup/backup-file.js';
import { bundleDigest } from '../../shared/bundle/verdict-bundle.js';
import { buildVerdictBundle } from '../../shared/meeting/build-verdict-bundle.js';
import type { AuditEvent } from '../../shared/model/audit-event.js';
import type { ReviewComment } from '../../shared/model/comment.js';
import type { Expert } from '../../shared/model/expert.js';
import type { Meeting } from '../../shared/model/meeting.js';
import type { Pledge } from '../../shared/model/pledge.js';
import type { Recusal } from '../../shared/model/recusal.js';
import type { ScoreSheet } from '../../shared/model/score-sheet.js';
import type { Material, Submission } from '../../shared/model/submission.js';
import type { Verdict } from '../../shared/model/verdict.js';
import { BackupError, exportBackup, restoreBackup } from './backup.js';
import { WorkstationDatabase, type WorkstationDatabaseOptions } from './database.js';
import type { OutboxEntry } from './outbox-entry.js';
import { schemaVersions, type SchemaVersion } from './schema-versions.js';

// A 1×1 PNG as a signature pad produces it: the binary travels as a data URL string.
const signaturePng =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

let factory: IDBFactory;
const openDatabase = (options: WorkstationDatabaseOptions = {}): WorkstationDatabase =>
  new WorkstationDatabase({ indexedDB: factory, IDBKeyRange, ...options });

beforeEach(() => {
  factory = new IDBFactory();
});

const now = new Date('2026-11-28T10:00:00+08:00');
const at = '2026-11-28T09:30:00+08:00';

const meeting = (id: string): Meeting => ({
  id,
  packageId: `pkg-${id}`,
  title: '2026 年第 47 批“浙江制造”标准审评会',
  reviewType: 'technical',
  startsAt: at,
  venue: '杭州',
  organizer: '浙江省市场监督管理局',
  rubric: null,
  rules: null,
});

const expert = (meetingId: string, id: string): Expert => ({
  id,
  meetingId,
  name: `专家${id}`,
  organization: '浙江省标准化研究院',
  title: '高级工程师',
  field: '机械',
  role: id === 'E01' ? 'chair' : 'member',
  affiliations: [],
  present: true,
});

const scoreSheet = (meetingId: string, id: string, expertId: string): ScoreSheet => ({
  id,
  meetingId,
  submissionId: 'S01',
  expertId,
  rubricId: 'zzb-technical',
  status: 'submitted',
  draft: { scores: [{ criterionId: 'compliance', score: 18, justification: '' }], veto: null, recommendation: 'pass', opinion: '' },
  versions: [
    {
      versionNo: 1,
      submittedAt: at,
      scores: [{ criterionId: 'compliance', score: 18, justification: '' }],
      veto: null,
      recommendation: 'pass',
      opinion: '同意通过',
    },
  ],
  updatedAt: at,
});

/** One meeting with a row in every table, shaped as the shared model defines them. */
const seedMeeting = async (db: WorkstationDatabase, meetingId: string): Promise<void> => {
  const submission: Submission = {
    id: 'S01',
    meetingId,
    standardName: '电动汽车用驱动电机',
    proposedCode: 'T/ZZB 1234—2026',
    standardKind: 'product',
    leadDrafter: '某电机有限公司',
    coDrafters: ['某检测研究院'],
    revisionOf: null,
    phase: 'scoring',
  };
  const material: Material = {
    id: 'S01-draft',
    meetingId,
    submissionId: 'S01',
    kind: 'draft',
    title: '送审稿',
    path: 'materials/S01/draft.pdf',
    mediaType: 'application/pdf',
    bytes: 1234567,
    sha256: 'a'.repeat(64),
  };
  const comment: ReviewComment = {
    id: 'C1',
    meetingId,
    submissionId: 'S01',
    expertId: 'E02',
    clause: '6.2.3',
    type: 'technical',
    text: '温升限值应与 GB/T 18488 一致',
    proposedChange: '改为 ≤ 80 K',
    resolution: null,
    resolutionNote: '',
    createdAt: at,
    updatedAt: at,
  };
  const pledge: Pledge = { id: 'P1', meetingId, expertId: 'E01', text: '本人承诺公正审评并保守秘密。', signedAt: at, signatureImage: signaturePng };
  const recusal: Recusal = {
    id: 'R1',
    meetingId,
    submissionId: 'S01',
    expertId: 'E02',
    source: 'detected',
    reason: '与主要起草单位同属一个集团',
    status: 'confirmed',
    flaggedAt: at,
    decidedBy: 'E01',
    decidedAt: at,
  };
  const verdict: Verdict = {
    id: 'V1-1',
    verdictId: `V-${meetingId}`,
    meetingId,
    submissionId: 'S01',
    versionNo: 1,
    supersedes: null,
    status: 'final',
    reviewType: 'technical',
    rubricId: 'zzb-technical',
    outcome: 'pass-with-revisions',
    explanation: '赞成票达到四分之三且总分不低于 60 分',
    aggregate: { criteria: [{ criterionId: 'compliance', stats: null }], total: null, sumOfCriteria: null },
    votes: [{ expertId: 'E01', recommendation: 'pass' }],
    recusedExpertIds: ['E02'],
    vetoRulings: [],
    reconciliationNotes: [],
    conclusion: '修改后通过',
    revisionRequirements: ['补充对标分析'],
    dissent: [],
    signatures: [{ expertId: 'E01', signedAt: at, image: signaturePng }],
    amendmentReason: null,
    finalizedAt: at,
    finalizedBy: 'E01',
    receipt: null,
  };
  const bundle = buildVerdictBundle({
    meeting: meeting(meetingId),
    verdict,
    sheets: [scoreSheet(meetingId, 'SS1', 'E01')],
    comments: [comment],
    recusals: [recusal],
    previousBundleDigest: null,
  });
  const outbox: OutboxEntry = {
    bundle,
    bundleDigest: bundleDigest(bundle),
    id: `O-${meetingId}`,
    meetingId,
    verdictId: `V-${meetingId}`,
    versionNo: 1,
    status: 'pending',
    attempts: 2,
    nextAttemptAt: at,
    lastError: '网络不可用',
    receipt: null,
  };
  const audit: AuditEvent = {
    id: `A-${meetingId}`,
    meetingId,
    submissionId: 'S01',
    actor: 'secretary',
    action: 'verdict.finalise',
    at,
    details: { verdictId: `V-${meetingId}`, versionNo: 1 },
  };
  await db.transaction('rw', db.tables, async () => {
    await db.meetings.add(meeting(meetingId));
    await db.experts.bulkAdd([expert(meetingId, 'E01'), expert(meetingId, 'E02')]);
    await db.submissions.add(submission);
    await db.materials.add(material);
    await db.scoreSheets.add(scoreSheet(meetingId, 'SS1', 'E01'));
    await db.comments.add(comment);
    await db.pledges.add(pledge);
    await db.recusals.add(recusal);
    await db.verdicts.add(verdict);
    await db.outbox.add(outbox);
    await db.auditLog.add(audit);
  });
};

const snapshot = async (db: WorkstationDatabase) => (await exportBackup(db, '0.1.0', now)).tables;

/** What the host hands back after writing the file and reading it again. */
const throughFile = (backup: BackupFile): BackupFile => backupFileSchema.parse(JSON.parse(JSON.stringify(backup)));

describe('exportBackup', () => {
  it('writes every table of the current schema with the file header the host validates', async () => {
    const db = openDatabase();
    await seedMeeting(db, 'M-2026-0147');
    const backup = await exportBackup(db, '0.1.0', now);
    expect(backupFileSchema.parse(backup)).toEqual(backup);
    expect(backup).toMatchObject({
      format: 'zzbackup',
      version: 1,
      createdAt: '2026-11-28T02:00:00.000Z',
      appVersion: '0.1.0',
      databaseName: 'zz-review-workstation',
      schemaVersion: 1,
    });
    expect(Object.keys(backup.tables)).toEqual(db.tables.map((table) => table.name).sort());
    for (const rows of Object.values(backup.tables)) expect(rows).toHaveLength(rows === backup.tables.experts ? 2 : 1);
  });

  it('refuses a value JSON cannot carry and names the table and field', async () => {
    const db = openDatabase();
    const bytes = new Uint8Array([137, 80, 78, 71]);
    await db.pledges.add({ id: 'P1', meetingId: 'M1', expertId: 'E01', text: '承诺', signedAt: at, signatureImage: bytes as unknown as string });
    const failure = exportBackup(db, '0.1.0', now);
    await expect(failure).rejects.toBeInstanceOf(BackupError);
    await expect(failure).rejects.toMatchObject({ code: 'not-json-safe', field: 'tables.pledges[0].signatureImage' });
    await expect(failure).rejects.toThrow('数据表 pledges 第 1 行的字段 signatureImage 含有无法写入备份文件的值（Uint8Array）');
  });
});

describe('restoreBackup', () => {
  it('round-trips every row, signatures included, through the backup file', async () => {
    const db = openDatabase();
    await seedMeeting(db, 'M-2026-0147');
    await seedMeeting(db, 'M-2026-0148');
    const before = await snapshot(db);
    const backup = throughFile(await exportBackup(db, '0.1.0', now));
    await Promise.all(db.tables.map((table) => table.clear()));
    expect(await db.meetings.count()).toBe(0);

    await restoreBackup(db, backup);

    expect(await snapshot(db)).toEqual(before);
    expect((await db.pledges.get(['M-2026-0147', 'P1']))?.signatureImage).toBe(signaturePng);
  });

  it('fills an empty profile, as on a new machine', async () => {
    const source = openDatabase();
    await seedMeeting(source, 'M-2026-0147');
    const backup = throughFile(await exportBackup(source, '0.1.0', now));
    factory = new IDBFactory();
    const target = openDatabase();

    await restoreBackup(target, backup);

    expect(await snapshot(target)).toEqual(backup.tables);
    expect(await target.experts.where('meetingId').equals('M-2026-0147').count()).toBe(2);
  });

  it('replaces the content: rows absent from the backup are gone', async () => {
    const db = openDatabase();
    await seedMeeting(db, 'M-2026-0147');
    const backup = throughFile(await exportBackup(db, '0.1.0', now));
    await seedMeeting(db, 'M-2026-0148');

    await restoreBackup(db, backup);

    expect(await db.meetings.toCollection().primaryKeys()).toEqual(['M-2026-0147']);
    expect(await snapshot(db)).toEqual(backup.tables);
  });

  describe('refuses, leaving the database as it was,', () => {
    const refusals: { name: string; edit: (backup: BackupFile) => unknown; code: string; field: string; message: string }[] = [
      {
        name: 'a backup from a newer schema',
        edit: (backup) => ({ ...backup, schemaVersion: 7 }),
        code: 'newer-schema',
        field: 'schemaVersion',
        message: '备份文件的数据库结构版本为 7，高于本程序支持的版本 1',
      },
      {
        name: 'an unknown table',
        edit: (backup) => ({ ...backup, tables: { ...backup.tables, signatures: [] } }),
        code: 'unknown-table',
        field: 'tables.signatures',
        message: '备份文件含有未知的数据表 signatures',
      },
      {
        name: 'a missing table',
        edit: ({ tables: { verdicts: _verdicts, ...tables }, ...backup }) => ({ ...backup, tables }),
        code: 'missing-table',
        field: 'tables.verdicts',
        message: '备份文件缺少数据表 verdicts',
      },
      {
        name: 'another database',
        edit: (backup) => ({ ...backup, databaseName: 'bureau' }),
        code: 'wrong-database',
        field: 'databaseName',
        message: '备份文件属于数据库 bureau',
      },
      {
        name: 'a file that is not a backup',
        edit: (backup) => ({ ...backup, format: 'zzpkg' }),
        code: 'invalid-file',
        field: 'format',
        message: '备份文件无效：format',
      },
    ];

    it.each(refusals)('$name', async ({ edit, code, field, message }) => {
      const db = openDatabase();
      await seedMeeting(db, 'M-2026-0147');
      const backup = throughFile(await exportBackup(db, '0.1.0', now));
      await seedMeeting(db, 'M-2026-0148');
      const before = await snapshot(db);

      const failure = restoreBackup(db, edit(backup) as BackupFile);

      await expect(failure).rejects.toBeInstanceOf(BackupError);
      await expect(failure).rejects.toMatchObject({ code, field });
      await expect(failure).rejects.toThrow(message);
      expect(await snapshot(db)).toEqual(before);
    });
  });

  it('is all or nothing: a row breaking a unique rule late in the restore leaves the old content', async () => {
    const db = openDatabase();
    await seedMeeting(db, 'M-2026-0147');
    const backup = throughFile(await exportBackup(db, '0.1.0', now));
    // Tables earlier in the transaction (meetings, experts, …) are already cleared and refilled when this fails.
    const secondSheetSameExpert = scoreSheet('M-2026-0147', 'SS2', 'E01');
    const broken = { ...backup, tables: { ...backup.tables, scoreSheets: [...(backup.tables.scoreSheets ?? []), secondSheetSameExpert] } };
    await seedMeeting(db, 'M-2026-0148');
    const before = await snapshot(db);

    const failure = restoreBackup(db, broken);

    await expect(failure).rejects.toMatchObject({ code: 'invalid-row', field: 'tables.scoreSheets[1]' });
    await expect(failure).rejects.toThrow('数据表 scoreSheets 第 2 行无法恢复');
    expect(await snapshot(db)).toEqual(before);
  });

  it('reports a row without its key by table and position, leaving the old content', async () => {
    const db = openDatabase();
    await seedMeeting(db, 'M-2026-0147');
    const backup = throughFile(await exportBackup(db, '0.1.0', now));
    const keyless = { ...backup, tables: { ...backup.tables, experts: [...(backup.tables.experts ?? []), { name: '无名' }] } };
    const before = await snapshot(db);

    const failure = restoreBackup(db, keyless);

    await expect(failure).rejects.toMatchObject({ code: 'invalid-row', field: 'tables.experts[2]' });
    await expect(failure).rejects.toThrow('数据表 experts 第 3 行缺少主键字段 meetingId');
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('restoreBackup of an older schema', () => {
  // Test-only next version: the upgrade path must run for restored data exactly as for an installed database.
  const nextVersion: SchemaVersion = {
    version: schemaVersions.length + 1,
    stores: { comments: '[meetingId+id], [meetingId+submissionId], [meetingId+expertId], [meetingId+clause]' },
    upgrade: async (tx) => {
      await tx
        .table('comments')
        .toCollection()
        .modify((comment: { text: string; summary?: string }) => {
          comment.summary = comment.text.slice(0, 4);
        });
    },
  };
  const versions = [...schemaVersions, nextVersion];

  it('runs the upgrade functions on the backup rows, then restores them', async () => {
    const old = openDatabase({ upToVersion: 1, versions });
    await seedMeeting(old, 'M-2026-0147');
    const backup = throughFile(await exportBackup(old, '0.1.0', now));
    old.close();
    factory = new IDBFactory();
    const db = openDatabase({ versions });

    await restoreBackup(db, backup);

    const restored = await snapshot(db);
    expect(restored.comments).toEqual([{ ...(backup.tables.comments?.[0] as ReviewComment), summary: '温升限值' }]);
    expect(restored.experts).toEqual(backup.tables.experts);
    expect(await db.comments.where('[meetingId+clause]').equals(['M-2026-0147', '6.2.3']).count()).toBe(1);
    expect((await factory.databases()).map((info) => info.name)).toEqual(['zz-review-workstation']);
  });

  it('refuses an older backup whose rows the old schema cannot hold, leaving the database as it was', async () => {
    const db = openDatabase({ versions });
    await seedMeeting(db, 'M-2026-0147');
    const before = await snapshot(db);
    const backup = throughFile({ ...(await exportBackup(db, '0.1.0', now)), schemaVersion: 1 });
    const broken = { ...backup, tables: { ...backup.tables, meetings: [{ title: '缺少 id' }] } };

    await expect(restoreBackup(db, broken)).rejects.toMatchObject({ code: 'invalid-row', field: 'tables.meetings[0]' });
    expect(await snapshot(db)).toEqual(before);
    expect((await factory.databases()).map((info) => info.name)).toEqual(['zz-review-workstation']);
  });
});
