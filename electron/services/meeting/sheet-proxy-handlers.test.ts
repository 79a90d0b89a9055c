import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostHandlers } from '../../../shared/api/contract.js';
import { dispatch } from '../../../shared/api/dispatch.js';
import { auditAsSeenBy } from '../../../shared/meeting/meeting-as-seen.js';
import type { ReviewPhase } from '../../../shared/model/phase.js';
import type { ScoreSheetContent } from '../../../shared/model/score-sheet.js';
import { sampleRecusal } from '../../../test/fixtures/sample-panel.js';
import { expertCaller, workstationCaller } from '../../../test/support/callers.js';
import { testMeetingId } from '../../../test/support/meeting-host.js';
import { openScoringHost, type ScoringHost } from '../../../test/support/scoring-host.js';
import { readMeetingData } from './read-meeting-data.js';
import { refusal } from '../../../test/support/host-refusal.js';

const key = { meetingId: testMeetingId, submissionId: 'S01', expertId: 'E02' };
let host: ScoringHost;

/** What the expert wrote on the paper sheet: the five criteria of zzb-technical. */
const paper = (scores: readonly (number | null)[] = [16, 12, 24, 12, 16], patch: Partial<ScoreSheetContent> = {}): ScoreSheetContent => ({
  scores: ['compliance', 'necessity', 'advancement', 'economy', 'operability'].map((criterionId, i) => ({ criterionId, score: scores[i] ?? null, justification: '' })),
  veto: null,
  recommendation: 'pass',
  opinion: '纸质评分表所填意见',
  ...patch,
});

const setPhase = (phase: ReviewPhase) =>
  host.store.writeNow({ meetingId: testMeetingId }, (tx) => {
    tx.submissions.put({ ...tx.submissions.get(testMeetingId, 'S01')!, phase });
  });

/** Everything 代录 could change, to show that a refused one changed nothing. */
const stored = () =>
  host.store.read((tx) => ({ sheets: tx.scoreSheets.list(testMeetingId), comments: tx.comments.list(testMeetingId), audit: tx.audit.ofMeeting(testMeetingId) }));

const proxySubmit = (content = paper(), reason = '', expertId = 'E02') => host.handlers['sheet.proxySubmit']({ ...key, expertId, content, reason }, workstationCaller);

beforeEach(async () => {
  host = await openScoringHost();
});

afterEach(() => host.close());

describe('sheet.proxySubmit (代录)', () => {
  it('enters a paper sheet as the expert’s version without a PIN or a drawn signature, recorded as 代录', async () => {
    expect(await proxySubmit()).toEqual({ versionNo: 1 });
    const [sheet] = stored().sheets;
    expect(sheet).toMatchObject({ id: 'S01/E02', expertId: 'E02', status: 'submitted', draft: paper() });
    expect(sheet?.versions).toEqual([{ ...paper(), versionNo: 1, submittedAt: expect.any(String), signatureImage: null, enteredBy: 'secretary' }]);
    expect(stored().audit.map((e) => [e.action, e.actor, e.submissionId, e.details])).toEqual([
      ['score-sheet.proxy-submit', 'secretary', 'S01', { expertId: 'E02', sheetId: 'S01/E02', versionNo: 1, reason: '', recommendation: 'pass' }],
    ]);
  });

  it('keeps the recommendation of a 代录 entry from other experts during blind scoring, not from its expert', async () => {
    await proxySubmit();
    const { events, data } = host.store.read((tx) => ({ events: tx.audit.ofMeeting(testMeetingId), data: readMeetingData(tx, testMeetingId)! }));
    expect(auditAsSeenBy(events, data, { kind: 'expert', expertId: 'E03' })[0]?.details).not.toHaveProperty('recommendation');
    expect(auditAsSeenBy(events, data, { kind: 'expert', expertId: 'E02' })[0]?.details).toHaveProperty('recommendation', 'pass');
  });

  it('holds a paper revision to the rules of a revision: in 合议, with a reason, changed', async () => {
    await proxySubmit();
    const before = stored();
    expect(await refusal(proxySubmit(paper([15, 12, 24, 12, 16]), '纸质修改'))).toMatchObject({ code: 'refused', field: 'submissionId' });
    setPhase('discussion');
    const inDiscussion = stored();
    expect((await refusal(proxySubmit(paper(), ''))).issues).toEqual(['reason: 修改评分须写明修改理由', 'scores: 评分表与上一版相同，无需重新提交']);
    expect(stored()).toEqual(inDiscussion);
    expect(before.audit).toEqual(inDiscussion.audit);
    expect(await proxySubmit(paper([15, 12, 24, 12, 16]), '专家在纸质评分表上修改')).toEqual({ versionNo: 2 });
    expect(stored().audit.at(-1)).toMatchObject({ action: 'score-sheet.proxy-submit', details: { versionNo: 2, reason: '专家在纸质评分表上修改' } });
  });

  it('refuses what the engine refuses, with every issue as data, and changes nothing', async () => {
    await host.handlers['sheet.open'](key, expertCaller(testMeetingId, 'E02'));
    const before = stored();
    expect(await refusal(proxySubmit(paper([19, 12, null, 12, 16], { recommendation: null })))).toMatchObject({
      code: 'sheet-rejected',
      issues: expect.arrayContaining(['recommendation: 尚未选择推荐结论', 'scores.compliance.justification: 「合规性」得分 19 分（≤5 或 ≥18）须填写评分理由']),
    });
    expect(await refusal(proxySubmit({ ...paper(), scores: paper().scores.slice(1) }))).toMatchObject({ code: 'invalid', field: 'content.scores' });
    expect(stored()).toEqual(before);
  });

  it('refuses an absent, recused or unpledged expert, an unknown one, a closed phase and any expert device, changing nothing', async () => {
    host.store.writeNow({ meetingId: testMeetingId }, (tx) => {
      tx.recusals.put(sampleRecusal('E03', 'confirmed', 'S01', testMeetingId));
      tx.experts.put({ ...tx.experts.get(testMeetingId, 'E04')!, present: false });
      tx.pledges.delete(testMeetingId, 'P-E05');
    });
    const before = stored();
    const expectations: [string, string | RegExp][] = [
      ['E03', /^不能代录评分表：您已回避该项目/u],
      ['E04', '专家专家4未到会，不能代录评分表'],
      ['E05', '不能代录评分表：请先签署公正性声明及保密承诺'],
      ['E99', '找不到专家 E99'],
    ];
    for (const [expertId, message] of expectations) {
      expect(await refusal(proxySubmit(paper(), '', expertId))).toMatchObject({ message: typeof message === 'string' ? message : expect.stringMatching(message) });
    }
    setPhase('sign-off');
    const signing = stored();
    expect(await refusal(proxySubmit())).toMatchObject({ code: 'refused', message: expect.stringContaining('不能代录评分表') });
    const tablet = await dispatch(host.handlers as HostHandlers, 'sheet.proxySubmit', { ...key, content: paper(), reason: '' }, expertCaller(testMeetingId, 'E02'));
    expect(tablet).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await refusal(host.handlers['sheet.proxySubmit']({ ...key, content: paper(), reason: '' }, expertCaller(testMeetingId, 'E02')))).toMatchObject({ code: 'forbidden' });
    expect(stored()).toEqual(signing);
    expect(signing.sheets).toEqual(before.sheets);
    expect(signing.audit).toEqual(before.audit);
  });
});
