import { createVerdictHandlers } from '../../electron/services/meeting/verdict-handlers.js';
import type { Caller } from '../../shared/api/caller.js';
import { parseArgs } from '../../shared/api/dispatch.js';
import type { HostCallName } from '../../shared/api/contract.js';
import type { ReviewComment } from '../../shared/model/comment.js';
import type { ReviewPhase } from '../../shared/model/phase.js';
import type { ScoreSheetContent } from '../../shared/model/score-sheet.js';
import { expertCaller } from '../support/callers.js';
import { testMeetingId } from '../support/meeting-host.js';
import { openScoringHost, submissionIdOf, type ScoringHost } from '../support/scoring-host.js';
import { signaturePng } from '../support/signature-png.js';
import type { BenchFigure } from './figure.js';

const experts = 7;
const submissions = 20;
/** Draft saves per sheet before the first submission; each revision in 合议 saves once more. */
const savesBeforeSubmit = 3;
const expertIds = Array.from({ length: experts }, (_, i) => `E0${i + 1}`);
const submissionIds = Array.from({ length: submissions }, (_, i) => submissionIdOf(i + 1));
/** A pad-sized drawing, so each stored version carries what a real signature weighs. */
const signature = `data:image/png;base64,${Buffer.from(signaturePng(480, 160)).toString('base64')}`;

type Timings = Record<'save' | 'submit' | 'sign', number[]>;

/** One call as the host serves it: its arguments checked against the contract, then its handler, timed to the acknowledged commit. */
const timed = async (into: number[], name: HostCallName, raw: unknown, handle: (args: never) => Promise<unknown>) => {
  const start = performance.now();
  const args = parseArgs(name, raw);
  if (!args.ok) throw new Error(`基准数据有误：${args.error.message}`);
  await handle(args.value as never);
  into.push(performance.now() - start);
};

const commentsOf = (key: { submissionId: string; expertId: string }, round: number): ReviewComment[] =>
  ['5.1', '6.2.3'].map((clause, i) => ({
    id: `C-${key.submissionId}-${key.expertId}-${i}`,
    meetingId: testMeetingId,
    ...key,
    clause,
    type: 'technical',
    text: `第 ${round} 轮：${clause} 条的试验方法宜写明环境温度和测量不确定度。`,
    proposedChange: '补充“环境温度 (20±5) ℃”',
    resolution: null,
    resolutionNote: '',
    createdAt: `2026-11-28T10:0${i}:00+08:00`,
    updatedAt: '2026-11-28T10:00:00+08:00',
  }));

/** Mid-range scores (no justification needed), shifted by `round` so every save and revision changes something. */
const contentOf = (blank: ScoreSheetContent, round: number): ScoreSheetContent => ({
  ...blank,
  scores: blank.scores.map((s, i) => ({ ...s, score: [14, 10, 20, 10, 14][i]! + (round % 3) })),
  recommendation: round % 2 === 0 ? 'pass' : 'pass-with-revisions',
  opinion: `标准技术内容总体合理（第 ${round} 稿）。`,
});

const setPhase = (host: ScoringHost, phase: ReviewPhase) =>
  host.store.writeNow({ meetingId: testMeetingId }, (tx) => {
    for (const submission of tx.submissions.list(testMeetingId)) tx.submissions.put({ ...submission, phase });
  });

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

/** Every panel member scores every submission from their own device: drafts, a first version, then a revision in 合议. */
const score = async (host: ScoringHost, timings: Timings) => {
  const blank = new Map<string, ScoreSheetContent>();
  for (const submissionId of submissionIds) {
    for (const expertId of expertIds) {
      const { sheet } = await host.handlers['sheet.open']({ meetingId: testMeetingId, submissionId, expertId }, expertCaller(testMeetingId, expertId));
      blank.set(sheet.id, sheet.draft);
    }
  }
  const saveAndSubmit = async (round: number, saves: number, reason: string) => {
    for (const submissionId of submissionIds) {
      for (const expertId of expertIds) {
        const key = { meetingId: testMeetingId, submissionId, expertId };
        const caller: Caller = expertCaller(testMeetingId, expertId);
        for (let save = 0; save < saves; save += 1) {
          const draft = { ...key, content: contentOf(blank.get(`${submissionId}/${expertId}`)!, round + save), comments: commentsOf(key, round + save) };
          await timed(timings.save, 'sheet.saveDraft', draft, (args) => host.handlers['sheet.saveDraft'](args, caller));
        }
        await timed(timings.submit, 'sheet.submit', { ...key, reason, signatureImage: signature }, (args) => host.handlers['sheet.submit'](args, caller));
      }
    }
  };
  await saveAndSubmit(0, savesBeforeSubmit, '');
  setPhase(host, 'discussion');
  await saveAndSubmit(savesBeforeSubmit, 1, '经合议调整评分');
};

/** 签署: the members of each submission's panel sign, then the chair. */
const sign = async (host: ScoringHost, timings: Timings) => {
  const verdicts = createVerdictHandlers(host.deps, {
    pdfFonts: () => Promise.reject(new Error('签名不生成文档')),
    queued: () => undefined,
  });
  setPhase(host, 'sign-off');
  const chairLast = [...expertIds.slice(1), expertIds[0]!];
  for (const submissionId of submissionIds) {
    for (const expertId of chairLast) {
      const args = { meetingId: testMeetingId, submissionId, expertId, image: signature };
      await timed(timings.sign, 'verdict.sign', args, (parsed) => verdicts['verdict.sign'](parsed, expertCaller(testMeetingId, expertId)));
    }
  }
};

export const measure = async (): Promise<BenchFigure[]> => {
  const host = await openScoringHost({ experts, submissions });
  const timings: Timings = { save: [], submit: [], sign: [] };
  try {
    if (host.store.database.pragma('synchronous', { simple: true }) !== 2) throw new Error('会议存储须以 synchronous=FULL 打开');
    await score(host, timings);
    await sign(host, timings);
  } finally {
    await host.close();
  }
  const panel = `${experts} experts × ${submissions} submissions, on disk, synchronous=FULL`;
  return (
    [
      ['save draft', timings.save],
      ['submit', timings.submit],
      ['sign', timings.sign],
    ] as const
  ).flatMap(([what, values]) => [
    { name: `host.${what} p50 (${values.length} ops, ${panel})`, value: percentile(values, 50), unit: 'ms' },
    { name: `host.${what} p99 (${values.length} ops, ${panel})`, value: percentile(values, 99), unit: 'ms', goal: '≤ 20 ms' },
  ]);
};
