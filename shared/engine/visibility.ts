import type { ReviewPhase } from '../model/phase.js';
import { finalVersion, isRecused } from './eligibility.js';
import { type EngineMessage, type EngineMessageCode, engineMessage, verdictParam, zhText } from './engine-message.js';
import type { ReviewSnapshot } from './review-snapshot.js';

export type Viewer = { kind: 'expert'; expertId: string } | { kind: 'secretary' } | { kind: 'bureau' };

/** What one person may see and do for one submission in its current phase. */
export type Visibility = {
  ownSheet: 'none' | 'read' | 'edit';
  /** Other experts' scores, recommendations and vetoes. */
  othersScores: boolean;
  /** Aggregates, dispersion flags and the outcome preview. */
  aggregates: boolean;
  /** Who has submitted, without any scores. */
  progress: boolean;
  verdict: boolean;
  /** Why something is hidden, in Chinese; empty when nothing is. */
  reason: string;
  /** The same, for the UI to say in its language; null when nothing is hidden. */
  reasonMessage: EngineMessage | null;
};

const hidden: Visibility = { ownSheet: 'none', othersScores: false, aggregates: false, progress: false, verdict: false, reason: '', reasonMessage: null };

type HiddenBecause = Exclude<Extract<EngineMessageCode, `visibility.${string}`>, 'visibility.bureauAfterFinal'>;

const hiddenFor = (reasonMessage: EngineMessage): Pick<Visibility, 'reason' | 'reasonMessage'> => ({ reason: zhText(reasonMessage), reasonMessage });

/** `reason` and `reasonMessage` for a refusal that names nothing. */
const because = (code: HiddenBecause): Pick<Visibility, 'reason' | 'reasonMessage'> => hiddenFor(engineMessage(code, {}));
const revealed = ['discussion', 'vote', 'sign-off', 'finalised', 'reported'] as const satisfies readonly ReviewPhase[];
const isRevealed = (phase: ReviewPhase): boolean => (revealed as readonly ReviewPhase[]).includes(phase);
const editable = (phase: ReviewPhase): boolean => phase === 'scoring' || phase === 'discussion' || phase === 'vote';
const isClosed = (phase: ReviewPhase): boolean => phase === 'finalised' || phase === 'reported';

const forExpert = (snapshot: ReviewSnapshot, expertId: string): Visibility => {
  const { phase } = snapshot;
  if (!snapshot.experts.some((e) => e.id === expertId)) return { ...hidden, ...because('visibility.notMember') };
  if (isRecused(snapshot.recusals, expertId, snapshot.submissionId)) {
    return { ...hidden, verdict: isClosed(phase), ...because('visibility.recused') };
  }
  if (phase === 'preparation') return { ...hidden, ...because('visibility.notStarted') };
  if (!snapshot.pledges.some((p) => p.expertId === expertId)) {
    return { ...hidden, ...because('visibility.pledgeFirst') };
  }
  const sheet = snapshot.sheets.find((s) => s.expertId === expertId && s.submissionId === snapshot.submissionId);
  const submitted = sheet !== undefined && finalVersion(sheet) !== undefined;
  if (phase === 'scoring') {
    return {
      ownSheet: submitted ? 'read' : 'edit',
      othersScores: submitted,
      aggregates: submitted,
      progress: true,
      verdict: false,
      ...(submitted ? { reason: '', reasonMessage: null } : because('visibility.submitFirst')),
    };
  }
  return {
    ownSheet: editable(phase) ? 'edit' : 'read',
    othersScores: true,
    aggregates: true,
    progress: true,
    verdict: phase !== 'discussion',
    reason: '',
    reasonMessage: null,
  };
};

/**
 * Blind independent scoring: an expert sees no one else's scores until their own is submitted; the
 * secretary sees progress but no scores until 合议; the bureau sees only a finalised verdict.
 */
export const visibilityFor = (snapshot: ReviewSnapshot, viewer: Viewer): Visibility => {
  const { phase } = snapshot;
  if (viewer.kind === 'expert') return forExpert(snapshot, viewer.expertId);
  if (viewer.kind === 'bureau') {
    return isClosed(phase)
      ? { ...hidden, othersScores: true, aggregates: true, progress: true, verdict: true }
      : { ...hidden, ...hiddenFor(engineMessage('visibility.bureauAfterFinal', { verdict: verdictParam(snapshot.rubric.reviewType) })) };
  }
  if (phase === 'preparation') return { ...hidden, ...because('visibility.notStarted') };
  return isRevealed(phase)
    ? { ...hidden, othersScores: true, aggregates: true, progress: true, verdict: phase !== 'discussion' }
    : { ...hidden, progress: true, ...because('visibility.secretaryProgressOnly') };
};
