import { describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n/translate.js';
import type { AuditEvent } from '../../../shared/model/audit-event.js';
import { auditCsvRows, auditRow } from './audit-rows.js';

const t = translator('zh-CN');
const names = { experts: new Map([['E01', '张建国'], ['E06', '赵明']]), submissions: new Map([['S01', '《电子膨胀阀》']]) };

const event = (overrides: Partial<AuditEvent>): AuditEvent => ({
  id: 'A1',
  meetingId: 'M1',
  submissionId: null,
  actor: 'secretary',
  action: 'expert.attendance',
  at: new Date(2026, 10, 28, 9, 41, 5).toISOString(),
  details: {},
  ...overrides,
});

describe('audit rows', () => {
  it('shows names, labels and local time instead of ids and codes', () => {
    const row = auditRow(event({ details: { expertId: 'E06', present: true } }), t, names);
    expect(row).toMatchObject({ at: '2026-11-28 09:41:05', actor: '会议秘书', action: '签到', actionCode: 'expert.attendance', submission: '', details: '专家：赵明；到会：是' });
  });

  it('describes a recusal decision and a phase change in words', () => {
    const recusal = auditRow(event({ actor: 'E01', action: 'recusal.decide', submissionId: 'S01', details: { expertId: 'E06', status: 'confirmed', note: '起草单位员工' } }), t, names);
    expect(recusal).toMatchObject({ actor: '张建国', action: '回避决定', submission: '《电子膨胀阀》', details: '专家：赵明；决定：回避；理由：起草单位员工' });
    const phase = auditRow(event({ action: 'submission.phase', submissionId: 'S01', details: { from: 'preparation', to: 'scoring' } }), t, names);
    expect(phase.details).toBe('原阶段：准备；新阶段：独立评分');
  });

  it('keeps actions and fields it has no label for as they were recorded', () => {
    const row = auditRow(event({ actor: 'E09', action: 'future.thing', details: { weight: 3, tags: ['a'] } }), t, names);
    expect(row).toMatchObject({ actor: 'E09', action: 'future.thing', details: 'weight：3；tags：["a"]' });
    expect(auditCsvRows([row])).toEqual([[row.at, 'E09', 'future.thing', 'future.thing', '', 'weight：3；tags：["a"]']]);
  });
});
