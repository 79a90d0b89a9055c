import { describe, expect, it } from 'vitest';
import { samplePanel, samplePledges } from '../../test/fixtures/sample-panel.js';
import type { Submission } from '../model/submission.js';
import { zzbTechnicalRubric } from '../rubrics/zzb-technical.js';
import type { MeetingData } from './meeting-data.js';
import { panelSummary, submissionStatus } from './submission-status.js';

const meetingId = 'M-2026-0147';
const row = { scores: [18, 13, 26, 13, 18], recommendation: 'pass' as const };

const submission = (phase: Submission['phase'], leadDrafter = '某某阀门有限公司'): Submission => ({
  id: 'S01',
  meetingId,
  standardName: '电子膨胀阀',
  proposedCode: 'T/ZZB 3121—2026',
  standardKind: 'product',
  leadDrafter,
  coDrafters: [],
  revisionOf: null,
  phase,
});

/** Five experts, the first four of whom submitted a sheet. */
const meeting = (phase: Submission['phase'], overrides: Partial<MeetingData> = {}): MeetingData => {
  const { experts, sheets } = samplePanel(zzbTechnicalRubric, 'S01', [row, row, row, row, row]);
  return {
    meeting: { id: meetingId, packageId: null, title: '审评会', reviewType: 'technical', startsAt: '2026-11-28T09:30:00+08:00', venue: '', organizer: '', rubric: null, rules: null },
    experts,
    submissions: [submission(phase)],
    materials: [],
    pledges: samplePledges(experts.map((e) => e.id)),
    recusals: [],
    scoreSheets: sheets.slice(0, 4),
    comments: [],
    verdicts: [],
    ...overrides,
  };
};

describe('submissionStatus', () => {
  it('hides who has submitted before scoring starts', () => {
    const data = meeting('preparation');
    const status = submissionStatus(data, data.submissions[0]!);
    expect(status.phaseIndex).toBe(0);
    expect(status.next).toBe('scoring');
    expect(status.nextCheck).toEqual({ allowed: true });
    expect(status.progress).toEqual({ visible: false, reason: '尚未开始独立评分', reasonMessage: { code: 'visibility.notStarted', params: {} } });
  });

  it('names who has submitted during blind scoring, and says why discussion cannot start', () => {
    const data = meeting('scoring');
    const status = submissionStatus(data, data.submissions[0]!);
    expect(status.progress).toMatchObject({ visible: true });
    if (!status.progress.visible) throw new Error('progress hidden');
    expect(status.progress.submitted.map((e) => e.id)).toEqual(['E01', 'E02', 'E03', 'E04']);
    expect(status.progress.pending.map((e) => e.id)).toEqual(['E05']);
    expect(status.nextCheck).toMatchObject({
      allowed: false,
      reasons: ['独立评分尚未结束：专家5（E05）尚未提交评分表', '有效表决专家 4 名，少于法定人数 5 名'],
    });
  });

  it('holds up scoring for a detected conflict nobody has decided yet', () => {
    const base = meeting('preparation');
    const data = { ...base, submissions: [submission('preparation', base.experts[2]!.organization)] };
    const status = submissionStatus(data, data.submissions[0]!);
    expect(status.nextCheck).toMatchObject({ allowed: false, reasons: ['专家3（E03）的回避提示尚待组长确认'] });
  });

  it('lists confirmed recusals and leaves them out of quorum and progress', () => {
    const base = meeting('preparation');
    const recusal = {
      id: 'R1', meetingId, submissionId: 'S01', expertId: 'E03', source: 'detected' as const, reason: '同单位',
      status: 'confirmed' as const, flaggedAt: '2026-11-28T09:40:00+08:00', decidedBy: 'E01', decidedAt: '2026-11-28T09:41:00+08:00',
    };
    const data = { ...base, recusals: [recusal] };
    const status = submissionStatus(data, data.submissions[0]!);
    expect(status.recused.map((e) => e.id)).toEqual(['E03']);
    expect(status.nextCheck).toMatchObject({ allowed: false, reasons: ['到会且无需回避的专家 4 名，少于法定人数 5 名'] });
  });

  it('asks for the pledges of present participants only', () => {
    const base = meeting('preparation');
    const data = {
      ...base,
      experts: base.experts.map((e) => (e.id === 'E05' ? { ...e, present: false } : e)).concat({ ...base.experts[4]!, id: 'E06', name: '专家6' }),
      pledges: base.pledges.filter((p) => p.expertId !== 'E02' && p.expertId !== 'E05'),
    };
    const status = submissionStatus(data, data.submissions[0]!);
    expect(status.nextCheck).toMatchObject({ allowed: false, reasons: ['专家2（E02）、专家6（E06）尚未签署公正性声明及保密承诺'] });
  });
});

describe('panelSummary', () => {
  it('counts the panel, those present and the pledges among them', () => {
    const base = meeting('preparation');
    const data = { ...base, experts: base.experts.map((e) => (e.id === 'E05' ? { ...e, present: false } : e)), pledges: base.pledges.slice(1) };
    expect(panelSummary(data)).toEqual({ total: 5, present: 4, pledgedPresent: 3 });
  });
});
