import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostHandlers } from '../../../shared/api/contract.js';
import { dispatch, parseArgs } from '../../../shared/api/dispatch.js';
import type { ReviewComment } from '../../../shared/model/comment.js';
import type { ReviewPhase } from '../../../shared/model/phase.js';
import type { ScoreSheetContent } from '../../../shared/model/score-sheet.js';
import { sampleRecusal } from '../../../test/fixtures/sample-panel.js';
import { expertCaller, workstationCaller } from '../../../test/support/callers.js';
import { testMeetingId } from '../../../test/support/meeting-host.js';
import { openScoringHost, type ScoringHost } from '../../../test/support/scoring-host.js';
import { refusal } from '../../../test/support/host-refusal.js';

const key = { meetingId: testMeetingId, submissionId: 'S01', expertId: 'E02' };
const drawn = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const redrawn = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=';
const tablet = (expertId: string) => expertCaller(testMeetingId, expertId);
let host: ScoringHost;

const comment = (id: string, text: string, expertId = key.expertId): ReviewComment => ({
  id,
  ...key,
  expertId,
  clause: '6.2.3',
  type: 'technical',
  text,
  proposedChange: '',
  resolution: null,
  resolutionNote: '',
  createdAt: `2026-11-28T10:0${id.length}:00+08:00`,
  updatedAt: '2026-11-28T10:00:00+08:00',
});

const scored = (draft: ScoreSheetContent, scores: readonly number[], patch: Partial<ScoreSheetContent> = {}): ScoreSheetContent => ({
  ...draft,
  ...patch,
  scores: draft.scores.map((s, i) => ({ ...s, score: scores[i] ?? null })),
});

/** A sheet the engine accepts, saved and submitted as `expertId`'s first version through their own device. */
const submitValid = async (expertId: string, scores = [16, 12, 24, 12, 16]) => {
  const sheetKey = { ...key, expertId };
  const { sheet } = await host.handlers['sheet.open'](sheetKey, tablet(expertId));
  await host.handlers['sheet.saveDraft']({ ...sheetKey, content: scored(sheet.draft, scores, { recommendation: 'pass' }), comments: [comment(`C-${expertId}`, '补充试验方法', expertId)] }, tablet(expertId));
  return host.handlers['sheet.submit']({ ...sheetKey, reason: '', signatureImage: drawn }, tablet(expertId));
};

/** The refusal a call ended with, as the transport would send it. */
const setPhase = (phase: ReviewPhase, submissionId = 'S01') =>
  host.store.writeNow({ meetingId: testMeetingId }, (tx) => {
    const submission = tx.submissions.get(testMeetingId, submissionId)!;
    tx.submissions.put({ ...submission, phase });
  });

/** Everything a sheet operation could change, to show that a refused one changed nothing. */
const stored = () =>
  host.store.read((tx) => ({
    sheets: tx.scoreSheets.list(testMeetingId),
    comments: tx.comments.list(testMeetingId),
    audit: tx.audit.ofMeeting(testMeetingId),
  }));

beforeEach(async () => {
  host = await openScoringHost();
});

afterEach(() => host.close());

