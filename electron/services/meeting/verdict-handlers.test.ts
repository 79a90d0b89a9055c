import { afterEach, describe, expect, it } from 'vitest';
import { bundleDigest } from '../../../shared/bundle/verdict-bundle.js';
import { verifyVerdictChain } from '../../../shared/engine/verdict-versions.js';
import { expertCaller, workstationCaller } from '../../../test/support/callers.js';
import { testMeetingId } from '../../../test/support/meeting-host.js';
import { loadPdfFonts } from '../../../test/support/pdf-fonts.js';
import { defaultRows, drawnSignature, finaliseThroughPanel, openVerdictHost, signThroughPanel, verdictIds as ids, type VerdictHost } from '../../../test/support/verdict-host.js';
import { readSubmissionData } from './read-meeting-data.js';
import { renderSealedMinutes } from './sealed-minutes.js';
import { refusal } from '../../../test/support/host-refusal.js';

let host: VerdictHost;

afterEach(() => host.close());

/** Everything a verdict call could change, to show that a refused one changed nothing. */
const storeState = () =>
  host.store.read((tx) => ({
    submission: tx.submissions.get(testMeetingId, 'S01'),
    verdicts: tx.verdicts.list(testMeetingId),
    outbox: tx.outbox.list(),
    ledger: tx.outbox.list().map((e) => tx.ledger.signed(e.verdictId, e.versionNo)),
    audit: tx.audit.ofMeeting(testMeetingId),
  }));

