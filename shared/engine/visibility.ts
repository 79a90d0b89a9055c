import type { ReviewPhase } from '../model/phase.js';
import { finalVersion, isRecused } from './eligibility.js';
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
};

const hidden: Visibility = { ownSheet: 'none', othersScores: false, aggregates: false, progress: false, verdict: false, reason: '' };
const revealed = ['discussion', 'vote', 'sign-off', 'finalised', 'reported'] as const satisfies readonly ReviewPhase[];
const isRevealed = (phase: ReviewPhase): boolean => (revealed as readonly ReviewPhase[]).includes(phase);
const editable = (phase: ReviewPhase): boolean => phase === 'scoring' || phase === 'discussion' || phase === 'vote';
const isClosed = (phase: ReviewPhase): boolean => phase === 'finalised' || phase === 'reported';

const forExpert = (snapshot: ReviewSnapshot, expertId: string): Visibility => {
  const { phase } = snapshot;
  if (!snapshot.experts.some((e) => e.id === expertId)) return { ...hidden, reason: '您不是本次会议的专家组成员' };
  if (isRecused(snapshot.recusals, expertId, snapshot.submissionId)) {
    return { ...hidden, verdict: isClosed(phase), reason: '您已回避该项目，不参与评分和表决，也不能查看评分' };
  }
  if (phase === 'preparation') return { ...hidden, reason: '尚未开始独立评分' };
  if (!snapshot.pledges.some((p) => p.expertId === expertId)) {
    return { ...hidden, reason: '请先签署公正性声明及保密承诺' };
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
      reason: submitted ? '' : '独立评分阶段：提交本人评分后才能查看其他专家的评分',
    };
  }
  return {
    ownSheet: editable(phase) ? 'edit' : 'read',
    othersScores: true,
    aggregates: true,
    progress: true,
    verdict: phase !== 'discussion',
    reason: '',
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
      : { ...hidden, reason: '审评结论定稿后才向省局公开' };
  }
  if (phase === 'preparation') return { ...hidden, reason: '尚未开始独立评分' };
  return isRevealed(phase)
    ? { ...hidden, othersScores: true, aggregates: true, progress: true, verdict: phase !== 'discussion' }
    : { ...hidden, progress: true, reason: '独立评分阶段：合议开始前秘书只能看到提交进度，看不到分数' };
};