describe('score sheet operations', () => {
  it('creates a blank draft once and keeps the draft and comments as saved, deleting removed comments', async () => {
    const { sheet } = await host.handlers['sheet.open'](key, tablet('E02'));
    expect(sheet).toMatchObject({ id: 'S01/E02', status: 'draft', versions: [] });
    const content = scored(sheet.draft, [12, 12, 12, 12, 12]);
    await host.handlers['sheet.saveDraft']({ ...key, content, comments: [comment('a', '补充试验方法'), comment('bb', '删去重复条款')] }, tablet('E02'));
    await host.handlers['sheet.saveDraft']({ ...key, content, comments: [comment('bb', '删去重复条款')] }, tablet('E02'));
    const reopened = await host.handlers['sheet.open'](key, tablet('E02'));
    expect(reopened.sheet.draft.scores.every((s) => s.score === 12)).toBe(true);
    expect(reopened.comments.map((c) => c.id)).toEqual(['bb']);
    expect(stored().sheets).toHaveLength(1);
  });

  it('stores only complete comments: an empty one is refused by the contract, naming it', () => {
    const args = { ...key, content: { scores: [], veto: null, recommendation: null, opinion: '' }, comments: [comment('a', ' ')] };
    expect(parseArgs('sheet.saveDraft', args)).toMatchObject({ ok: false, error: { code: 'invalid-arguments', field: 'comments.0.text' } });
  });

  it('submits the first version only when the engine accepts it, with every issue as data for the form', async () => {
    const { sheet } = await host.handlers['sheet.open'](key, tablet('E02'));
    const content = scored(sheet.draft, [19, 12, 24, 12, 16]);
    await host.handlers['sheet.saveDraft']({ ...key, content, comments: [comment('a', '补充试验方法')] }, tablet('E02'));
    expect(await refusal(host.handlers['sheet.submit']({ ...key, reason: '', signatureImage: '' }, tablet('E02')))).toMatchObject({
      code: 'sheet-rejected',
      issues: ['scores.compliance.justification: 「合规性」得分 19 分（≤5 或 ≥18）须填写评分理由', 'recommendation: 尚未选择推荐结论', 'signature: 提交评分表须由专家本人手写签名'],
    });
    const fixed = { ...content, recommendation: 'pass' as const, scores: content.scores.map((s) => ({ ...s, justification: '与强制性标准协调' })) };
    await host.handlers['sheet.saveDraft']({ ...key, content: fixed, comments: [comment('a', '补充试验方法')] }, tablet('E02'));
    expect(await host.handlers['sheet.submit']({ ...key, reason: '', signatureImage: drawn }, tablet('E02'))).toEqual({ versionNo: 1 });

    setPhase('discussion');
    expect((await refusal(host.handlers['sheet.submit']({ ...key, reason: '', signatureImage: drawn }, tablet('E02')))).issues).toEqual([
      'reason: 修改评分须写明修改理由',
      'scores: 评分表与上一版相同，无需重新提交',
    ]);
    await host.handlers['sheet.saveDraft']({ ...key, content: { ...fixed, recommendation: 'pass-with-revisions' }, comments: [] }, tablet('E02'));
    expect(await host.handlers['sheet.submit']({ ...key, reason: '采纳组长意见', signatureImage: redrawn }, tablet('E02'))).toEqual({ versionNo: 2 });
    const [sheetStored] = stored().sheets;
    expect(sheetStored?.versions.map((v) => [v.versionNo, v.recommendation, v.signatureImage])).toEqual([
      [1, 'pass', drawn],
      [2, 'pass-with-revisions', redrawn],
    ]);
    const audit = await host.handlers['meeting.audit']({ meetingId: testMeetingId }, workstationCaller);
    expect(audit.map((e) => [e.action, e.actor, e.details.versionNo, e.details.reason])).toEqual([
      ['score-sheet.submit', 'E02', 1, ''],
      ['score-sheet.revise', 'E02', 2, '采纳组长意见'],
    ]);
  });

  it('sends a refused submission across the transport with each issue as data', async () => {
    await host.handlers['sheet.open'](key, tablet('E02'));
    const result = await dispatch(host.handlers as HostHandlers, 'sheet.submit', { ...key, reason: '', signatureImage: drawn }, tablet('E02'));
    expect(result).toMatchObject({ ok: false, error: { code: 'sheet-rejected', issues: expect.arrayContaining([expect.objectContaining({ field: 'recommendation', message: '尚未选择推荐结论' })]) } });
  });

  it('keeps a justification in the version only where its score needs one, and in the draft as typed', async () => {
    const { sheet } = await host.handlers['sheet.open'](key, tablet('E02'));
    const plain = scored(sheet.draft, [19, 12, 24, 12, 16], { recommendation: 'pass' });
    const typed = { ...plain, scores: plain.scores.map((s, i) => ({ ...s, justification: `理由${i}` })) };
    await host.handlers['sheet.saveDraft']({ ...key, content: typed, comments: [] }, tablet('E02'));
    await host.handlers['sheet.submit']({ ...key, reason: '', signatureImage: drawn }, tablet('E02'));
    const [first] = stored().sheets;
    expect(first?.versions[0]?.scores.map((s) => s.justification)).toEqual(['理由0', '', '', '', '']);
    expect(first?.draft.scores.map((s) => s.justification)).toEqual(['理由0', '理由1', '理由2', '理由3', '理由4']);

    setPhase('discussion');
    const hiddenTextChanged = { ...typed, scores: typed.scores.map((s, i) => (i === 0 ? s : { ...s, justification: `${s.justification}（改）` })) };
    await host.handlers['sheet.saveDraft']({ ...key, content: hiddenTextChanged, comments: [] }, tablet('E02'));
    expect((await refusal(host.handlers['sheet.submit']({ ...key, reason: '再次确认', signatureImage: drawn }, tablet('E02')))).issues).toEqual([
      'scores: 评分表与上一版相同，无需重新提交',
    ]);
  });

  it('refuses changes once the review is past the vote, and shows a sheet never opened without creating it', async () => {
    const { sheet } = await host.handlers['sheet.open'](key, tablet('E02'));
    setPhase('sign-off');
    expect(await refusal(host.handlers['sheet.saveDraft']({ ...key, content: sheet.draft, comments: [] }, tablet('E02')))).toMatchObject({
      code: 'refused',
      message: '《电子膨胀阀》处于「签署」阶段，不能修改评分表',
    });
    expect((await host.handlers['sheet.open']({ ...key, expertId: 'E03' }, tablet('E03'))).sheet).toMatchObject({ status: 'draft', versions: [] });
    expect(stored().sheets.map((s) => s.expertId)).toEqual(['E02']);
  });

  it('keeps a submitted sheet closed until 合议 during blind scoring', async () => {
    await submitValid('E02');
    const before = stored();
    const { sheet } = await host.handlers['sheet.open'](key, tablet('E02'));
    expect(await refusal(host.handlers['sheet.saveDraft']({ ...key, content: sheet.draft, comments: [] }, tablet('E02')))).toMatchObject({
      code: 'refused',
      message: '《电子膨胀阀》处于「独立评分」阶段，不能修改评分表，已提交的评分在合议开始后才能修改',
    });
    expect(stored()).toEqual(before);
  });

  it('refuses a draft that scores criteria of another rubric', async () => {
    const { sheet } = await host.handlers['sheet.open'](key, tablet('E02'));
    const foreign = { ...sheet.draft, scores: [...sheet.draft.scores.slice(1), { criterionId: 'beauty', score: 3, justification: '' }] };
    expect(await refusal(host.handlers['sheet.saveDraft']({ ...key, content: foreign, comments: [] }, tablet('E02')))).toMatchObject({ code: 'invalid', field: 'content.scores' });
  });
});

