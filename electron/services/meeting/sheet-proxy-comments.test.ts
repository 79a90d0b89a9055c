import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostHandlers } from '../../../shared/api/contract.js';
import { dispatch } from '../../../shared/api/dispatch.js';
import type { ReviewComment } from '../../../shared/model/comment.js';
import type { ScoreSheetContent } from '../../../shared/model/score-sheet.js';
import { workstationCaller } from '../../../test/support/callers.js';
import { testMeetingId } from '../../../test/support/meeting-host.js';
import { openScoringHost, type ScoringHost } from '../../../test/support/scoring-host.js';

const key = { meetingId: testMeetingId, submissionId: 'S01', expertId: 'E02' };
let host: ScoringHost;

const paper: ScoreSheetContent = {
  scores: ['compliance', 'necessity', 'advancement', 'economy', 'operability'].map((criterionId, i) => ({ criterionId, score: [16, 12, 24, 12, 16][i]!, justification: '' })),
  veto: null,
  recommendation: 'pass',
  opinion: '纸质评分表所填意见',
};

/** A clause comment as the paper sheet carries it, entered in the 代录 dialog. */
const comment = (id: string, patch: Partial<ReviewComment> = {}): ReviewComment => ({
  id,
  ...key,
  clause: '5.3',
  type: 'technical',
  text: '试验方法宜注明环境温度',
  proposedChange: '',
  resolution: null,
  resolutionNote: '',
  createdAt: '2026-11-28T10:00:00.000Z',
  updatedAt: '2026-11-28T10:00:00.000Z',
  ...patch,
});

const proxySubmit = (args: Record<string, unknown>) => dispatch(host.handlers as HostHandlers, 'sheet.proxySubmit', { ...key, content: paper, reason: '', ...args }, workstationCaller);
const stored = () => host.store.read((tx) => ({ comments: tx.comments.list(testMeetingId), sheets: tx.scoreSheets.list(testMeetingId) }));

beforeEach(async () => {
  host = await openScoringHost();
});

afterEach(() => host.close());

describe('sheet.proxySubmit with the paper sheet’s clause comments (代录)', () => {
  it('stores them as the expert’s own comments with the version, as a draft save would', async () => {
    expect(await proxySubmit({ comments: [comment('C-paper-1'), comment('C-paper-2', { clause: '表 2', text: '单位宜统一' })] })).toEqual({ ok: true, value: { versionNo: 1 } });
    expect(stored().comments.map((c) => [c.expertId, c.clause, c.text, c.resolution])).toEqual([
      ['E02', '5.3', '试验方法宜注明环境温度', null],
      ['E02', '表 2', '单位宜统一', null],
    ]);
  });

  it('refuses a comment without its clause or text by name, and one given for another expert, storing nothing', async () => {
    const blank = await proxySubmit({ comments: [comment('C-paper-1'), comment('C-paper-2', { text: '  ' })] });
    expect(blank).toMatchObject({ ok: false, error: { code: 'invalid-arguments', field: 'comments.1.text', message: expect.stringContaining('意见内容不能为空') } });
    const foreign = await proxySubmit({ comments: [comment('C-paper-1', { expertId: 'E03' })] });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'comments.0.expertId' } });
    expect(stored()).toEqual({ comments: [], sheets: [] });
  });

  it('leaves the expert’s comments as they are when the dialog sends none', async () => {
    await proxySubmit({ comments: [comment('C-paper-1')] });
    await host.store.write({ meetingId: testMeetingId }, (tx) => tx.submissions.put({ ...tx.submissions.get(testMeetingId, 'S01')!, phase: 'discussion' }));
    expect(await proxySubmit({ content: { ...paper, opinion: '修改后的意见' }, reason: '专家在纸质评分表上修改' })).toEqual({ ok: true, value: { versionNo: 2 } });
    expect(stored().comments.map((c) => c.id)).toEqual(['C-paper-1']);
  });

  it('adds the paper sheet’s comments to what the expert wrote, never erasing one the secretary could not see', async () => {
    await host.store.write({ meetingId: testMeetingId }, (tx) => tx.comments.put(comment('C-device-1', { text: '专家在平板上写的意见' })));
    expect(await proxySubmit({ comments: [comment('C-paper-2', { clause: '6.1' })] })).toEqual({ ok: true, value: { versionNo: 1 } });
    expect(stored().comments.map((c) => [c.id, c.clause]).sort()).toEqual([
      ['C-device-1', '5.3'],
      ['C-paper-2', '6.1'],
    ]);
  });
});
