import { opinionWordKeys, verdictWordKeys } from '../i18n/review-kind-keys.js';
import { translator } from '../i18n/translate.js';
import type { BilingualName } from '../model/common.js';
import type { ReviewPhase } from '../model/phase.js';
import type { Recommendation } from '../model/recommendation.js';
import type { ReviewType } from '../model/review-type.js';
import type { Language } from '../settings/settings.js';

/**
 * Every refusal and explanation the engine gives, with the parameters its text names. The texts are
 * `engine.<code>` in shared/i18n, in every language: a code here without them fails the type check
 * (and a text whose placeholders differ from these parameters fails engine-message.test.ts).
 */
export const engineMessageParams = {
  'phase.last': ['from', 'to'],
  'phase.order': ['from', 'expected', 'to'],
  'guard.participantQuorum': ['count', 'min'],
  'guard.votingQuorum': ['count', 'min'],
  'guard.conflictsPending': ['experts'],
  'guard.pledgesMissing': ['experts'],
  'guard.scoringOpen': ['experts'],
  'guard.dispersion': ['flag'],
  'guard.vetoPending': ['expert', 'criterion'],
  'guard.noConclusion': ['opinion'],
  'guard.conclusionStale': ['opinion'],
  'guard.signaturesMissing': ['experts'],
  'guard.noReceipt': [],
  'guard.receiptOtherVersion': ['verdictId', 'versionNo'],
  'guard.notFinal': ['verdict'],
  'visibility.notMember': [],
  'visibility.recused': [],
  'visibility.notStarted': [],
  'visibility.pledgeFirst': [],
  'visibility.submitFirst': [],
  'visibility.bureauAfterFinal': ['verdict'],
  'visibility.secretaryProgressOnly': [],
  'sheet.unknownCriterion': ['rubric', 'criterionId'],
  'sheet.duplicateScore': ['criterion'],
  'sheet.scoreRange': ['criterion', 'max', 'score'],
  'sheet.justificationMissing': ['criterion', 'score', 'atMost', 'atLeast'],
  'sheet.scoreMissing': ['criterion'],
  'sheet.notVetoable': ['criterion'],
  'sheet.vetoReasonMissing': [],
  'sheet.recommendationMissing': [],
  'sheet.recommendationNotAllowed': ['recommendation', 'reviewType'],
  'sheet.vetoRecommendation': ['recommendation'],
  'sheet.revisionReasonMissing': [],
  'sheet.unchanged': [],
  'sheet.commentInvalid': ['number', 'detail'],
  'sheet.signatureMissing': [],
  'signing.notParticipant': ['verdict'],
  'signing.alreadySigned': ['expert'],
  'signing.chairLast': ['waiting'],
  'verdict.alreadyFinal': ['verdict', 'versionNo'],
  'verdict.noOutcome': ['verdict'],
  'verdict.amendNotFinal': ['verdict'],
  'verdict.amendReasonMissing': ['verdict'],
  'chain.versionNumber': ['position', 'versionNo'],
  'chain.otherVerdict': ['versionNo', 'verdictId'],
  'chain.supersedes': ['versionNo'],
  'chain.ledgerMismatch': ['verdict', 'detail'],
  'dispersion.range': ['criterion', 'high', 'low', 'gap', 'max', 'share', 'points'],
  'dispersion.outlier': ['expert', 'criterion', 'score', 'median', 'gap', 'max', 'share', 'points'],
  'conflict.match': ['expert', 'ownRole', 'own', 'standard', 'drafterRole', 'drafter'],
  'outcome.noQuorum': ['count', 'min'],
  'outcome.explanation': ['clauses', 'outcome'],
  'outcome.vetoUpheld': ['expert', 'criterion', 'reason'],
  'outcome.approvals': ['eligible', 'votes', 'comparison', 'ratio'],
  'outcome.outright': ['votes', 'comparison', 'ratio'],
  'outcome.initiations': ['eligible', 'votes', 'comparison', 'ratio'],
  'outcome.withdrawals': ['eligible', 'votes', 'comparison', 'ratio'],
  'outcome.confirmations': ['votes', 'comparison', 'ratio'],
  'outcome.noCompleteScores': ['min'],
  'outcome.meanTotal': ['total', 'comparison', 'min'],
  'outcome.medianTotal': ['total', 'comparison', 'min'],
  'pin.format': [],
} as const satisfies Record<string, readonly string[]>;

export type EngineMessageCode = keyof typeof engineMessageParams;

/** A value that reads differently per language (a criterion's name, a phase, a nested sentence), given in each. */
export type Localized = Readonly<Record<Language, string>>;

/** Ids, counts and people's names read the same in every language; everything else is `Localized`. */
export type EngineParam = string | number | Localized;

