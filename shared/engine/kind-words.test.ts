import { describe, expect, it } from 'vitest';
import { type SampleRow, sampleSnapshot } from '../../test/fixtures/sample-panel.js';
import { kindOnlyForbidden, technicalOnlyWords } from '../../test/support/review-kind-words.js';
import { signingRefusalMessage } from '../meeting/sign-off-order.js';
import type { ReviewType } from '../model/review-type.js';
import type { Verdict } from '../model/verdict.js';
import { builtinRubrics } from '../rubrics/builtin-rubrics.js';
import { type EngineMessage, engineMessageParams, engineText, opinionParam, verdictParam } from './engine-message.js';
import { conclusionWritten, outcomeOf, verdictFinal } from './lifecycle-guards.js';
import { draftVerdict } from './verdict-draft.js';
import { amendVerdict, finaliseVerdict } from './verdict-versions.js';
import { visibilityFor } from './visibility.js';

const kinds: readonly ReviewType[] = ['technical', 'initiation', 'periodic'];
const now = '2026-11-28T16:00:00+08:00';
const rows: SampleRow[] = Array.from({ length: 6 }, () => ({ scores: [16, 12, 24, 12, 16], recommendation: 'pass' }));

/** What names a kind in Chinese and English; another kind's message may hold none of it. */
const kindNames: Record<ReviewType, { zh: string; en: string }> = {
  technical: { zh: '审评', en: 'verdict|written opinion' },
  initiation: { zh: '立项审查', en: 'initiation review' },
  periodic: { zh: '复审', en: 'periodic review' },
};

/** Words a message of `kind` may not hold: the technical review's own, the kind's forbidden ones, the other kinds' names. */
const foreignWords = (kind: ReviewType): string[] => [
  ...(kind === 'technical' ? [] : [...technicalOnlyWords, ...kindOnlyForbidden[kind]]),
  ...kinds.filter((other) => other !== kind && other !== 'technical').map((other) => kindNames[other].zh),
];

const expectWordsOf = (kind: ReviewType, message: EngineMessage) => {
  const zh = engineText(message, 'zh-CN');
  const en = engineText(message, 'en');
  for (const word of foreignWords(kind)) expect(zh, `${kind}: ${message.code}`).not.toContain(word);
  expect(zh, `${kind}: ${message.code}`).toContain(kindNames[kind].zh);
  expect(en, `${kind}: ${message.code}`).toMatch(new RegExp(kindNames[kind].en));
  for (const other of kinds.filter((k) => k !== kind && k !== 'technical')) expect(en, `${kind}: ${message.code}`).not.toContain(kindNames[other].en);
};

/** One submission of `kind` in `phase`: the sample panel's sheets under the kind's rubric. */
const snapshotOf = (kind: ReviewType, phase: Parameters<typeof sampleSnapshot>[0]) => ({ ...sampleSnapshot(phase, rows), rubric: builtinRubrics[kind] });

const verdictOf = (kind: ReviewType): Verdict => {
  const base = sampleSnapshot('sign-off', rows);
  const draft = draftVerdict({ id: 'V-S01-1', verdictId: 'V-S01', meetingId: 'M-2026-0147', submissionId: 'S01' }, base.rubric, outcomeOf(base));
  return { ...draft, reviewType: kind };
};

/** Every refusal the engine gives about the verdict or the opinion, as a meeting of `kind` meets it. */
const refusalsOf = (kind: ReviewType): EngineMessage[] => {
  const draft = verdictOf(kind);
  const final: Verdict = { ...draft, status: 'final', finalizedAt: now, finalizedBy: 'E01' };
  const withDraft = { ...snapshotOf(kind, 'vote'), verdict: { ...draft, conclusion: '同意。', outcome: 'fail' as const } };
  const refusals = [
    ...conclusionWritten(snapshotOf(kind, 'vote')),
    ...conclusionWritten(withDraft),
    ...verdictFinal(snapshotOf(kind, 'sign-off')),
    visibilityFor(snapshotOf(kind, 'vote'), { kind: 'bureau' }).reasonMessage,
    signingRefusalMessage({ ...snapshotOf(kind, 'sign-off'), verdict: draft }, 'E99'),
    ...[finaliseVerdict(final, { expertId: 'E01', now }), finaliseVerdict({ ...draft, outcome: null }, { expertId: 'E01', now })].map((r) => (r.ok ? null : r.reasonMessage)),
    ...[draft, final].map((previous) => {
      const result = amendVerdict(previous, { id: 'V-S01-2', changes: {}, reason: ' ', by: 'E01', now, supersedes: 'a'.repeat(64) });
      return result.ok ? null : result.reasonMessage;
    }),
  ];
  return refusals.filter((m): m is EngineMessage => m !== null);
};

describe('engine refusals in the words of the review kind', () => {
  it('names the verdict and the opinion as each kind does, never in another kind’s words', () => {
    for (const kind of kinds) {
      const refusals = refusalsOf(kind);
      expect(refusals.map((m) => m.code).sort()).toEqual(
        [
          'guard.noConclusion',
          'guard.conclusionStale',
          'guard.notFinal',
          'visibility.bureauAfterFinal',
          'signing.notParticipant',
          'verdict.alreadyFinal',
          'verdict.noOutcome',
          'verdict.amendNotFinal',
          'verdict.amendReasonMissing',
        ].sort(),
      );
      for (const message of refusals) expectWordsOf(kind, message);
    }
  });

  it('says an initiation review’s refusals in its own words', () => {
    const [notFinal] = verdictFinal(snapshotOf('initiation', 'sign-off'));
    expect(engineText(notFinal!, 'zh-CN')).toBe('立项审查结论尚未定稿');
    expect(engineText(notFinal!, 'en')).toBe('The initiation review verdict has not been finalised');
    const [noConclusion] = conclusionWritten(snapshotOf('periodic', 'vote'));
    expect(engineText(noConclusion!, 'zh-CN')).toBe('尚未形成复审意见（结论）');
  });

  it('leaves no text that names the verdict or the opinion without taking the kind’s word for it', () => {
    const named = Object.entries(engineMessageParams).filter(([, params]) => (params as readonly string[]).some((p) => p === 'verdict' || p === 'opinion'));
    for (const kind of kinds) {
      for (const [code, params] of named) {
        const values = Object.fromEntries(params.map((p) => [p, p === 'verdict' ? verdictParam(kind) : p === 'opinion' ? opinionParam(kind) : '1']));
        expectWordsOf(kind, { code: code as EngineMessage['code'], params: values });
      }
    }
  });
});
