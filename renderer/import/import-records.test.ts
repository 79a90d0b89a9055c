import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { ScoreSheet } from '../../shared/model/score-sheet.js';
import type { ManifestRecords } from '../../shared/package/manifest-records.js';
import { WorkstationDatabase } from '../db/database.js';
import { ImportBlocked, planImport, writeImport, type ImportSource } from './import-records.js';

const openDatabase = () => new WorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });

const meetingId = 'M-2026-0147';

const records = (): ManifestRecords => ({
  meeting: {
    id: meetingId,
    packageId: '6f1c0000-0000-4000-8000-000000000001',
    title: '2026年第十二批“浙江制造”标准技术审评会',
    reviewType: 'technical',
    startsAt: '2026-11-28T09:30:00+08:00',
    venue: '杭州',
    organizer: '浙江省品牌建设联合会',
    rubric: null,
    rules: null,
  },
  experts: ['张明', '李华', '王芳'].map((name, index) => ({
    id: `E0${index + 1}`,
    meetingId,
    name,
    organization: '浙江省标准化研究院',
    title: '高级工程师',
    field: '机械',
    role: index === 0 ? ('chair' as const) : ('member' as const),
    affiliations: [],
    present: true,
  })),
  submissions: ['S01', 'S02'].map((id) => ({
    id,
    meetingId,
    standardName: `送审标准${id}`,
    proposedCode: '',
    standardKind: 'product' as const,
    leadDrafter: '浙江某某机械有限公司',
    coDrafters: [],
    revisionOf: null,
    phase: 'preparation' as const,
  })),
  materials: ['S01', 'S02'].map((submissionId) => ({
    id: `materials/${submissionId}/draft.pdf`,
    meetingId,
    submissionId,
    kind: 'draft' as const,
    title: '送审稿',
    path: `materials/${submissionId}/draft.pdf`,
    mediaType: 'application/pdf',
    bytes: 1000,
    sha256: 'a'.repeat(64),
  })),
});

const source: ImportSource = { action: 'package.import', details: { fileName: '审评包.zzpkg' } };

const sheet: ScoreSheet = {
  id: 'SS-1',
  meetingId,
  submissionId: 'S02',
  expertId: 'E03',
  rubricId: 'zzb-technical',
  status: 'draft',
  draft: { scores: [], veto: null, recommendation: null, opinion: '草稿' },
  versions: [],
  updatedAt: '2026-11-28T10:00:00+08:00',
};

describe('writeImport', () => {
  it('writes a new meeting with its audit entry', async () => {
    const db = openDatabase();
    const plan = await writeImport(db, records(), source);
    expect(plan.reimport).toBe(false);
    expect(await db.experts.count()).toBe(3);
    expect(await db.materials.count()).toBe(2);
    const [entry] = await db.auditLog.toArray();
    expect(entry).toMatchObject({ meetingId, action: 'package.import', actor: 'secretary', details: { fileName: '审评包.zzpkg', reimport: false } });
  });

  it('re-imports without touching score sheets, keeping what they refer to', async () => {
    const db = openDatabase();
    await writeImport(db, records(), source);
    await db.scoreSheets.add(sheet);
    await db.experts.update([meetingId, 'E02'], { present: false });

    const next = records();
    next.experts = next.experts.filter((expert) => expert.id !== 'E03' && expert.id !== 'E02');
    next.submissions = next.submissions.filter((submission) => submission.id !== 'S02');
    next.materials = next.materials.filter((material) => material.submissionId !== 'S02');
    next.meeting.venue = '宁波';

    const preview = await planImport(db, next);
    expect(preview.experts.removed.map((expert) => expert.id)).toEqual(['E02']);
    expect(preview.experts.kept.map((kept) => kept.record.id)).toEqual(['E03']);
    expect(preview.submissions.kept.map((kept) => kept.record.id)).toEqual(['S02']);

    await writeImport(db, next, source);
    expect(await db.scoreSheets.toArray()).toEqual([sheet]);
    expect((await db.experts.toArray()).map((expert) => expert.id)).toEqual(['E01', 'E03']);
    expect((await db.submissions.toArray()).map((submission) => submission.id)).toEqual(['S01', 'S02']);
    expect(await db.materials.count()).toBe(2);
    expect((await db.meetings.get(meetingId))?.venue).toBe('宁波');
    expect(await db.auditLog.count()).toBe(2);
  });

  it('writes nothing when the plan is blocked', async () => {
    const db = openDatabase();
    await writeImport(db, records(), source);
    await db.scoreSheets.add(sheet);
    const next = records();
    next.meeting.reviewType = 'periodic';
    next.meeting.venue = '宁波';

    await expect(writeImport(db, next, source)).rejects.toBeInstanceOf(ImportBlocked);
    expect((await db.meetings.get(meetingId))?.reviewType).toBe('technical');
    expect((await db.meetings.get(meetingId))?.venue).toBe('杭州');
    expect(await db.auditLog.count()).toBe(1);
  });

  it('refuses to create a meeting by hand over one that exists', async () => {
    const db = openDatabase();
    await writeImport(db, records(), source);
    await expect(writeImport(db, records(), { action: 'meeting.create', details: {} })).rejects.toThrow(meetingId);
    expect(await db.auditLog.count()).toBe(1);
  });
});
