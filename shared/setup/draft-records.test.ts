import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../package/manifest.js';
import type { MeetingDraft } from './meeting-draft.js';
import { draftToRecords, manualMeetingIdSchema, newMeetingId } from './draft-records.js';

const material = (fileName: string, kind: 'draft' | 'explanation') => ({
  key: fileName,
  kind,
  title: kind === 'draft' ? '送审稿' : '编制说明',
  fileName,
  sha256: 'b'.repeat(64),
  bytes: 2048,
  mediaType: 'application/pdf',
});

const draft: MeetingDraft = {
  title: ' 2026年第十二批“浙江制造”标准技术审评会 ',
  reviewType: 'technical',
  startsAt: '2026年11月28日 9:30',
  venue: '杭州',
  organizer: '浙江省品牌建设联合会',
  panel: [
    { key: 'a', name: '张明', organization: '浙江省标准化研究院', title: '研究员', role: 'chair' },
    { key: 'b', name: '李华', organization: '浙江大学', title: '教授', role: 'member' },
  ],
  submissions: [
    {
      key: 's',
      standardName: '电动自行车用锂离子电池组',
      proposedCode: 'T/ZZB 1234—2026',
      standardKind: 'product',
      leadDrafter: '浙江某某电池有限公司',
      coDrafters: [' 浙江大学 ', ''],
      materials: [material('说明.pdf', 'explanation'), material('说明.pdf', 'draft')],
    },
  ],
};

describe('draftToRecords', () => {
  it('numbers experts and submissions as a package does and stays valid for the model', () => {
    const records = draftToRecords(draft, 'M-20261128-7Q3K', 480);
    expect(records.meeting).toMatchObject({ id: 'M-20261128-7Q3K', packageId: null, title: '2026年第十二批“浙江制造”标准技术审评会', startsAt: '2026-11-28T09:30:00+08:00' });
    expect(records.experts.map((e) => [e.id, e.name, e.role])).toEqual([
      ['E01', '张明', 'chair'],
      ['E02', '李华', 'member'],
    ]);
    expect(records.submissions[0]).toMatchObject({ id: 'S01', coDrafters: ['浙江大学'], phase: 'preparation' });
    expect(records.materials.map((m) => [m.id, m.position])).toEqual([
      ['materials/S01/说明.pdf', 0],
      ['materials/S01/2-说明.pdf', 1],
    ]);

    const { meeting, experts, submissions } = records;
    const manifest = {
      format: 'zzpkg',
      version: 1,
      packageId: '6f1c0000-0000-4000-8000-000000000001',
      issuedAt: meeting.startsAt,
      issuer: { name: '本机', keyId: '' },
      meeting: { ...meeting, packageId: undefined },
      panel: experts.map(({ meetingId: _m, present: _p, ...expert }) => expert),
      submissions: submissions.map(({ meetingId: _m, phase: _p, ...submission }) => ({
        ...submission,
        materials: records.materials.map(({ id: _i, meetingId: _mm, submissionId: _s, ...m }) => m),
      })),
    };
    expect(manifestSchema.safeParse(manifest).success).toBe(true);
  });
});

describe('newMeetingId', () => {
  it('takes the meeting day and a random tail', () => {
    expect(newMeetingId('2026-11-28T09:30', () => 0)).toBe('M-20261128-2222');
    expect(newMeetingId('2026-11-28T09:30', () => 0.999)).toBe('M-20261128-ZZZZ');
  });

  it('has a shape no package meeting id has', () => {
    expect(manualMeetingIdSchema.safeParse(newMeetingId('2026-11-28T09:30')).success).toBe(true);
    expect(manualMeetingIdSchema.safeParse('M-2026-0147').success).toBe(false);
    expect(manualMeetingIdSchema.safeParse('M-20261128-7Q3I').success).toBe(false);
  });
});
