import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReviewComment } from '../../../shared/model/comment.js';
import { zzbTechnicalRubric as rubric } from '../../../shared/rubrics/zzb-technical.js';
import { WorkstationDatabase } from '../../db/database.js';
import { SheetRejected, openSheet, saveSheetDraft, submitSheet } from './sheet-actions.js';

const key = { meetingId: 'M1', submissionId: 'S01', expertId: 'E02' };
const drawn = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const redrawn = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=';
let db: WorkstationDatabase;

const comment = (id: string, text: string): ReviewComment => ({
  id,
  ...key,
  clause: '6.2.3',
  type: 'technical',
  text,
  proposedChange: '',
  resolution: null,
  resolutionNote: '',
  createdAt: `2026-11-28T10:0${id.length}:00+08:00`,
  updatedAt: '2026-11-28T10:00:00+08:00',
});

const rejection = async (promise: Promise<unknown>): Promise<string[]> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SheetRejected) return error.issues.map((i) => `${i.field}: ${i.message}`);
    throw error;
  }
  return [];
};

beforeEach(async () => {
  db = new WorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.meetings.add({ id: 'M1', packageId: null, title: '审评会', reviewType: 'technical', startsAt: '2026-11-28T09:30:00+08:00', venue: '', organizer: '', rubric: null, rules: null });
  await db.submissions.add({ id: 'S01', meetingId: 'M1', standardName: '电子膨胀阀', proposedCode: '', standardKind: 'product', leadDrafter: '某公司', coDrafters: [], revisionOf: null, phase: 'scoring' });
});

describe('score sheet actions', () => {
  it('creates a blank draft once and keeps the draft and comments as saved, deleting removed comments', async () => {
    const { sheet } = await openSheet(db, key, rubric);
    expect(sheet).toMatchObject({ id: 'S01/E02', status: 'draft', versions: [] });
    const content = { ...sheet.draft, scores: sheet.draft.scores.map((s) => ({ ...s, score: 12 })) };
    await saveSheetDraft(db, key, { content, comments: [comment('a', '补充试验方法'), comment('bb', '删去重复条款')] });
    await saveSheetDraft(db, key, { content, comments: [comment('bb', '删去重复条款')] });
    const reopened = await openSheet(db, key, rubric);
    expect(reopened.sheet.draft.scores.every((s) => s.score === 12)).toBe(true);
    expect(reopened.comments.map((c) => c.id)).toEqual(['bb']);
  });

  it('submits the first version only when the engine accepts it, naming each criterion', async () => {
    const { sheet } = await openSheet(db, key, rubric);
    const scores = [19, 12, 24, 12, 16];
    const content = { ...sheet.draft, scores: sheet.draft.scores.map((s, i) => ({ ...s, score: scores[i] ?? null })) };
    await saveSheetDraft(db, key, { content, comments: [comment('a', ' ')] });
    expect(await rejection(submitSheet(db, key, '', ''))).toEqual([
      'scores.compliance.justification: 「合规性」得分 19 分（≤5 或 ≥18）须填写评分理由',
      'recommendation: 尚未选择推荐结论',
      'comments.0.text: 第 1 条意见：意见内容不能为空',
      'signature: 提交评分表须由专家本人手写签名',
    ]);
    const fixed = { ...content, recommendation: 'pass' as const, scores: content.scores.map((s) => ({ ...s, justification: '与强制性标准协调' })) };
    await saveSheetDraft(db, key, { content: fixed, comments: [comment('a', '补充试验方法')] });
    expect(await submitSheet(db, key, '', drawn)).toBe(1);

    await db.submissions.update(['M1', 'S01'], { phase: 'discussion' });
    expect(await rejection(submitSheet(db, key, '', drawn))).toEqual(['reason: 修改评分须写明修改理由', 'scores: 评分表与上一版相同，无需重新提交']);
    await saveSheetDraft(db, key, { content: { ...fixed, recommendation: 'pass-with-revisions' }, comments: [] });
    expect(await submitSheet(db, key, '采纳组长意见', redrawn)).toBe(2);
    const stored = await db.scoreSheets.get(['M1', 'S01/E02']);
    expect(stored?.versions.map((v) => [v.versionNo, v.recommendation, v.signatureImage])).toEqual([
      [1, 'pass', drawn],
      [2, 'pass-with-revisions', redrawn],
    ]);
    const audit = await db.auditLog.toArray();
    expect(audit.map((e) => [e.action, e.details.versionNo, e.details.reason]).sort()).toEqual([
      ['score-sheet.revise', 2, '采纳组长意见'],
      ['score-sheet.submit', 1, ''],
    ]);
  });

  it('keeps a justification in the version only where its score needs one, and in the draft as typed', async () => {
    const { sheet } = await openSheet(db, key, rubric);
    const scores = [19, 12, 24, 12, 16];
    const typed = { ...sheet.draft, recommendation: 'pass' as const, scores: sheet.draft.scores.map((s, i) => ({ ...s, score: scores[i] ?? null, justification: `理由${i}` })) };
    await saveSheetDraft(db, key, { content: typed, comments: [] });
    await submitSheet(db, key, '', drawn);
    const stored = await db.scoreSheets.get(['M1', 'S01/E02']);
    expect(stored?.versions[0]?.scores.map((s) => s.justification)).toEqual(['理由0', '', '', '', '']);
    expect(stored?.draft.scores.map((s) => s.justification)).toEqual(['理由0', '理由1', '理由2', '理由3', '理由4']);

    await db.submissions.update(['M1', 'S01'], { phase: 'discussion' });
    const unchangedButForHiddenText = { ...typed, scores: typed.scores.map((s) => ({ ...s, justification: `${s.justification}（改）` })) };
    await saveSheetDraft(db, key, { content: { ...unchangedButForHiddenText, scores: unchangedButForHiddenText.scores.map((s, i) => (i === 0 ? typed.scores[0]! : s)) }, comments: [] });
    expect(await rejection(submitSheet(db, key, '再次确认', drawn))).toEqual(['scores: 评分表与上一版相同，无需重新提交']);
  });

  it('refuses changes once the review is past the vote', async () => {
    await openSheet(db, key, rubric);
    await db.submissions.update(['M1', 'S01'], { phase: 'sign-off' });
    const { sheet } = await openSheet(db, key, rubric);
    await expect(saveSheetDraft(db, key, { content: sheet.draft, comments: [] })).rejects.toThrow('《电子膨胀阀》处于「签署」阶段，不能修改评分表');
  });
});
