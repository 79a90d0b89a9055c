import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate.js';
import type { MeetingDraft, PanelRowDraft } from './meeting-draft.js';
import { validateMeetingDraft } from './validate-draft.js';

const row = (name: string, role: PanelRowDraft['role'] = 'member'): PanelRowDraft => ({ key: name, name, organization: '浙江大学', title: '教授', role });

const draft = (overrides: Partial<MeetingDraft> = {}): MeetingDraft => ({
  title: '2026年第十二批“浙江制造”标准技术审评会',
  reviewType: 'technical',
  startsAt: '2026-11-28 09:30',
  venue: '杭州',
  organizer: '浙江省品牌建设联合会',
  panel: [row('张明', 'chair'), row('李华'), row('王芳'), row('赵强'), row('陈静')],
  submissions: [
    {
      key: 's1',
      standardName: '电动自行车用锂离子电池组',
      proposedCode: 'T/ZZB 1234—2026',
      standardKind: 'product',
      leadDrafter: '浙江某某电池有限公司',
      coDrafters: [],
      materials: [{ key: 'm1', kind: 'draft', title: '送审稿', fileName: '送审稿.pdf', sha256: 'a'.repeat(64), bytes: 10, mediaType: 'application/pdf' }],
    },
  ],
  ...overrides,
});

const zh = translator('zh-CN');
const messages = (value: MeetingDraft) => validateMeetingDraft(value).map((issue) => `${issue.level}: ${zh(issue.key, issue.params)}`);

describe('validateMeetingDraft', () => {
  it('accepts a complete technical review with five experts', () => {
    expect(validateMeetingDraft(draft())).toEqual([]);
  });

  it('names the meeting fields that are missing', () => {
    expect(messages(draft({ title: ' ', startsAt: '' }))).toEqual(['error: 会议名称：不能为空', 'error: 会议时间：不能为空']);
    expect(messages(draft({ startsAt: '11月28日上午' }))).toEqual(['error: 会议时间：无法识别“11月28日上午”，请按“2026-11-28 09:30”的格式填写']);
  });

  it('names the panel rows that are incomplete or repeat a name', () => {
    const panel = [row('张明', 'chair'), { ...row(''), organization: '' }, row('李华'), row('李华'), row('陈静')];
    expect(messages(draft({ panel }))).toEqual([
      'error: 专家组第 2 行：姓名不能为空',
      'error: 专家组第 2 行（—）：单位不能为空',
      'error: 专家组第 3、4 行：姓名“李华”重复',
    ]);
    expect(validateMeetingDraft(draft({ panel }))[2]?.target).toBe('panel.3.name');
  });

  it('wants exactly one chair', () => {
    expect(messages(draft({ panel: draft().panel.map((r) => ({ ...r, role: 'member' })) }))).toEqual(['error: 专家组：须有且只有一名组长，现有 0 名']);
    expect(messages(draft({ panel: [...draft().panel, row('周敏', 'chair')] }))).toEqual(['error: 专家组：须有且只有一名组长，现有 2 名']);
  });

  it('warns, without blocking, when the panel is smaller than the quorum', () => {
    expect(messages(draft({ panel: draft().panel.slice(0, 4) }))).toEqual([
      'warning: 专家组：审评须至少 5 名专家参加表决，现只有 4 人；不足时无法形成审评结论',
    ]);
  });

  it('words the quorum warning in the terms of the review kind', () => {
    const materials = (kind: 'application' | 'implementation-report') => draft().submissions.map((s) => ({ ...s, materials: [{ ...s.materials[0]!, kind }] }));
    const small = { panel: [row('张明', 'chair'), row('李华')] };
    expect(messages(draft({ ...small, reviewType: 'initiation', submissions: materials('application') }))).toEqual([
      expect.stringMatching(/^warning: 专家组：立项审查须至少 \d+ 名专家参加表决，现只有 2 人；不足时无法形成立项审查意见$/),
    ]);
    expect(messages(draft({ ...small, reviewType: 'periodic', submissions: materials('implementation-report') }))).toEqual([
      expect.stringMatching(/^warning: 专家组：复审须至少 \d+ 名专家参加表决，现只有 2 人；不足时无法形成复审意见$/),
    ]);
  });

  it('wants every submission named, with a lead drafter and a 送审稿', () => {
    const [first] = draft().submissions;
    const submissions = [
      { ...first!, standardName: '', leadDrafter: '', materials: [{ ...first!.materials[0]!, kind: 'explanation' as const, title: '' }] },
    ];
    expect(messages(draft({ submissions }))).toEqual([
      'error: 送审项目 1：标准名称不能为空',
      'error: 送审项目 1（—）：主要起草单位不能为空',
      'error: 送审项目 1（—）：须附送审稿',
      'error: 送审项目 1 的第 1 个材料（送审稿.pdf）：名称不能为空',
    ]);
    expect(messages(draft({ submissions: [] }))).toEqual(['error: 送审项目：至少要有一项']);
  });

  it('accepts the required material of each review kind: 立项申请书 for initiation, 实施情况报告 for periodic', () => {
    const [first] = draft().submissions;
    const withMaterial = (kind: 'draft' | 'application' | 'implementation-report') => [{ ...first!, materials: [{ ...first!.materials[0]!, kind, title: '材料' }] }];
    expect(messages(draft({ reviewType: 'initiation', submissions: withMaterial('application') }))).toEqual([]);
    expect(messages(draft({ reviewType: 'periodic', submissions: withMaterial('implementation-report') }))).toEqual([]);
    expect(messages(draft({ reviewType: 'initiation', submissions: withMaterial('draft') }))).toEqual([
      'error: 申报项目 1（电动自行车用锂离子电池组）：须附立项申请书',
    ]);
    expect(messages(draft({ reviewType: 'periodic', submissions: withMaterial('draft') }))).toEqual([
      'error: 被复审标准 1（电动自行车用锂离子电池组）：须附实施情况报告',
    ]);
  });
});
