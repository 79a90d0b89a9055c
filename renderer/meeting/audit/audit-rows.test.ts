import { describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n/translate.js';
import type { AuditEvent } from '../../../shared/model/audit-event.js';
import { type AuditContext, auditCsvRows, auditRow } from './audit-rows.js';

const t = translator('zh-CN');
const context: AuditContext = {
  meeting: {},
  experts: new Map([['E01', '张建国'], ['E06', '赵明']]),
  submissions: new Map([['S01', '《电子膨胀阀》']]),
  criteria: new Map([['advancement', '先进性']]),
};

const event = (overrides: Partial<AuditEvent>): AuditEvent => ({
  id: 'A1',
  meetingId: 'M1',
  submissionId: null,
  actor: 'secretary',
  action: 'expert.attendance',
  at: '2026-11-28T01:41:05Z',
  details: {},
  ...overrides,
});

describe('audit rows', () => {
  it('shows names, labels and the meeting room’s clock instead of ids, codes and UTC', () => {
    const row = auditRow(event({ details: { expertId: 'E06', present: true } }), t, context);
    expect(row).toMatchObject({ at: '2026-11-28 09:41:05', actor: '会议秘书', action: '签到', actionCode: 'expert.attendance', submission: '', details: '专家：赵明；到会：是' });
    expect(auditRow(event({}), t, { ...context, meeting: { timeZone: 'Europe/Berlin' } }).at).toBe('2026-11-28 02:41:05');
  });

  it('names the opinion and the meeting in the words of the review kind', () => {
    const periodic = { ...context, meeting: { reviewType: 'periodic' as const } };
    const initiation = { ...context, meeting: { reviewType: 'initiation' as const } };
    expect(auditRow(event({ action: 'verdict.conclusion' }), t, periodic).action).toBe('修改复审意见');
    expect(auditRow(event({ action: 'verdict.conclusion' }), t, initiation).action).toBe('修改立项审查意见');
    expect(auditRow(event({ action: 'meeting.create' }), t, initiation).action).toBe('新建立项审查会');
    expect(auditRow(event({ action: 'meeting.create' }), t, { ...context, meeting: { reviewType: 'technical' } }).action).toBe('新建审评会');
  });

  it('describes recusals, phase changes and the verdict’s steps in words', () => {
    const decided = auditRow(event({ actor: 'E01', action: 'recusal.decide', submissionId: 'S01', details: { expertId: 'E06', status: 'confirmed', note: '起草单位员工' } }), t, context);
    expect(decided).toMatchObject({ actor: '张建国', action: '回避决定', submission: '《电子膨胀阀》', details: '专家：赵明；决定：回避；理由：起草单位员工' });
    const declared = auditRow(event({ actor: 'E06', action: 'recusal.declare', details: { expertId: 'E06', reason: '曾为起草单位提供咨询', status: 'flagged' } }), t, context);
    expect(declared).toMatchObject({ action: '申明回避', details: '专家：赵明；理由：曾为起草单位提供咨询；决定：待组长确认' });
    expect(auditRow(event({ action: 'submission.phase', details: { from: 'preparation', to: 'scoring' } }), t, context).details).toBe('原阶段：准备；新阶段：独立评分');
    expect(auditRow(event({ action: 'verdict.conclusion', details: { requirements: 1, dissent: 0 } }), t, context)).toMatchObject({ action: '修改审评意见', details: '修改要求条数：1；不同意见条数：0' });
    expect(auditRow(event({ action: 'verdict.sign', actor: 'E01' }), t, context)).toMatchObject({ action: '签名', details: '' });
    expect(auditRow(event({ action: 'score-sheet.submit', details: { versionNo: 1, reason: '', recommendation: 'pass-with-revisions' } }), t, context).details).toBe('版本：1；推荐结论：修改后通过');
    expect(auditRow(event({ action: 'verdict.veto-ruling', details: { expertId: 'E06', criterionId: 'advancement', upheld: false, note: '指标有依据' } }), t, context).details).toBe(
      '专家：赵明；评审要素：先进性；维持否决：否；理由：指标有依据',
    );
    expect(auditRow(event({ action: 'verdict.deliver', details: { seq: 7, receivedAt: '2026-11-28T08:00:00Z' } }), t, context).details).toBe('回执序号：7；局端接收时间：2026-11-28 16:00:00');
    expect(auditRow(event({ action: 'verdict.deliver-refused', details: { status: 'conflict', reason: '版本已存在' } }), t, context)).toMatchObject({ action: '局端拒收', details: '决定：内容冲突；理由：版本已存在' });
  });

  it('describes an import by counts, names and field labels', () => {
    const row = auditRow(
      event({
        action: 'package.import',
        details: {
          bytes: 2048,
          signature: 'valid',
          reimport: true,
          counts: { experts: 6, submissions: 1, materials: 2 },
          meetingChanges: ['startsAt', 'timeZone'],
          added: { experts: ['E06'], submissions: [], materials: ['materials/S01/draft.pdf'] },
          removed: { experts: [], submissions: [], materials: [] },
        },
      }),
      t,
      context,
    );
    expect(row.action).toBe('导入评审包');
    expect(row.details).toBe(
      '大小：2.0 KiB；签名：有效；重新导入：是；导入数量：专家 6、项目 1、材料 2；会议信息变更：会议时间、会议时区；新增：专家（赵明）、材料（materials/S01/draft.pdf）；删除：无',
    );
  });

  it('keeps actions and fields it has no label for as they were recorded', () => {
    const row = auditRow(event({ actor: 'E09', action: 'future.thing', details: { weight: 3, tags: ['a'] } }), t, context);
    expect(row).toMatchObject({ actor: 'E09', action: 'future.thing', details: 'weight：3；tags：["a"]' });
    expect(auditCsvRows([row])).toEqual([[row.at, 'E09', 'future.thing', 'future.thing', '', 'weight：3；tags：["a"]']]);
  });
});
