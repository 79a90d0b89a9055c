import { detectConflicts, recusalFromConflict, type ConflictFlag } from '../engine/conflict.js';
import type { TransitionCheck } from '../engine/lifecycle.js';
import { rubricFor, rulesFor } from '../engine/review-config.js';
import type { ReviewSnapshot } from '../engine/review-snapshot.js';
import type { ReviewComment } from '../model/comment.js';
import type { Expert } from '../model/expert.js';
import type { Meeting } from '../model/meeting.js';
import type { Pledge } from '../model/pledge.js';
import type { Recusal } from '../model/recusal.js';
import type { ScoreSheet } from '../model/score-sheet.js';
import type { Material, Submission } from '../model/submission.js';
import type { Verdict } from '../model/verdict.js';

/** Everything stored about one meeting, read at one moment, as every meeting screen reads it. */
export type MeetingData = {
  meeting: Meeting;
  experts: Expert[];
  submissions: Submission[];
  materials: Material[];
  pledges: Pledge[];
  recusals: Recusal[];
  scoreSheets: ScoreSheet[];
  comments: ReviewComment[];
  /** Every version of every verdict, in version order. */
  verdicts: Verdict[];
  /**
   * The engine's answer, per submission id, for entering the submission's next phase, decided by the
   * host on the whole meeting. A client may receive sheets sealed (blind scoring) and could not
   * decide it from what it sees; absent where the data was never sealed.
   */
  nextChecks?: Readonly<Record<string, TransitionCheck>>;
};

const roleOrder: Readonly<Record<Expert['role'], number>> = { chair: 0, 'vice-chair': 1, member: 2 };

/** Chair first, then vice-chair, then members in package order. */
export const byPanelOrder = (a: Expert, b: Expert): number => roleOrder[a.role] - roleOrder[b.role] || a.id.localeCompare(b.id);

/** The verdict a submission's review works on: its highest version, or null before one is started. */
export const currentVerdict = (verdicts: readonly Verdict[], submissionId: string): Verdict | null => {
  let current: Verdict | null = null;
  for (const verdict of verdicts) {
    if (verdict.submissionId === submissionId && (current === null || verdict.versionNo > current.versionNo)) current = verdict;
  }
  return current;
};

/** Conflicts found per panel and drafts list, as read: a screen that asks for each submission's status pays for one detection, not one per submission. */
const foundConflicts = new WeakMap<readonly Expert[], WeakMap<readonly Submission[], ConflictFlag[]>>();

/**
 * Every conflict of interest the engine finds between the panel and the drafters: it depends on
 * nothing else of the meeting. Remembered for the same two lists (records as read are never changed
 * in place; a change is a new read with new lists).
 */
export const conflictsOf = ({ experts, submissions }: Pick<MeetingData, 'experts' | 'submissions'>): ConflictFlag[] => {
  const ofPanel = foundConflicts.get(experts) ?? new WeakMap<readonly Submission[], ConflictFlag[]>();
  foundConflicts.set(experts, ofPanel);
  const found = ofPanel.get(submissions) ?? detectConflicts(experts, submissions);
  ofPanel.set(submissions, found);
  return found;
};

/**
 * The recorded recusals plus, for every conflict the engine detects that has no record yet, one
 * awaiting the chair: an undecided conflict holds up scoring whether or not anyone wrote it down.
 * `conflicts` when the caller has them already for the same panel and drafts.
 */
export const recusalsWithDetected = (data: MeetingData, conflicts: readonly ConflictFlag[] = conflictsOf(data)): Recusal[] => {
  const recorded = new Set(data.recusals.map((r) => `${r.submissionId}/${r.expertId}`));
  const pending = conflicts
    .filter((flag) => !recorded.has(`${flag.submissionId}/${flag.expertId}`))
    .map((flag) => recusalFromConflict(flag, { id: `detected/${flag.submissionId}/${flag.expertId}`, meetingId: data.meeting.id, now: data.meeting.startsAt }));
  return [...data.recusals, ...pending];
};

/**
 * The engine's view of one submission, for its life-cycle guards and visibility rules. `recusals` are
 * the meeting's with the detected conflicts, when the caller has them already: detecting compares
 * every expert with every drafter of every submission, once per look at the meeting is enough.
 */
export const reviewSnapshotFor = (data: MeetingData, submission: Submission, recusals: readonly Recusal[] = recusalsWithDetected(data)): ReviewSnapshot => ({
  submissionId: submission.id,
  phase: submission.phase,
  rubric: rubricFor(data.meeting),
  rules: rulesFor(data.meeting),
  experts: data.experts,
  pledges: data.pledges,
  recusals: recusals.filter((r) => r.submissionId === submission.id),
  sheets: data.scoreSheets.filter((s) => s.submissionId === submission.id),
  verdict: currentVerdict(data.verdicts, submission.id),
});

/** Every submission's snapshot by submission id, the conflicts detected once for all. */
export const reviewSnapshotsOf = (data: MeetingData, conflicts: readonly ConflictFlag[] = conflictsOf(data)): Map<string, ReviewSnapshot> => {
  const recusals = recusalsWithDetected(data, conflicts);
  return new Map(data.submissions.map((submission) => [submission.id, reviewSnapshotFor(data, submission, recusals)]));
};
