import { describe, expect, it } from 'vitest';
import type { Expert } from '../model/expert.js';
import type { Material, Submission } from '../model/submission.js';
import type { ManifestRecords } from './manifest-records.js';
import { planChangesNothing, planReimport, type StoredMeeting, type WorkReference } from './reimport-plan.js';

const meetingId = 'M-2026-0147';

const expert = (id: string, name: string, overrides: Partial<Expert> = {}): Expert => ({
  id,
  meetingId,
  name,
  organization: '浙江省标准化研究院',
  title: '高级工程师',
  field: '机械',
  role: id === 'E01' ? 'chair' : 'member',
  affiliations: [],
  present: true,
  ...overrides,
});

const submission = (id: string, overrides: Partial<Submission> = {}): Submission => ({
  id,
  meetingId,
  standardName: `送审标准${id}`,
  proposedCode: `T/ZZB ${id}—2026`,
  standardKind: 'product',
  leadDrafter: '浙江某某机械有限公司',
  coDrafters: [],
  revisionOf: null,
  phase: 'preparation',
  ...overrides,
});

const material = (submissionId: string, name: string, overrides: Partial<Material> = {}): Material => ({
  id: `materials/${submissionId}/${name}`,
  meetingId,
  submissionId,
  kind: 'draft',
  title: '送审稿',
  path: `materials/${submissionId}/${name}`,
  mediaType: 'application/pdf',
  bytes: 1000,
  sha256: 'a'.repeat(64),
  ...overrides,
});

const records = (overrides: Partial<ManifestRecords> = {}): ManifestRecords => ({
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
  experts: ['张明', '李华', '王芳', '赵强', '陈静'].map((name, index) => expert(`E0${index + 1}`, name)),
  submissions: [submission('S01'), submission('S02')],
  materials: [material('S01', 'draft.pdf'), material('S02', 'draft.pdf')],
  ...overrides,
});

const stored = (base: ManifestRecords, work: WorkReference[] = []): StoredMeeting => ({ ...base, work });

const sheet = (expertId: string, submissionId: string): WorkReference => ({ table: 'scoreSheets', expertId, submissionId });

