import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expertCaller, workstationCaller } from '../../../test/support/callers.js';
import { openIdentityHost, pinOf, plantPledges, type IdentityHost } from '../../../test/support/identity-host.js';
import { testExpert, testMeeting, testMeetingId, testSubmission } from '../../../test/support/meeting-host.js';
import { rubricFor } from '../../../shared/engine/review-config.js';
import { pledgeText } from '../../../shared/meeting/pledge-text.js';
import type { ScoreSheet } from '../../../shared/model/score-sheet.js';

const meetingId = testMeetingId;
const png = 'data:image/png;base64,iVBORw0KGgo=';
let host: IdentityHost;

const sign = (expertId: string, pin: string, oldPin?: string, caller = workstationCaller) =>
  host.handlers['pledge.sign']({ meetingId, expertId, signatureImage: png, pin, ...(oldPin === undefined ? {} : { oldPin }) }, caller);
const unlock = (expertId: string, pin: string) => host.handlers['identity.unlock']({ meetingId, expertId, pin }, workstationCaller);
const actions = () => host.store.read((tx) => tx.audit.ofMeeting(meetingId).map((e) => `${e.actor} ${e.action}`));
const setPhase = (phase: 'scoring' | 'finalised') => host.store.writeNow({ meetingId }, (tx) => tx.submissions.put({ ...testSubmission, phase }));

/** The expert's sheet as submitted once, written straight into the store as scoring would have. */
const submittedSheet = (expertId: string): ScoreSheet => ({
  id: `SS-S01-${expertId}`,
  meetingId,
  submissionId: 'S01',
  expertId,
  rubricId: 'zzb-technical',
  status: 'submitted',
  draft: { scores: [], veto: null, recommendation: null, opinion: '' },
  versions: [{ scores: [], veto: null, recommendation: 'pass', opinion: '', versionNo: 1, submittedAt: '2026-11-28T10:00:00+08:00' }],
  updatedAt: '2026-11-28T10:00:00+08:00',
});

beforeEach(async () => {
  host = await openIdentityHost([1, 2, 3, 4, 5].map((n) => testExpert(n, { present: n !== 5 })));
});

afterEach(() => host.close());

