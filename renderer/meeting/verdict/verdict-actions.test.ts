import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { bundleDigest } from '../../../shared/bundle/verdict-bundle.js';
import { samplePanel, samplePledges } from '../../../shared/engine/sample-panel.js';
import { verdictDigest, verifyVerdictChain } from '../../../shared/engine/verdict-versions.js';
import type { ReviewPhase } from '../../../shared/model/phase.js';
import { zzbTechnicalRubric } from '../../../shared/rubrics/zzb-technical.js';
import { WorkstationDatabase } from '../../db/database.js';
import { amendReview, finaliseReview, recordReconciliationNote, saveConclusion, signVerdict } from './verdict-actions.js';

const meetingId = 'M-2026-0147';
const ids = { meetingId, submissionId: 'S01' };
const png = 'data:image/png;base64,AAAA';
let db: WorkstationDatabase;

/** Five experts, E01 the chair, all submitted; E05's 先进性 of 10 is an outlier. */
const seed = async (phase: ReviewPhase) => {
  const scores = [16, 12, 24, 12, 16];
  const { experts, sheets } = samplePanel(
    zzbTechnicalRubric,
    'S01',
    ['E01', 'E02', 'E03', 'E04', 'E05'].map((id) => ({
      scores: id === 'E05' ? [16, 12, 10, 12, 16] : scores,
      recommendation: id === 'E03' ? ('pass-with-revisions' as const) : ('pass' as const),
    })),
  );
  await db.transaction('rw', db.tables, async () => {
    await db.meetings.add({
      id: meetingId,
      packageId: null,
      title: '审评会',
      reviewType: 'technical',
      startsAt: '2026-11-28T09:30:00+08:00',
      venue: '杭州',
      organizer: '浙江省品牌建设联合会',
      rubric: null,
      rules: null,
    });
    await db.experts.bulkAdd(experts);
    await db.scoreSheets.bulkAdd(sheets);
    await db.pledges.bulkAdd(samplePledges(experts.map((e) => e.id)));
    await db.submissions.add({
      id: 'S01',
      meetingId,
      standardName: '家用和类似用途电子膨胀阀',
      proposedCode: 'T/ZZB 3121—2026',
      standardKind: 'product',
      leadDrafter: '某某公司',
      coDrafters: [],
      revisionOf: null,
      phase,
    });
  });
};

const setPhase = (phase: ReviewPhase) => db.submissions.update([meetingId, 'S01'], { phase });

beforeEach(() => {
  db = new WorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
});

describe('verdict actions', () => {
  it('keeps each edit to its phase and refuses a chair who signs before the others', async () => {
    await seed('discussion');
    await expect(saveConclusion(db, ids, 'E01', { conclusion: 'x', revisionRequirements: [], dissent: [] })).rejects.toThrow(
      '《家用和类似用途电子膨胀阀》处于「合议」阶段，不能修改审评意见',
    );
    const noted = await recordReconciliationNote(db, ids, 'E01', 'advancement', '该专家认为对标数据不足，专家组讨论后维持');
    expect(noted).toMatchObject({ versionNo: 1, status: 'draft', outcome: 'pass' });
    await setPhase('sign-off');
    await expect(signVerdict(db, ids, 'E01', png)).rejects.toThrow('组长最后签名：尚待专家2、专家3、专家4、专家5签名');
    expect(await db.auditLog.filter((e) => e.action === 'verdict.sign').count()).toBe(0);
  });

  it('finalises only when the guards allow, and then freezes, queues and moves the phase in one go', async () => {
    await seed('vote');
    await recordReconciliationNote(db, ids, 'E01', 'advancement', '已说明');
    await saveConclusion(db, ids, 'E01', { conclusion: '同意通过。', revisionRequirements: [' 补充试验方法 ', ''], dissent: [{ expertId: 'E05', text: ' ' }] });
    await setPhase('sign-off');
    for (const id of ['E02', 'E03', 'E04']) await signVerdict(db, ids, id, png);
    await expect(finaliseReview(db, ids, 'E01')).rejects.toThrow('缺少签名：专家1（E01）、专家5（E05）');
    expect(await db.outbox.count()).toBe(0);
    expect((await db.verdicts.toArray())[0]?.status).toBe('draft');

    await signVerdict(db, ids, 'E05', png);
    await signVerdict(db, ids, 'E01', png);
    const final = await finaliseReview(db, ids, 'E01');
    expect(final).toMatchObject({ status: 'final', finalizedBy: 'E01', revisionRequirements: ['补充试验方法'], dissent: [] });
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ verdictId: final.verdictId, versionNo: 1, status: 'pending', bundleDigest: bundleDigest(entry!.bundle) });
    expect(entry?.bundle).toMatchObject({ outcome: 'pass', supersedes: null, conclusion: '同意通过。' });
    expect((await db.submissions.get([meetingId, 'S01']))?.phase).toBe('finalised');
    await expect(finaliseReview(db, ids, 'E01')).rejects.toThrow();
    expect(await db.outbox.count()).toBe(1);
  });

  it('amends a finalised verdict as version 2, chained by digest, with its own outbox entry', async () => {
    await seed('vote');
    await recordReconciliationNote(db, ids, 'E01', 'advancement', '已说明');
    await saveConclusion(db, ids, 'E01', { conclusion: '同意通过。', revisionRequirements: [], dissent: [] });
    await setPhase('sign-off');
    for (const id of ['E02', 'E03', 'E04', 'E05', 'E01']) await signVerdict(db, ids, id, png);
    const first = await finaliseReview(db, ids, 'E01');
    await expect(amendReview(db, ids, { by: 'E01', reason: ' ', changes: { conclusion: '改' } })).rejects.toThrow('修订审评结论须写明修订理由');
    const second = await amendReview(db, ids, { by: 'E01', reason: '更正笔误', changes: { conclusion: '同意通过，请按意见修改。' } });
    expect(second).toMatchObject({ versionNo: 2, supersedes: verdictDigest(first), amendmentReason: '更正笔误' });
    expect(verifyVerdictChain(await db.verdicts.orderBy('[verdictId+versionNo]').toArray())).toEqual({ ok: true });
    const entries = await db.outbox.orderBy('[verdictId+versionNo]').toArray();
    expect(entries.map((e) => e.versionNo)).toEqual([1, 2]);
    expect(entries[1]?.bundle.supersedes).toBe(entries[0]?.bundleDigest);
    expect(await db.auditLog.filter((e) => e.action === 'verdict.finalise' || e.action === 'verdict.amend').count()).toBe(2);
  });
});
