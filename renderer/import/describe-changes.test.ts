import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translate.js';
import type { Expert } from '../../shared/model/expert.js';
import type { ManifestRecords } from '../../shared/package/manifest-records.js';
import { planReimport } from '../../shared/package/reimport-plan.js';
import { zzbInitiationRubric } from '../../shared/rubrics/zzb-initiation.js';
import { defaultRules } from '../../shared/rubrics/default-rules.js';
import { describeBlockers, describeChanges } from './describe-changes.js';

const meetingId = 'M1';
const zh = translator('zh-CN');
const en = translator('en');

const expert = (id: string, name: string): Expert => ({
  id,
  meetingId,
  name,
  organization: '浙江大学',
  title: '教授',
  field: '机械',
  role: 'member',
  affiliations: [],
  present: true,
});

const base = (): ManifestRecords => ({
  meeting: { id: meetingId, packageId: null, title: '审评会', reviewType: 'technical', startsAt: '2026-11-28T09:30:00+08:00', venue: '杭州', organizer: '', rubric: null, rules: null },
  experts: [expert('E01', '张明'), expert('E02', '李华'), expert('E03', '王芳')],
  submissions: [
    { id: 'S01', meetingId, standardName: '电动自行车用锂离子电池组', proposedCode: '', standardKind: 'product', leadDrafter: '甲公司', coDrafters: [], revisionOf: null, phase: 'preparation' },
  ],
  materials: [
    { id: 'materials/S01/draft.pdf', meetingId, submissionId: 'S01', kind: 'draft', title: '送审稿', path: 'materials/S01/draft.pdf', mediaType: 'application/pdf', bytes: 1024, sha256: 'a'.repeat(64) },
  ],
});

describe('describeChanges', () => {
  it('says in Chinese what a re-import adds, removes, changes and keeps', () => {
    const before = base();
    const after = base();
    after.meeting = { ...after.meeting, venue: '宁波', rules: defaultRules.technical };
    after.experts = [
      { ...expert('E01', '张明'), name: '张明明', organization: '浙江工业大学', title: '研究员', field: '化工', role: 'chair', affiliations: ['甲公司'] },
      expert('E04', '周敏'),
    ];
    after.submissions = [{ ...after.submissions[0]!, standardName: '电动自行车用锂电池组', proposedCode: 'T/ZZB 1—2026', standardKind: 'method', leadDrafter: '乙公司', coDrafters: ['丙'], revisionOf: 'GB 1' }];
    after.materials = [
      { ...after.materials[0]!, title: '送审稿（修改）', kind: 'other', mediaType: 'application/x', path: 'materials/S01/d.pdf', bytes: 2048, sha256: 'b'.repeat(64) },
      { ...after.materials[0]!, id: 'materials/S01/note.pdf', kind: 'explanation', title: '编制说明', bytes: 3 * 1024 * 1024 },
    ];
    const plan = planReimport(after, { ...before, work: [{ table: 'scoreSheets', expertId: 'E02', submissionId: 'S01' }, { table: 'comments', expertId: 'E02', submissionId: 'S01' }] });

    expect(describeChanges(zh, plan)).toEqual([
      '会议信息变更：地点、评审规则',
      '新增专家：周敏（浙江大学）',
      '移除专家：王芳（浙江大学）',
      '专家 张明明 的信息变更：姓名、单位、职称、专业领域、角色、兼职及曾任单位',
      '不移除专家 李华：评审包中已无此人，但本机已有其 1 份评分表、1 条意见',
      '送审项目「电动自行车用锂电池组」信息变更：标准名称、拟定标准编号、标准类型、主要起草单位、参与起草单位、修订的标准',
      '新增材料：电动自行车用锂电池组 · 编制说明（3.0 MiB）',
      '材料更新：电动自行车用锂电池组 · 送审稿（修改）（类型、名称、路径、文件格式、大小、内容）',
    ]);
    expect(describeChanges(en, plan)).toHaveLength(8);
  });

  it('names a blocked change of review type or rubric with the number of score sheets', () => {
    const after = base();
    after.meeting = { ...after.meeting, reviewType: 'initiation', rubric: zzbInitiationRubric };
    const plan = planReimport(after, { ...base(), work: [{ table: 'scoreSheets', expertId: 'E01', submissionId: 'S01' }] });
    expect(describeBlockers(zh, plan)).toEqual([
      '评审包改变了审评类型，而本机已有 1 份评分表按原审评类型评分，不能导入。请与省局核实。',
      '评审包改变了评分表，而本机已有 1 份评分表按原评分表评分，不能导入。请与省局核实。',
    ]);
  });
});