describe('attendance', () => {
  it('records check-in with its audit entry, and nothing when unchanged; only at the workstation', async () => {
    await host.handlers['expert.setAttendance']({ meetingId, expertId: 'E05', present: true }, workstationCaller);
    await host.handlers['expert.setAttendance']({ meetingId, expertId: 'E05', present: true }, workstationCaller);
    expect(host.store.read((tx) => tx.experts.get(meetingId, 'E05'))?.present).toBe(true);
    expect(actions()).toEqual(['secretary expert.attendance']);
    await expect(host.handlers['expert.setAttendance']({ meetingId, expertId: 'E05', present: false }, expertCaller(meetingId, 'E05'))).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('is closed once a review reaches 签名, so the signatures and the sealed minutes keep naming who was there', async () => {
    host.store.writeNow({ meetingId }, (tx) => {
      const submission = tx.submissions.get(meetingId, 'S01')!;
      tx.submissions.put({ ...submission, phase: 'sign-off' });
    });
    await expect(host.handlers['expert.setAttendance']({ meetingId, expertId: 'E02', present: false }, workstationCaller)).rejects.toMatchObject({
      code: 'refused',
      field: 'present',
    });
    expect(host.store.read((tx) => tx.experts.get(meetingId, 'E02'))?.present).toBe(true);
    expect(actions()).toEqual([]);
  });
});

describe('pledges', () => {
  it('keeps the pledge text, the signature and only a hash of the PIN; signing again takes the old PIN', async () => {
    await expect(sign('E05', '2468')).rejects.toMatchObject({ code: 'refused', message: '专家专家5未签到，不能签署承诺' });
    await sign('E02', '2468');
    await sign('E02', '1357', '2468');
    const pledges = host.store.read((tx) => tx.pledges.list(meetingId));
    expect(pledges).toHaveLength(1);
    expect(pledges[0]).toMatchObject({ id: 'P-E02', expertId: 'E02', text: pledgeText(rubricFor(testMeeting)), signatureImage: png });
    expect(JSON.stringify(pledges)).not.toMatch(/1357|2468/);
    expect(await unlock('E02', '2468')).toMatchObject({ unlocked: false });
    expect(await unlock('E02', '1357')).toEqual({ unlocked: true });
    expect(actions()).toEqual(['E02 pledge.sign', 'E02 pledge.resign', 'E02 identity.unlock']);
  });

  it('counts a wrong old PIN towards the lockout, and refuses the right one while locked', async () => {
    await plantPledges(host.store, ['E03']);
    for (let left = 4; left >= 1; left -= 1) {
      await expect(sign('E03', '1111', '9999')).rejects.toMatchObject({ code: 'wrong-pin', field: 'oldPin', message: `PIN 不正确，还可再试 ${left} 次` });
    }
    await expect(sign('E03', '1111', '9999')).rejects.toMatchObject({ code: 'locked-out', field: 'oldPin' });
    const before = host.snapshot();
    await expect(sign('E03', '1111', pinOf('E03'))).rejects.toMatchObject({ code: 'locked-out', field: 'oldPin' });
    expect(host.snapshot()).toBe(before);
  });

  it('resets a forgotten PIN with the chair’s authority before scoring, audited as the chair’s act', async () => {
    await plantPledges(host.store, ['E01', 'E02']);
    await unlock('E01', pinOf('E01'));
    await sign('E02', '8642');
    expect(await unlock('E02', '8642')).toEqual({ unlocked: true });
    expect(actions()).toEqual(['E01 identity.unlock', 'E01 pledge.resign', 'E02 identity.unlock']);
  });

  it('refuses to reset a PIN without the old one, and changes nothing', async () => {
    await plantPledges(host.store, ['E01', 'E02', 'E03']);
    const secretaryAlone = '专家专家2已设置 PIN：重新签署须输入原 PIN，或由组长先输入本人 PIN 验证身份';
    const refusals: [who: string, acting: string | null, attempt: () => Promise<unknown>, message: string][] = [
      ['the secretary alone', null, () => sign('E02', '8642'), secretaryAlone],
      ['an expert for a colleague', 'E03', () => sign('E02', '8642'), secretaryAlone],
      ['the chair for their own PIN', 'E01', () => sign('E01', '8642'), '专家专家1已设置 PIN，重新签署须输入原 PIN'],
      ['an expert device', null, () => sign('E02', '8642', undefined, expertCaller(meetingId, 'E02')), '专家专家2已设置 PIN，重新签署须输入原 PIN'],
    ];
    for (const [who, acting, attempt, message] of refusals) {
      if (acting !== null) await unlock(acting, pinOf(acting));
      const before = host.snapshot();
      await expect(attempt(), who).rejects.toMatchObject({ code: 'refused', field: 'oldPin', message });
      expect(host.snapshot(), who).toBe(before);
    }
  });

  it('refuses the chair’s reset once scoring has started, and after 定稿', async () => {
    await plantPledges(host.store, ['E01', 'E02']);
    await unlock('E01', pinOf('E01'));
    for (const phase of ['scoring', 'finalised'] as const) {
      setPhase(phase);
      const before = host.snapshot();
      await expect(sign('E02', '8642')).rejects.toMatchObject({ code: 'refused', message: '《电子膨胀阀》已开始评分，组长不能再为专家专家2重设 PIN：须输入原 PIN' });
      expect(host.snapshot()).toBe(before);
    }
  });

  it('never re-signs after the expert’s first submission, not even with the old PIN', async () => {
    await plantPledges(host.store, ['E01', 'E02']);
    host.store.writeNow({ meetingId }, (tx) => tx.scoreSheets.put(submittedSheet('E02')));
    setPhase('scoring');
    await unlock('E01', pinOf('E01'));
    for (const oldPin of [undefined, pinOf('E02')]) {
      const before = host.snapshot();
      await expect(sign('E02', '8642', oldPin)).rejects.toMatchObject({ code: 'refused', message: '专家专家2已提交评分表，不能再重新签署承诺或重设 PIN' });
      expect(host.snapshot()).toBe(before);
    }
  });

  it('lets an expert device sign its own pledge only', async () => {
    await sign('E02', '2468', undefined, expertCaller(meetingId, 'E02'));
    expect(actions()).toEqual(['E02 pledge.sign']);
    const before = host.snapshot();
    await expect(sign('E03', '2468', undefined, expertCaller(meetingId, 'E02'))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sign('E02', '2468', undefined, expertCaller('M-OTHER', 'E02'))).rejects.toMatchObject({ code: 'forbidden' });
    expect(host.snapshot()).toBe(before);
  });
});
