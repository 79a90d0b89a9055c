import { hasSubmitted, isRecused } from '../engine/eligibility.js';
import type { EngineMessage } from '../engine/engine-message.js';
import { participants } from '../engine/lifecycle-guards.js';
import { checkTransition, nextPhase, type TransitionCheck } from '../engine/lifecycle.js';
import { visibilityFor } from '../engine/visibility.js';
import type { ReviewSnapshot } from '../engine/review-snapshot.js';
import type { Expert } from '../model/expert.js';
import { reviewPhases, type ReviewPhase } from '../model/phase.js';
import type { Submission } from '../model/submission.js';
import { reviewSnapshotFor, type MeetingData } from './meeting-data.js';

/** Who has submitted a sheet, by name only: the secretary sees progress, never scores, while scoring is blind. */
export type SubmissionProgress =
  | { visible: true; submitted: Expert[]; pending: Expert[] }
  | { visible: false; reason: string; reasonMessage: EngineMessage | null };

export type SubmissionStatus = {
  submission: Submission;
  /** Position of the current phase in `reviewPhases`. */
  phaseIndex: number;
  next: ReviewPhase | null;
  /** The engine's answer for entering `next`; null after the last phase. */
  nextCheck: TransitionCheck | null;
  progress: SubmissionProgress;
  recused: Expert[];
};

/** The engine's answer for entering the submission's next phase: the host's where it sent one, else decided here (on `snapshot` when the caller has it). */
export const nextCheckOf = (data: MeetingData, submission: Submission, snapshot?: ReviewSnapshot): TransitionCheck | null => {
  const next = nextPhase(submission.phase);
  if (next === null) return null;
  return data.nextChecks?.[submission.id] ?? checkTransition(snapshot ?? reviewSnapshotFor(data, submission), next);
};

export const submissionStatus = (data: MeetingData, submission: Submission): SubmissionStatus => {
  const snapshot = reviewSnapshotFor(data, submission);
  const next = nextPhase(submission.phase);
  const visibility = visibilityFor(snapshot, { kind: 'secretary' });
  const taking = participants(snapshot);
  const submitted = (expert: Expert) => snapshot.sheets.some((s) => s.expertId === expert.id && hasSubmitted(s));
  return {
    submission,
    phaseIndex: reviewPhases.indexOf(submission.phase),
    next,
    nextCheck: nextCheckOf(data, submission),
    progress: visibility.progress
      ? { visible: true, submitted: taking.filter(submitted), pending: taking.filter((e) => !submitted(e)) }
      : { visible: false, reason: visibility.reason, reasonMessage: visibility.reasonMessage },
    recused: data.experts.filter((e) => isRecused(snapshot.recusals, e.id, submission.id)),
  };
};

export type PanelSummary = { total: number; present: number; pledgedPresent: number };

export const panelSummary = (data: MeetingData): PanelSummary => {
  const present = data.experts.filter((e) => e.present);
  const pledged = new Set(data.pledges.map((p) => p.expertId));
  return { total: data.experts.length, present: present.length, pledgedPresent: present.filter((e) => pledged.has(e.id)).length };
};
