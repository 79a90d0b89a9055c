import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../../shared/model/verdict.js';
import { startBrowserShell, type BrowserShell } from './support/browser-shell-process.js';
import { succeed, type HostCaller } from './support/host-caller.js';
import { advance, meetingId, participantsOf, saveDraft, scoreAs, signVerdict, submitSheet, unlock } from './support/review-over-contract.js';
import { seededDataFolder } from './support/seeded-data-folder.js';
import { readStoreFile } from './support/store-file.js';

/** Each step starts a new shell process on a loaded machine and may finalise (minutes rendered as PDF): a ceiling, not a wait. */
const stepCeilingMs = 180_000;

/**
 * One review of S01 over HTTP against the browser shell process, SIGKILLed right after the host
 * acknowledges each durable act and started again on the same data folder. The steps build on each
 * other, as the review does.
 */
describe('the browser shell killed right after each acknowledgement', () => {
  let dataDir: string;
  let shell: BrowserShell;
  let caller: HostCaller;

  const start = async () => {
    shell = await startBrowserShell({ dataDir });
    caller = await shell.signIn();
  };

  /** The acknowledged value; the shell is gone by SIGKILL before anything else happens, then a new one starts. */
  const killedAfter = async <T>(acknowledged: Promise<T>): Promise<T> => {
    const value = await acknowledged;
    expect(await shell.kill()).toBe('SIGKILL');
    await start();
    return value;
  };

  const sheetOf = (expertId: string) => readStoreFile(dataDir, (tx) => tx.scoreSheets.list(meetingId, { submissionId: 'S01', expertId })[0]);
  const auditActions = () => readStoreFile(dataDir, (tx) => tx.audit.ofMeeting(meetingId).map((e) => `${e.actor} ${e.action}`));

  /** What every restart must find whatever was acknowledged: an intact chain, and one outbox entry per final verdict version, the one the ledger signed. */
  const expectConsistent = async () => {
    expect(await succeed(caller, 'audit.verify', {})).toMatchObject({ intact: true });
    const { finals, entries, ledger } = readStoreFile(dataDir, (tx) => {
      const finals = tx.verdicts.list(meetingId).filter((v) => v.status === 'final');
      return { finals, entries: tx.outbox.list(), ledger: finals.map((v) => tx.ledger.signed(v.verdictId, v.versionNo)) };
    });
    expect(entries.map((e) => e.id).sort()).toEqual(finals.map((v) => `${v.verdictId}/${v.versionNo}`).sort());
    expect(entries.map((e) => e.bundleDigest).sort()).toEqual([...ledger].sort());
  };

  beforeAll(async () => {
    dataDir = await seededDataFolder({ pledged: true, recusalDecided: true, phase: 'scoring' });
    await start();
  }, stepCeilingMs);
  afterAll(async () => {
    await shell?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps a saved draft', async () => {
    await unlock(caller, 'E02');
    const saved = await killedAfter(saveDraft(caller, 'S01', 'E02', [15, 11, 22, 10, 15]));
    expect(sheetOf('E02')).toMatchObject({ status: 'draft', draft: saved, versions: [] });
    await unlock(caller, 'E02');
    expect((await succeed(caller, 'sheet.open', { meetingId, submissionId: 'S01', expertId: 'E02' })).sheet.draft).toEqual(saved);
    await expectConsistent();
  }, stepCeilingMs);

  it('keeps a submitted sheet and its audit entry', async () => {
    await unlock(caller, 'E02');
    expect(await killedAfter(submitSheet(caller, 'S01', 'E02'))).toEqual({ versionNo: 1 });
    expect(sheetOf('E02')).toMatchObject({ status: 'submitted', versions: [{ versionNo: 1, scores: expect.any(Array) }] });
    expect(await auditActions()).toContain('E02 score-sheet.submit');
    await expectConsistent();
  }, stepCeilingMs);

  it('keeps a signature on the opinion', async () => {
    for (const expertId of participantsOf('S01').filter((id) => id !== 'E02')) await scoreAs(caller, 'S01', expertId);
    await advance(caller, 'S01', 'discussion');
    await advance(caller, 'S01', 'vote');
    await succeed(caller, 'verdict.saveConclusion', { meetingId, submissionId: 'S01', conclusion: '同意通过。', revisionRequirements: [], dissent: [] });
    await advance(caller, 'S01', 'sign-off');
    await unlock(caller, 'E02');
    const signed = await killedAfter(signVerdict(caller, 'S01', 'E02'));
    expect(signed.signatures.map((s) => s.expertId)).toEqual(['E02']);
    const stored = readStoreFile(dataDir, (tx) => tx.verdicts.get(meetingId, signed.id));
    expect(stored?.signatures).toEqual(signed.signatures);
    await expectConsistent();
  }, stepCeilingMs);

  let final: Verdict;

  it('keeps a finalisation whole: the frozen verdict, the phase, one queued bundle the ledger signed', async () => {
    for (const expertId of ['E03', 'E04', 'E05', 'E01']) {
      await unlock(caller, expertId);
      await signVerdict(caller, 'S01', expertId);
    }
    final = await killedAfter(succeed(caller, 'verdict.finalise', { meetingId, submissionId: 'S01' }));
    expect(final).toMatchObject({ status: 'final', versionNo: 1 });
    const stored = readStoreFile(dataDir, (tx) => ({
      verdict: tx.verdicts.get(meetingId, final.id),
      phase: tx.submissions.get(meetingId, 'S01')?.phase,
      entries: tx.outbox.list().filter((e) => e.verdictId === final.verdictId),
    }));
    expect(stored.verdict).toEqual(final);
    expect(stored.phase).toBe('finalised');
    expect(stored.entries.map((e) => [e.versionNo, e.status])).toEqual([[1, 'pending']]);
    expect(await auditActions()).toContain('E01 verdict.finalise');
    await expectConsistent();

    await unlock(caller, 'E01');
    expect(await caller.call('verdict.finalise', { meetingId, submissionId: 'S01' })).toMatchObject({ ok: false, error: { code: 'refused' } });
    await expectConsistent();
  }, stepCeilingMs);

  it('keeps an amendment as the next version, with its own single outbox entry', async () => {
    await unlock(caller, 'E01');
    const amended = await killedAfter(succeed(caller, 'verdict.amend', { meetingId, submissionId: 'S01', reason: '更正修改要求', changes: { revisionRequirements: ['补充第 6.2 条试验方法。'] } }));
    expect(amended).toMatchObject({ verdictId: final.verdictId, versionNo: 2, status: 'final' });
    const entries = readStoreFile(dataDir, (tx) => tx.outbox.list().filter((e) => e.verdictId === final.verdictId));
    expect(entries.map((e) => e.versionNo).sort()).toEqual([1, 2]);
    expect(entries.find((e) => e.versionNo === 2)?.bundle.supersedes).toBe(entries.find((e) => e.versionNo === 1)?.bundleDigest);
    await expectConsistent();
  }, stepCeilingMs);
});
