import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingData } from '../../shared/meeting/meeting-data.js';
import type { ScoreSheetContent } from '../../shared/model/score-sheet.js';
import { succeed } from './support/host-caller.js';
import { hostTransports, type OpenHost } from './support/host-transports.js';
import { refusedUnchanged } from './support/refused-call.js';
import { meetingId, saveDraft, scoreAs, unlock } from './support/review-over-contract.js';
import { seededDataFolder } from './support/seeded-data-folder.js';
import { drawnSignature } from '../support/verdict-host.js';

/** Ceilings on a loaded machine, for one test's calls and for starting a host process; every wait ends on an answer or a printed line. */
const callsCeilingMs = 60_000;
const processCeilingMs = 120_000;

/** Blind scoring of S01: E02 has submitted, E03 has a draft and has not, E06 is recused. */
describe.each(hostTransports)('blind scoring, attacked over $name', { timeout: callsCeilingMs }, (transport) => {
  let dataDir: string;
  let host: OpenHost;
  let e03Draft: ScoreSheetContent;

  beforeAll(async () => {
    dataDir = await seededDataFolder({ pledged: true, recusalDecided: true, phase: 'scoring' });
    host = await transport.open({ dataDir });
    await scoreAs(host.caller, 'S01', 'E02');
    await unlock(host.caller, 'E03');
    e03Draft = await saveDraft(host.caller, 'S01', 'E03', [15, 11, 22, 10, 15]);
  }, processCeilingMs);
  afterAll(async () => {
    await host?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const sheetOf = (data: MeetingData | null, expertId: string) => data?.scoreSheets.find((s) => s.submissionId === 'S01' && s.expertId === expertId);
  const read = () => succeed(host.caller, 'meeting.read', { meetingId });

  it("gives an expert who has not submitted another expert's sheet sealed, and refuses opening it", async () => {
    await unlock(host.caller, 'E03');
    const seen = await read();
    expect(sheetOf(seen, 'E02')).toMatchObject({ status: 'submitted', versions: [] });
    expect(sheetOf(seen, 'E02')?.draft.scores.map((s) => s.score)).toEqual([null, null, null, null, null]);
    expect(sheetOf(seen, 'E03')?.draft).toEqual(e03Draft);

    const key = { meetingId, submissionId: 'S01', expertId: 'E02' };
    expect(await refusedUnchanged(host.caller, dataDir, 'sheet.open', key)).toEqual({
      code: 'not-unlocked',
      message: '须由专家李慧敏本人输入 PIN 解锁后才能进行此操作',
      field: 'expertId',
    });
  });

  it("gives the secretary and a recused expert no one's scores, and no verdict call hands out the aggregate", async () => {
    await succeed(host.caller, 'identity.lock', {});
    expect(sheetOf(await read(), 'E02')).toMatchObject({ status: 'submitted', versions: [] });
    expect(await refusedUnchanged(host.caller, dataDir, 'verdict.saveConclusion', { meetingId, submissionId: 'S01', conclusion: '同意通过。', revisionRequirements: [], dissent: [] })).toEqual({
      code: 'refused',
      message: '《家用和类似用途电子膨胀阀》处于「独立评分」阶段，不能修改审评意见',
      field: 'submissionId',
    });

    await unlock(host.caller, 'E06');
    expect(sheetOf(await read(), 'E02')).toMatchObject({ status: 'submitted', versions: [] });

    await unlock(host.caller, 'E01');
    expect(await refusedUnchanged(host.caller, dataDir, 'verdict.reconcile', { meetingId, submissionId: 'S01', criterionId: 'advancement', note: '看看分数' })).toEqual({
      code: 'refused',
      message: '《家用和类似用途电子膨胀阀》处于「独立评分」阶段，不能填写分歧说明',
      field: 'submissionId',
    });
  });

  it("gives no one but its author a submitted sheet's recommendation through the audit trail", async () => {
    const submitted = async () => (await succeed(host.caller, 'meeting.audit', { meetingId })).find((e) => e.action === 'score-sheet.submit' && e.actor === 'E02');
    await unlock(host.caller, 'E03');
    expect(await submitted()).toMatchObject({ submissionId: 'S01', details: { versionNo: 1 } });
    expect((await submitted())?.details).not.toHaveProperty('recommendation');
    await succeed(host.caller, 'identity.lock', {});
    expect((await submitted())?.details).not.toHaveProperty('recommendation');
    await unlock(host.caller, 'E02');
    expect((await submitted())?.details).toMatchObject({ versionNo: 1, recommendation: 'pass' });
  });

  it('refuses every sheet act of the recused expert', async () => {
    await unlock(host.caller, 'E06');
    const key = { meetingId, submissionId: 'S01', expertId: 'E06' };
    const recused = { code: 'refused', field: 'expertId' };
    expect(await refusedUnchanged(host.caller, dataDir, 'sheet.open', key)).toEqual({ ...recused, message: '不能查看评分表：您已回避该项目，不参与评分和表决，也不能查看评分' });
    expect(await refusedUnchanged(host.caller, dataDir, 'sheet.saveDraft', { ...key, content: e03Draft, comments: [] })).toEqual({
      ...recused,
      message: '不能修改评分表：您已回避该项目，不参与评分和表决，也不能查看评分',
    });
    expect(await refusedUnchanged(host.caller, dataDir, 'sheet.submit', { ...key, reason: '', signatureImage: drawnSignature })).toEqual({
      ...recused,
      message: '不能提交评分表：您已回避该项目，不参与评分和表决，也不能查看评分',
    });
  });

  it("refuses a submission in another expert's name, by the secretary or by another expert", async () => {
    const forE05 = { meetingId, submissionId: 'S01', expertId: 'E05', reason: '', signatureImage: drawnSignature };
    const notUnlocked = { code: 'not-unlocked', message: '须由专家刘伟本人输入 PIN 解锁后才能进行此操作', field: 'expertId' };
    await succeed(host.caller, 'identity.lock', {});
    expect(await refusedUnchanged(host.caller, dataDir, 'sheet.submit', forE05)).toEqual(notUnlocked);
    await unlock(host.caller, 'E03');
    expect(await refusedUnchanged(host.caller, dataDir, 'sheet.submit', forE05)).toEqual(notUnlocked);
  });

  it('refuses every sheet act of an expert marked absent, even with their PIN', async () => {
    await succeed(host.caller, 'expert.setAttendance', { meetingId, expertId: 'E04', present: false });
    await unlock(host.caller, 'E04');
    const key = { meetingId, submissionId: 'S01', expertId: 'E04' };
    const absent = { code: 'refused', field: 'expertId' };
    expect(await refusedUnchanged(host.caller, dataDir, 'sheet.open', key)).toEqual({ ...absent, message: '专家陈晓燕未到会，不能查看评分表' });
    expect(await refusedUnchanged(host.caller, dataDir, 'sheet.saveDraft', { ...key, content: e03Draft, comments: [] })).toEqual({ ...absent, message: '专家陈晓燕未到会，不能修改评分表' });
    expect(await refusedUnchanged(host.caller, dataDir, 'sheet.submit', { ...key, reason: '', signatureImage: drawnSignature })).toEqual({ ...absent, message: '专家陈晓燕未到会，不能提交评分表' });
  });
});
