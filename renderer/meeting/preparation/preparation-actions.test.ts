import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Expert } from '../../../shared/model/expert.js';
import type { Submission } from '../../../shared/model/submission.js';
import { pledgeText } from '../../../shared/meeting/pledge-text.js';
import { database } from '../../state/database.js';
import { verifyPin } from '../identity/pin-hash.js';
import { advancePhase } from '../phase-actions.js';
import { setAttendance, signPledge } from './preparation-actions.js';
import { declareRecusal, decideRecusal } from './recusal-actions.js';

const meetingId = 'M-2026-0147';
const png = 'data:image/png;base64,iVBORw0KGgo=';

const expert = (n: number, organization = `浙江省第${n}检测研究院`): Expert => ({
  id: `E0${n}`,
  meetingId,
  name: `专家${n}`,
  organization,
  title: '高级工程师',
  field: '机械',
  role: n === 1 ? 'chair' : 'member',
  affiliations: [],
  present: false,
});

const submission: Submission = {
  id: 'S01',
  meetingId,
  standardName: '电子膨胀阀',
  proposedCode: '',
  standardKind: 'product',
  leadDrafter: '浙江三花智能控制股份有限公司',
  coDrafters: [],
  revisionOf: null,
  phase: 'preparation',
};

/** Events of one millisecond share a timestamp, so the trail is compared as a set. */
const actions = async () => (await database.auditLog.toArray()).map((e) => `${e.actor} ${e.action}`).sort();

beforeEach(async () => {
  await database.delete();
  await database.open();
  await database.meetings.add({ id: meetingId, packageId: null, title: '审评会', reviewType: 'technical', startsAt: '2026-11-28T09:30:00+08:00', venue: '', organizer: '', rubric: null, rules: null });
  await database.experts.bulkAdd([1, 2, 3, 4, 5].map((n) => expert(n)).concat(expert(6, '浙江三花智能控制有限公司')));
  await database.submissions.add(submission);
});