export type EngineParams<C extends EngineMessageCode = EngineMessageCode> = {
  readonly [P in (typeof engineMessageParams)[C][number]]: EngineParam;
};

/** What the engine says, as data: the UI renders it in its language, the host and documents in Chinese. */
export type EngineMessage = { readonly code: EngineMessageCode; readonly params: Readonly<Record<string, EngineParam>> };

export const engineMessage = <C extends EngineMessageCode>(code: C, params: EngineParams<C>): EngineMessage => ({ code, params });

export const isEngineMessageCode = (code: unknown): code is EngineMessageCode => typeof code === 'string' && Object.hasOwn(engineMessageParams, code);

/** Whether a value received from elsewhere (a host error) is a message this build can render. */
export const isEngineMessage = (value: unknown): value is EngineMessage => {
  if (typeof value !== 'object' || value === null) return false;
  const { code, params } = value as Record<string, unknown>;
  return isEngineMessageCode(code) && typeof params === 'object' && params !== null;
};

const paramIn = (value: EngineParam, language: Language): string | number => (typeof value === 'object' ? value[language] : value);

export const engineText = (message: EngineMessage, language: Language): string => {
  const params = Object.fromEntries(Object.entries(message.params).map(([name, value]) => [name, paramIn(value, language)]));
  return translator(language)(`engine.${message.code}`, params);
};

/** Punctuation that joins several items or messages: the host and documents use the Chinese. */
const listSeparator: Localized = { 'zh-CN': '、', en: ', ' };
const sentenceSeparator: Localized = { 'zh-CN': '；', en: '; ' };
const clauseSeparator: Localized = { 'zh-CN': '，', en: '; ' };

/** Several messages as one line, e.g. every reason a step is refused. */
export const engineTexts = (messages: readonly EngineMessage[], language: Language): string =>
  messages.map((m) => engineText(m, language)).join(sentenceSeparator[language]);

const localized = (build: (language: Language) => string): Localized => ({ 'zh-CN': build('zh-CN'), en: build('en') });

/** A name the rubric gives in both languages; `fallback` (an unknown id) reads the same in both. */
export const nameParam = (name: BilingualName | undefined, fallback: string): Localized =>
  name === undefined ? { 'zh-CN': fallback, en: fallback } : { 'zh-CN': name.zh, en: name.en };

export const phaseParam = (phase: ReviewPhase): Localized => localized((language) => translator(language)(`meeting.phase.${phase}`));

export const recommendationParam = (recommendation: Recommendation): Localized =>
  localized((language) => translator(language)(`review.recommendation.${recommendation}`));

export const reviewTypeParam = (type: ReviewType): Localized => localized((language) => translator(language)(`reviewType.${type}`));

/**
 * The verdict as the review kind names it (审评结论, 立项审查结论, 复审结论): a refusal in an
 * initiation or periodic review never speaks of the technical review's 审评结论.
 */
export const verdictParam = (type: ReviewType): Localized => localized((language) => translator(language)(verdictWordKeys[type]));

/** The panel's written opinion as the review kind names it: 审评意见, 立项审查意见, 复审意见. */
export const opinionParam = (type: ReviewType): Localized => localized((language) => translator(language)(opinionWordKeys[type]));

/** People's names, e.g. those still to sign. */
export const listParam = (items: readonly string[]): Localized => localized((language) => items.join(listSeparator[language]));

/** Experts named with their ids, as the lifecycle guards list them: 张三（E01）、李四（E02）. */
export const expertsParam = (experts: readonly { id: string; name: string }[]): Localized =>
  localized((language) =>
    experts.map((e) => (language === 'zh-CN' ? `${e.name}（${e.id}）` : `${e.name} (${e.id})`)).join(listSeparator[language]),
  );

/** Another message inside this one, e.g. the dispersion flag a guard refuses on. */
export const messageParam = (message: EngineMessage): Localized => localized((language) => engineText(message, language));

/** Clauses of an explanation, joined as one sentence. */
export const clausesParam = (clauses: readonly EngineMessage[]): Localized =>
  localized((language) => clauses.map((c) => engineText(c, language)).join(clauseSeparator[language]));

/** A fixed term a message composes (a role in a conflict of interest). */
export const termParam = (term: EngineTerm): Localized => localized((language) => translator(language)(`engine.term.${term}`));

export const engineTerms = ['organization', 'affiliation', 'leadDrafter', 'coDrafter'] as const;
export type EngineTerm = (typeof engineTerms)[number];

/** The Chinese the host records and documents print. */
export const zhText = (message: EngineMessage): string => engineText(message, 'zh-CN');

export const zhTexts = (messages: readonly EngineMessage[]): string[] => messages.map(zhText);
