import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expertCaller, workstationCaller } from '../../../test/support/callers.js';
import { openIdentityHost, pinOf, plantPledges, type IdentityHost } from '../../../test/support/identity-host.js';
import { testExpert, testMeetingId } from '../../../test/support/meeting-host.js';

const meetingId = testMeetingId;
let host: IdentityHost;

const unlock = (expertId: string) => host.handlers['identity.unlock']({ meetingId, expertId, pin: pinOf(expertId) }, workstationCaller);
const declare = (expertId: string, reason: string, caller = workstationCaller) =>
  host.handlers['recusal.declare']({ meetingId, submissionId: 'S01', expertId, reason }, caller);
const decide = (expertId: string, status: 'confirmed' | 'dismissed', note: string) =>
  host.handlers['recusal.decide']({ meetingId, submissionId: 'S01', expertId, status, note }, workstationCaller);
const actions = () => host.store.read((tx) => tx.audit.ofMeeting(meetingId).map((e) => `${e.actor} ${e.action}`));

beforeEach(async () => {
  const panel = [1, 2, 3, 4, 5].map((n) => testExpert(n, { present: true })).concat(testExpert(6, { present: true, organization: '浙江三花智能控制有限公司' }));
  host = await openIdentityHost(panel);
  await plantPledges(host.store, panel.map((e) => e.id));
});

afterEach(() => host.close());

describe('recusals', () => {
  it('records the acting chair’s decision on a detected conflict, with a required reason', async () => {
    await expect(decide('E06', 'confirmed', '主要起草单位员工')).rejects.toMatchObject({ code: 'not-unlocked' });
    await unlock('E02');
    await expect(decide('E06', 'confirmed', '主要起草单位员工')).rejects.toMatchObject({ code: 'not-unlocked', message: '须由专家专家1本人输入 PIN 解锁后才能进行此操作' });
    await unlock('E01');
    await expect(decide('E06', 'confirmed', '  ')).rejects.toMatchObject({ code: 'invalid', field: 'note', message: '回避决定须写明理由' });
    await expect(decide('E02', 'confirmed', '无关')).rejects.toMatchObject({ code: 'refused', message: '专家专家2与《电子膨胀阀》没有待确认的回避提示' });
    const recusal = await decide('E06', 'confirmed', '主要起草单位员工');
    expect(recusal).toMatchObject({ status: 'confirmed', decidedBy: 'E01', decisionNote: '主要起草单位员工', source: 'detected' });
    expect(recusal.reason).toContain('浙江三花智能控制有限公司');
    expect(host.store.read((tx) => tx.recusals.list(meetingId))).toHaveLength(1);
    expect(actions()).toEqual(['E02 identity.unlock', 'E01 identity.unlock', 'E01 recusal.decide']);
  });

  it('takes a conflict an expert declares to the chair, and one the chair declares as decided', async () => {
    const reason = '近三年为主要起草单位提供技术咨询服务。';
    await expect(declare('E03', reason)).rejects.toMatchObject({ code: 'not-unlocked' });
    await unlock('E03');
    await expect(declare('E03', ' 。')).rejects.toMatchObject({ code: 'invalid', field: 'reason', message: '利益冲突情况不能为空' });
    await expect(declare('E02', reason)).rejects.toMatchObject({ code: 'forbidden', message: '只有专家本人或组长可以申明回避，专家3不能代专家专家2申明' });
    await unlock('E06');
    await expect(declare('E06', reason)).rejects.toMatchObject({ code: 'refused', message: '专家专家6与《电子膨胀阀》已有回避记录，请由组长在列表中决定' });

    const own = await declare('E03', reason, expertCaller(meetingId, 'E03'));
    expect(own).toMatchObject({ source: 'declared', status: 'flagged', reason: '近三年为主要起草单位提供技术咨询服务', declaredBy: 'E03', decidedBy: null });
    await expect(declare('E03', reason, expertCaller(meetingId, 'E03'))).rejects.toMatchObject({ code: 'refused', message: /已有回避记录/ });
    await unlock('E01');
    const decided = await decide('E03', 'confirmed', '属实，回避');
    expect(decided).toMatchObject({ source: 'declared', status: 'confirmed', reason: own.reason, decisionNote: '属实，回避' });

    const forThem = await declare('E04', '与起草人为近亲属');
    expect(forThem).toMatchObject({ source: 'declared', status: 'confirmed', declaredBy: 'E01', decidedBy: 'E01', reason: '与起草人为近亲属' });
    expect(forThem.decidedAt).toBe(forThem.flaggedAt);

    const trail = host.store.read((tx) => tx.audit.ofMeeting(meetingId)).filter((e) => e.action === 'recusal.declare');
    expect(trail.map((e) => [e.actor, e.details])).toEqual([
      ['E03', { expertId: 'E03', reason: '近三年为主要起草单位提供技术咨询服务', status: 'flagged' }],
      ['E01', { expertId: 'E04', reason: '与起草人为近亲属', status: 'confirmed' }],
    ]);
  });

  it('settles nothing once scoring has started', async () => {
    host.store.writeNow({ meetingId }, (tx) => tx.submissions.put({ ...tx.submissions.get(meetingId, 'S01')!, phase: 'scoring' }));
    await unlock('E01');
    const before = host.snapshot();
    await expect(decide('E06', 'dismissed', '改判')).rejects.toMatchObject({ code: 'refused', message: '《电子膨胀阀》已进入「独立评分」，不能再变更回避决定' });
    await expect(declare('E02', '迟到的申明')).rejects.toMatchObject({ code: 'refused', message: '《电子膨胀阀》已进入「独立评分」，不能再申明回避' });
    expect(host.snapshot()).toBe(before);
  });
});