describe('verdict operations in the host', () => {
  it('keeps each edit to its phase and refuses a chair who signs before the others', async () => {
    host = await openVerdictHost('discussion');
    host.actAs('E01');
    expect(await refusal(host.handlers['verdict.saveConclusion']({ ...ids, conclusion: 'x', revisionRequirements: [], dissent: [] }, workstationCaller))).toMatchObject({
      code: 'refused',
      message: '《电子膨胀阀》处于「合议」阶段，不能修改审评意见',
      field: 'submissionId',
    });
    const noted = await host.handlers['verdict.reconcile']({ ...ids, criterionId: 'advancement', note: ' 该专家认为对标数据不足，专家组讨论后维持 ' }, workstationCaller);
    expect(noted).toMatchObject({ versionNo: 1, status: 'draft', outcome: 'pass', reconciliationNotes: [{ criterionId: 'advancement', note: '该专家认为对标数据不足，专家组讨论后维持', recordedBy: 'E01' }] });
    host.setPhase('sign-off');
    expect(await refusal(host.handlers['verdict.sign']({ ...ids, expertId: 'E01', image: drawnSignature }, workstationCaller))).toMatchObject({
      code: 'refused',
      message: '组长最后签名：尚待专家2、专家3、专家4、专家5签名',
    });
    expect(storeState().audit.map((e) => e.action)).toEqual(['verdict.reconcile']);
  });

  it('takes the chair and the signer from the caller, never from the arguments', async () => {
    host = await openVerdictHost('vote');
    const before = storeState();
    expect(await refusal(host.handlers['verdict.reconcile']({ ...ids, criterionId: 'advancement', note: '已说明' }, workstationCaller))).toMatchObject({ code: 'not-unlocked' });
    host.actAs('E02');
    expect(await refusal(host.handlers['verdict.ruleOnVeto']({ ...ids, expertId: 'E05', criterionId: 'advancement', upheld: false, note: '驳回' }, workstationCaller))).toMatchObject({
      code: 'not-unlocked',
      message: '须由专家专家1本人输入 PIN 解锁后才能进行此操作',
    });
    host.setPhase('sign-off');
    expect(await refusal(host.handlers['verdict.sign']({ ...ids, expertId: 'E03', image: drawnSignature }, workstationCaller))).toMatchObject({ code: 'not-unlocked' });
    expect(await refusal(host.handlers['verdict.sign']({ ...ids, expertId: 'E03', image: drawnSignature }, expertCaller(testMeetingId, 'E02')))).toMatchObject({ code: 'not-unlocked' });
    expect(await refusal(host.handlers['verdict.sign']({ ...ids, expertId: 'E02', image: drawnSignature }, expertCaller('M-OTHER', 'E02')))).toMatchObject({ code: 'forbidden' });
    const signed = await host.handlers['verdict.sign']({ ...ids, expertId: 'E02', image: drawnSignature }, expertCaller(testMeetingId, 'E02'));
    expect(signed.signatures).toEqual([{ expertId: 'E02', signedAt: expect.any(String), image: drawnSignature }]);
    expect(before.verdicts).toEqual([]);
  });

  it('records the opinion in the name of the secretary, or of the chair when the chair is the one unlocked', async () => {
    host = await openVerdictHost('vote');
    await host.handlers['verdict.saveConclusion']({ ...ids, conclusion: '同意通过。', revisionRequirements: [' 补充试验方法 ', ''], dissent: [{ expertId: 'E05', text: ' ' }] }, workstationCaller);
    host.actAs('E01');
    const saved = await host.handlers['verdict.saveConclusion']({ ...ids, conclusion: '同意通过。', revisionRequirements: ['补充试验方法'], dissent: [{ expertId: 'E03', text: '建议修改后通过' }] }, workstationCaller);
    expect(saved).toMatchObject({ revisionRequirements: ['补充试验方法'], dissent: [{ expertId: 'E03', text: '建议修改后通过' }] });
    expect(storeState().audit.map((e) => [e.actor, e.details])).toEqual([
      ['secretary', { requirements: 1, dissent: 0 }],
      ['E01', { requirements: 1, dissent: 1 }],
    ]);
    expect(await refusal(host.handlers['verdict.saveConclusion']({ ...ids, conclusion: '', revisionRequirements: [], dissent: [] }, expertCaller(testMeetingId, 'E02')))).toMatchObject({ code: 'not-unlocked' });
  });

  it('records dissent only for an expert who took part in the review', async () => {
    host = await openVerdictHost('vote', [...defaultRows, { scores: [16, 12, 24, 12, 16], recommendation: 'fail', present: false }]);
    const before = storeState();
    expect(
      await refusal(host.handlers['verdict.saveConclusion']({ ...ids, conclusion: '同意通过。', revisionRequirements: [], dissent: [{ expertId: 'E06', text: '不同意' }] }, workstationCaller)),
    ).toMatchObject({ code: 'invalid', message: '专家专家6未参加本项目的审评，不能记录其不同意见', field: 'dissent' });
    expect(storeState()).toEqual(before);
  });

  it('finalises only when the guards allow, then freezes, seals, queues and moves the phase in one commit', async () => {
    host = await openVerdictHost('vote');
    host.actAs('E01');
    await host.handlers['verdict.reconcile']({ ...ids, criterionId: 'advancement', note: '已说明' }, workstationCaller);
    await host.handlers['verdict.saveConclusion']({ ...ids, conclusion: '同意通过。', revisionRequirements: [' 补充试验方法 ', ''], dissent: [{ expertId: 'E05', text: ' ' }] }, workstationCaller);
    host.setPhase('sign-off');
    for (const expertId of ['E02', 'E03', 'E04']) {
      host.actAs(expertId);
      await host.handlers['verdict.sign']({ ...ids, expertId, image: drawnSignature }, workstationCaller);
    }
    host.actAs('E01');
    const early = storeState();
    expect(await refusal(host.handlers['verdict.finalise'](ids, workstationCaller))).toMatchObject({ code: 'refused', message: '缺少签名：专家1（E01）、专家5（E05）' });
    expect(storeState()).toEqual(early);

    for (const expertId of ['E05', 'E01']) {
      host.actAs(expertId);
      await host.handlers['verdict.sign']({ ...ids, expertId, image: drawnSignature }, workstationCaller);
    }
    const auditHeadBefore = host.store.read((tx) => tx.audit.head());
    const final = await host.handlers['verdict.finalise'](ids, workstationCaller);
    expect(final).toMatchObject({ status: 'final', finalizedBy: 'E01', revisionRequirements: ['补充试验方法'], dissent: [] });
    const { outbox, ledger, submission, audit } = storeState();
    expect(outbox).toHaveLength(1);
    const [entry] = outbox;
    expect(entry).toMatchObject({ id: `${final.verdictId}/1`, verdictId: final.verdictId, versionNo: 1, status: 'pending', bundleDigest: bundleDigest(entry!.bundle) });
    expect(ledger).toEqual([entry!.bundleDigest]);
    expect(entry!.bundle).toMatchObject({ outcome: 'pass', supersedes: null, conclusion: '同意通过。', auditHead: auditHeadBefore });
    expect(submission?.phase).toBe('finalised');
    expect(audit.at(-1)).toMatchObject({ action: 'verdict.finalise', actor: 'E01', details: { verdictId: final.verdictId, versionNo: 1, bundleDigest: entry!.bundleDigest } });
    expect(host.queued.count).toBe(1);
  });

  it('puts in the bundle the digest of the minutes PDF, which the stored meeting gives again byte for byte', async () => {
    host = await openVerdictHost('vote');
    const final = await finaliseThroughPanel(host);
    const [entry] = storeState().outbox;
    const record = host.store.read((tx) => readSubmissionData(tx, testMeetingId, 'S01'))!;
    const again = await renderSealedMinutes(record, final.finalizedAt!, loadPdfFonts());
    expect(entry!.bundle.minutes).toEqual(again);
    expect(again.bytes).toBeGreaterThan(10_000);
  });

  it('amends a finalised verdict as version 2, chained by the bundle digest of version 1, with its own outbox entry', async () => {
    host = await openVerdictHost('vote');
    const first = await finaliseThroughPanel(host);
    host.actAs('E01');
    expect(await refusal(host.handlers['verdict.amend']({ ...ids, reason: ' ', changes: { conclusion: '改' } }, workstationCaller))).toMatchObject({
      code: 'invalid',
      message: '修订审评结论须写明修订理由',
      field: 'reason',
    });
    const second = await host.handlers['verdict.amend']({ ...ids, reason: '更正笔误', changes: { conclusion: '同意通过，请按意见修改。', revisionRequirements: [' 补充试验方法 '] } }, workstationCaller);
    const { outbox, verdicts, ledger, audit } = storeState();
    const [v1Entry, v2Entry] = outbox.sort((a, b) => a.versionNo - b.versionNo);
    expect(second).toMatchObject({ versionNo: 2, supersedes: v1Entry!.bundleDigest, amendmentReason: '更正笔误', revisionRequirements: ['补充试验方法'], outcome: first.outcome });
    expect(v2Entry!.bundle).toMatchObject({ versionNo: 2, supersedes: v1Entry!.bundleDigest, conclusion: '同意通过，请按意见修改。' });
    expect(v2Entry!.bundle.minutes?.sha256).not.toBe(v1Entry!.bundle.minutes?.sha256);
    expect(ledger).toEqual([v1Entry!.bundleDigest, v2Entry!.bundleDigest]);
    expect(verifyVerdictChain(verdicts, (v) => outbox.find((e) => e.versionNo === v.versionNo)!.bundleDigest)).toEqual({ ok: true });
    expect(audit.filter((e) => e.action === 'verdict.finalise' || e.action === 'verdict.amend').map((e) => e.details.bundleDigest)).toEqual([v1Entry!.bundleDigest, v2Entry!.bundleDigest]);
  });
});