describe('planReimport', () => {
  it('writes every record of a meeting the workstation has never seen', () => {
    const incoming = records();
    const plan = planReimport(incoming, null);
    expect(plan.reimport).toBe(false);
    expect(plan.experts.added).toHaveLength(5);
    expect(plan.write).toEqual({
      meeting: incoming.meeting,
      experts: incoming.experts,
      submissions: incoming.submissions,
      materials: incoming.materials,
      deleteExperts: [],
      deleteSubmissions: [],
      deleteMaterials: [],
    });
    expect(plan.blockers).toEqual([]);
  });

  it('finds nothing to change when the same package comes again', () => {
    const plan = planReimport(records(), stored(records(), [sheet('E01', 'S01')]));
    expect(plan.reimport).toBe(true);
    expect(planChangesNothing(plan)).toBe(true);
  });

  it('keeps attendance and review phase while updating what the package owns', () => {
    const before = records();
    before.experts[1] = { ...before.experts[1]!, present: false };
    before.submissions[0] = { ...before.submissions[0]!, phase: 'discussion' };
    const incoming = records();
    incoming.experts[1] = { ...incoming.experts[1]!, organization: '浙江大学', title: '教授' };
    incoming.submissions[0] = { ...incoming.submissions[0]!, standardName: '电动自行车用锂离子电池组' };

    const plan = planReimport(incoming, stored(before));

    expect(plan.experts.changed).toEqual([
      { before: before.experts[1], after: { ...incoming.experts[1], present: false }, fields: ['organization', 'title'] },
    ]);
    expect(plan.submissions.changed[0]?.fields).toEqual(['standardName']);
    expect(plan.write.experts.find((e) => e.id === 'E02')).toMatchObject({ organization: '浙江大学', present: false });
    expect(plan.write.submissions.find((s) => s.id === 'S01')).toMatchObject({ standardName: '电动自行车用锂离子电池组', phase: 'discussion' });
  });

  it('adds and removes experts, submissions and materials that nobody has worked on', () => {
    const before = records();
    const incoming = records({
      experts: [...before.experts.filter((e) => e.id !== 'E05'), expert('E06', '周敏')],
      submissions: [before.submissions[0]!, submission('S03')],
      materials: [
        material('S01', 'draft.pdf', { sha256: 'b'.repeat(64), bytes: 2048 }),
        material('S01', 'explanation.pdf', { kind: 'explanation', title: '编制说明' }),
        material('S03', 'draft.pdf'),
      ],
    });

    const plan = planReimport(incoming, stored(before));

    expect(plan.experts.added.map((e) => e.name)).toEqual(['周敏']);
    expect(plan.experts.removed.map((e) => e.name)).toEqual(['陈静']);
    expect(plan.submissions.added.map((s) => s.id)).toEqual(['S03']);
    expect(plan.submissions.removed.map((s) => s.id)).toEqual(['S02']);
    expect(plan.materials.added.map((m) => m.id)).toEqual(['materials/S01/explanation.pdf', 'materials/S03/draft.pdf']);
    expect(plan.materials.removed.map((m) => m.id)).toEqual(['materials/S02/draft.pdf']);
    expect(plan.materials.changed.map((c) => c.fields)).toEqual([['bytes', 'sha256']]);
    expect(plan.write.deleteExperts).toEqual(['E05']);
    expect(plan.write.deleteSubmissions).toEqual(['S02']);
    expect(plan.write.deleteMaterials).toEqual(['materials/S02/draft.pdf']);
  });

  it('refuses to remove an expert or a submission that already has work, and keeps its materials', () => {
    const before = records();
    const work: WorkReference[] = [
      sheet('E05', 'S01'),
      sheet('E01', 'S02'),
      sheet('E02', 'S02'),
      { table: 'comments', expertId: 'E01', submissionId: 'S02' },
      { table: 'pledges', expertId: 'E05', submissionId: null },
    ];
    const incoming = records({
      experts: before.experts.filter((e) => e.id !== 'E05'),
      submissions: [before.submissions[0]!],
      materials: [before.materials[0]!],
    });

    const plan = planReimport(incoming, stored(before, work));

    expect(plan.experts.removed).toEqual([]);
    expect(plan.experts.kept).toEqual([
      { record: before.experts[4], work: { scoreSheets: 1, comments: 0, pledges: 1, recusals: 0, verdicts: 0 } },
    ]);
    expect(plan.submissions.kept).toEqual([
      { record: before.submissions[1], work: { scoreSheets: 2, comments: 1, pledges: 0, recusals: 0, verdicts: 0 } },
    ]);
    expect(plan.materials.removed).toEqual([]);
    expect(plan.write.deleteExperts).toEqual([]);
    expect(plan.write.deleteSubmissions).toEqual([]);
    expect(plan.write.deleteMaterials).toEqual([]);
    expect(planChangesNothing(plan)).toBe(false);
  });

  it('lists changed meeting facts and blocks a new review type once score sheets exist', () => {
    const before = records();
    const incoming = records({ meeting: { ...before.meeting, venue: '宁波', reviewType: 'initiation' } });

    expect(planReimport(incoming, stored(before)).blockers).toEqual([]);
    const plan = planReimport(incoming, stored(before, [sheet('E01', 'S01'), sheet('E02', 'S01')]));
    expect(plan.meetingChanges).toEqual(['reviewType', 'venue']);
    expect(plan.blockers).toEqual([{ field: 'reviewType', scoreSheets: 2 }]);
  });

  it('compares list and object fields by content, not by key order', () => {
    const before = records();
    before.experts[0] = { ...before.experts[0]!, affiliations: ['浙江大学'] };
    const incoming = records();
    const { affiliations: _a, ...rest } = before.experts[0];
    incoming.experts[0] = { affiliations: ['浙江大学'], ...rest };
    expect(planChangesNothing(planReimport(incoming, stored(before)))).toBe(true);
  });
});