describe('preparation', () => {
  it('records check-in with its audit entry, and nothing when unchanged', async () => {
    await setAttendance(meetingId, 'E02', true);
    await setAttendance(meetingId, 'E02', true);
    expect((await database.experts.get([meetingId, 'E02']))?.present).toBe(true);
    expect(await actions()).toEqual(['secretary expert.attendance']);
  });

  it('keeps the pledge text, the signature and only a hash of the PIN', async () => {
    await expect(signPledge(meetingId, 'E02', png, '2468')).rejects.toThrow('专家专家2未签到，不能签署承诺');
    await setAttendance(meetingId, 'E02', true);
    await signPledge(meetingId, 'E02', png, '2468');
    await signPledge(meetingId, 'E02', png, '1357');
    const pledges = await database.pledges.toArray();
    expect(pledges).toHaveLength(1);
    const [pledge] = pledges;
    expect(pledge).toMatchObject({ expertId: 'E02', text: pledgeText, signatureImage: png });
    expect(JSON.stringify(pledge)).not.toContain('1357');
    expect(await verifyPin('1357', pledge!.pin!)).toBe(true);
    expect(await verifyPin('2468', pledge!.pin!)).toBe(false);
    expect(await actions()).toEqual(['E02 pledge.resign', 'E02 pledge.sign', 'secretary expert.attendance']);
  });

  it('records the chair’s decision on a detected conflict, with a required reason', async () => {
    const decision = { submissionId: 'S01', expertId: 'E06', status: 'confirmed' as const, decidedBy: 'E01' };
    await expect(decideRecusal(meetingId, { ...decision, note: '  ' })).rejects.toThrow('回避决定须写明理由');
    await expect(decideRecusal(meetingId, { ...decision, expertId: 'E02', note: '无关' })).rejects.toThrow('专家专家2与《电子膨胀阀》没有待确认的回避提示');
    const recusal = await decideRecusal(meetingId, { ...decision, note: '主要起草单位员工' });
    expect(recusal).toMatchObject({ status: 'confirmed', decidedBy: 'E01', decisionNote: '主要起草单位员工', source: 'detected' });
    expect(recusal.reason).toContain('浙江三花智能控制有限公司');
    expect(await database.recusals.count()).toBe(1);
    expect(await actions()).toEqual(['E01 recusal.decide']);
  });

  it('takes a conflict an expert declares to the chair, and one the chair declares as decided', async () => {
    const declared = { submissionId: 'S01', expertId: 'E03', reason: '近三年为主要起草单位提供技术咨询服务。', declaredBy: 'E03' };
    await expect(declareRecusal(meetingId, { ...declared, reason: ' 。' })).rejects.toThrow('利益冲突情况不能为空');
    await expect(declareRecusal(meetingId, { ...declared, declaredBy: 'E02' })).rejects.toThrow('只有专家本人或组长可以申明回避，专家2不能代专家专家3申明');
    await expect(declareRecusal(meetingId, { ...declared, expertId: 'E06', declaredBy: 'E06' })).rejects.toThrow('专家专家6与《电子膨胀阀》已有回避记录，请由组长在列表中决定');

    const own = await declareRecusal(meetingId, declared);
    expect(own).toMatchObject({ source: 'declared', status: 'flagged', reason: '近三年为主要起草单位提供技术咨询服务', declaredBy: 'E03', decidedBy: null });
    await expect(declareRecusal(meetingId, declared)).rejects.toThrow('已有回避记录');
    const decided = await decideRecusal(meetingId, { submissionId: 'S01', expertId: 'E03', status: 'confirmed', decidedBy: 'E01', note: '属实，回避' });
    expect(decided).toMatchObject({ source: 'declared', status: 'confirmed', reason: own.reason, decisionNote: '属实，回避' });

    const forThem = await declareRecusal(meetingId, { submissionId: 'S01', expertId: 'E04', reason: '与起草人为近亲属', declaredBy: 'E01' });
    expect(forThem).toMatchObject({ source: 'declared', status: 'confirmed', declaredBy: 'E01', decidedBy: 'E01', reason: '与起草人为近亲属' });
    expect(forThem.decidedAt).toBe(forThem.flaggedAt);

    const trail = (await database.auditLog.toArray()).filter((e) => e.action === 'recusal.declare');
    expect(trail.map((e) => [e.actor, e.details])).toEqual(
      expect.arrayContaining([
        ['E03', { expertId: 'E03', reason: '近三年为主要起草单位提供技术咨询服务', status: 'flagged' }],
        ['E01', { expertId: 'E04', reason: '与起草人为近亲属', status: 'confirmed' }],
      ]),
    );
    expect(trail).toHaveLength(2);
  });

  it('starts scoring only when the guards allow it, and audits the phase change', async () => {
    for (const n of [1, 2, 3, 4, 5, 6]) await setAttendance(meetingId, `E0${n}`, true);
    await expect(advancePhase(meetingId, 'S01', 'scoring', 'secretary')).rejects.toThrow(/专家6（E06）的回避提示尚待组长确认；.*尚未签署公正性声明及保密承诺/);
    await decideRecusal(meetingId, { submissionId: 'S01', expertId: 'E06', status: 'confirmed', decidedBy: 'E01', note: '主要起草单位员工' });
    for (const n of [1, 2, 3, 4, 5]) await signPledge(meetingId, `E0${n}`, png, '1234');
    await advancePhase(meetingId, 'S01', 'scoring', 'secretary');
    expect((await database.submissions.get([meetingId, 'S01']))?.phase).toBe('scoring');
    const phaseChanges = await database.auditLog.filter((e) => e.action === 'submission.phase').toArray();
    expect(phaseChanges).toHaveLength(1);
    expect(phaseChanges[0]).toMatchObject({ action: 'submission.phase', submissionId: 'S01', details: { from: 'preparation', to: 'scoring' } });
    await expect(decideRecusal(meetingId, { submissionId: 'S01', expertId: 'E06', status: 'dismissed', decidedBy: 'E01', note: '改判' })).rejects.toThrow(
      '《电子膨胀阀》已进入「独立评分」，不能再变更回避决定',
    );
    await expect(declareRecusal(meetingId, { submissionId: 'S01', expertId: 'E02', reason: '迟到的申明', declaredBy: 'E02' })).rejects.toThrow(
      '《电子膨胀阀》已进入「独立评分」，不能再申明回避',
    );
  });
});