describe('what no caller can do to a verdict (issue 11)', () => {
  it('changes nothing of a finalised verdict through any verdict call but the amendment', async () => {
    host = await openVerdictHost('vote');
    await finaliseThroughPanel(host);
    const frozen = storeState();
    const attempts = [
      host.handlers['verdict.reconcile']({ ...ids, criterionId: 'advancement', note: '改写' }, workstationCaller),
      host.handlers['verdict.ruleOnVeto']({ ...ids, expertId: 'E05', criterionId: 'advancement', upheld: true, note: '确认' }, workstationCaller),
      host.handlers['verdict.saveConclusion']({ ...ids, conclusion: '不予通过。', revisionRequirements: [], dissent: [] }, workstationCaller),
      host.handlers['verdict.sign']({ ...ids, expertId: 'E01', image: drawnSignature }, workstationCaller),
      host.handlers['verdict.finalise'](ids, workstationCaller),
    ];
    // Each refusal taken at once: the writes among them are answered after their shared commit, while the others have already failed.
    for (const refused of await Promise.all(attempts.map(refusal))) expect(refused).toMatchObject({ code: 'refused', message: '审评结论第 1 版已定稿，只能正式修订' });
    host.setPhase('vote');
    expect(await refusal(host.handlers['verdict.saveConclusion']({ ...ids, conclusion: '不予通过。', revisionRequirements: [], dissent: [] }, workstationCaller))).toMatchObject({ code: 'refused' });
    host.setPhase('finalised');
    expect(storeState()).toEqual(frozen);
  });

  it('refuses to seal content other than what the signing ledger holds for the version, leaving the draft as it was', async () => {
    host = await openVerdictHost('vote');
    host.actAs('E01');
    const draft = await host.handlers['verdict.saveConclusion']({ ...ids, conclusion: '同意通过。', revisionRequirements: [], dissent: [] }, workstationCaller);
    host.store.writeNow({ meetingId: testMeetingId }, (tx) => tx.ledger.record(draft.verdictId, 1, 'ab'.repeat(32), new Date().toISOString()));
    host.setPhase('vote');
    const before = storeState();
    await expect(finaliseThroughPanel(host)).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('签署过内容不同的上报包') });
    const after = storeState();
    expect(after.outbox).toEqual([]);
    expect(after.verdicts[0]?.status).toBe('draft');
    expect(after.submission?.phase).toBe('sign-off');
    expect(after.audit.filter((e) => e.action === 'verdict.finalise')).toEqual([]);
    expect(before.verdicts[0]?.id).toBe(after.verdicts[0]?.id);
  });

  it('queues exactly one outbox entry per verdict version, even when the chair finalises twice at once', async () => {
    host = await openVerdictHost('vote');
    await signThroughPanel(host);
    const results = await Promise.allSettled([host.handlers['verdict.finalise'](ids, workstationCaller), host.handlers['verdict.finalise'](ids, workstationCaller)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(storeState().outbox).toHaveLength(1);
    expect(storeState().audit.filter((e) => e.action === 'verdict.finalise')).toHaveLength(1);
  });

  it('refuses an amendment whose previous version the signing ledger does not hold', async () => {
    host = await openVerdictHost('vote');
    const first = await finaliseThroughPanel(host);
    host.store.database.exec('DROP TRIGGER signing_ledger_no_delete');
    host.store.database.prepare('DELETE FROM signing_ledger').run();
    const before = storeState();
    host.actAs('E01');
    expect(await refusal(host.handlers['verdict.amend']({ ...ids, reason: '更正', changes: { conclusion: '改' } }, workstationCaller))).toMatchObject({
      code: 'refused',
      message: `本机的签名记录中没有审评结论 ${first.verdictId} 第 1 版，不能在其上修订`,
    });
    expect(storeState()).toEqual(before);
  });
});