describe('attacks on score sheets (issue 11), each refused with nothing changed', () => {
  it('seals other experts’ scores in meeting.read during blind scoring, at the workstation and on a device', async () => {
    await submitValid('E02', [17, 13, 25, 13, 16]);
    await host.handlers['sheet.open']({ ...key, expertId: 'E03' }, tablet('E03'));
    host.actAs('E03');
    for (const caller of [workstationCaller, tablet('E03')]) {
      const seen = await host.handlers['meeting.read']({ meetingId: testMeetingId }, caller);
      const e02 = seen?.scoreSheets.find((s) => s.expertId === 'E02');
      expect(e02).toMatchObject({ status: 'submitted', versions: [] });
      expect(e02?.draft.scores.every((s) => s.score === null)).toBe(true);
      expect(seen?.comments.filter((c) => c.expertId === 'E02')).toEqual([]);
    }
    await submitValid('E03');
    const revealed = await host.handlers['meeting.read']({ meetingId: testMeetingId }, tablet('E03'));
    expect(revealed?.scoreSheets.find((s) => s.expertId === 'E02')?.versions[0]?.scores.map((s) => s.score)).toEqual([17, 13, 25, 13, 16]);
  });

  it('refuses submitting for an expert who is not the acting one, whoever asks', async () => {
    const { sheet } = await host.handlers['sheet.open'](key, tablet('E02'));
    await host.handlers['sheet.saveDraft']({ ...key, content: scored(sheet.draft, [16, 12, 24, 12, 16], { recommendation: 'pass' }), comments: [] }, tablet('E02'));
    const before = stored();
    const submit = { ...key, reason: '', signatureImage: drawn };
    expect(await refusal(host.handlers['sheet.submit'](submit, workstationCaller))).toMatchObject({ code: 'not-unlocked', field: 'expertId' });
    host.actAs('E03');
    expect(await refusal(host.handlers['sheet.submit'](submit, workstationCaller))).toMatchObject({ code: 'not-unlocked', message: '须由专家专家2本人输入 PIN 解锁后才能进行此操作' });
    expect(await refusal(host.handlers['sheet.submit'](submit, tablet('E03')))).toMatchObject({ code: 'not-unlocked' });
    expect(await refusal(host.handlers['sheet.saveDraft']({ ...key, content: sheet.draft, comments: [] }, tablet('E03')))).toMatchObject({ code: 'not-unlocked' });
    expect(await refusal(host.handlers['sheet.submit']({ ...submit, meetingId: 'M-OTHER' }, tablet('E02')))).toMatchObject({ code: 'forbidden' });
    expect(stored()).toEqual(before);
    host.actAs('E02');
    expect(await host.handlers['sheet.submit'](submit, workstationCaller)).toEqual({ versionNo: 1 });
  });

  it('refuses a recused expert, an absent one and one without a pledge', async () => {
    for (const expertId of ['E03', 'E04', 'E05']) await host.handlers['sheet.open']({ ...key, expertId }, tablet(expertId));
    host.store.writeNow({ meetingId: testMeetingId }, (tx) => {
      tx.recusals.put({ ...sampleRecusal('E03', 'confirmed', 'S01', testMeetingId) });
      tx.experts.put({ ...tx.experts.get(testMeetingId, 'E04')!, present: false });
      tx.pledges.delete(testMeetingId, 'P-E05');
    });
    const before = stored();
    const expectations: [string, RegExp][] = [
      ['E03', /^不能提交评分表：您已回避该项目/u],
      ['E04', /^专家专家4未到会，不能提交评分表$/u],
      ['E05', /^不能提交评分表：请先签署公正性声明及保密承诺$/u],
    ];
    for (const [expertId, message] of expectations) {
      const sheetKey = { ...key, expertId };
      expect(await refusal(host.handlers['sheet.submit']({ ...sheetKey, reason: '', signatureImage: drawn }, tablet(expertId)))).toMatchObject({ code: 'refused', message: expect.stringMatching(message) });
      expect(await refusal(host.handlers['sheet.saveDraft']({ ...sheetKey, content: scored(before.sheets[0]!.draft, [16, 12, 24, 12, 16]), comments: [] }, tablet(expertId)))).toMatchObject({ code: 'refused' });
      expect(await refusal(host.handlers['sheet.open'](sheetKey, tablet(expertId)))).toMatchObject({ code: 'refused' });
    }
    expect(stored()).toEqual(before);
  });

  it('never lets a comment list write, take over or delete another expert’s comment', async () => {
    const own = await host.handlers['sheet.open']({ ...key, expertId: 'E03' }, tablet('E03'));
    const theirs = comment('C-E03', '试验方法不明确', 'E03');
    await host.handlers['sheet.saveDraft']({ ...key, expertId: 'E03', content: own.sheet.draft, comments: [theirs] }, tablet('E03'));
    const { sheet } = await host.handlers['sheet.open'](key, tablet('E02'));
    const before = stored();
    const attempts: [ReviewComment, string][] = [
      [{ ...theirs, text: '改写他人的意见' }, 'comments.0.expertId'],
      [{ ...comment('C-E03', '借用他人意见的编号'), createdAt: theirs.createdAt }, 'comments.0.id'],
      [{ ...comment('C-new', '写给另一个项目'), submissionId: 'S02' }, 'comments.0.submissionId'],
    ];
    for (const [sent, field] of attempts) {
      expect(await refusal(host.handlers['sheet.saveDraft']({ ...key, content: sheet.draft, comments: [sent] }, tablet('E02')))).toMatchObject({ code: 'forbidden', field });
    }
    expect(stored()).toEqual(before);
    await host.handlers['sheet.saveDraft']({ ...key, content: sheet.draft, comments: [] }, tablet('E02'));
    expect(stored().comments.map((c) => [c.id, c.expertId, c.text, c.resolution])).toEqual([['C-E03', 'E03', '试验方法不明确', null]]);
  });
});
