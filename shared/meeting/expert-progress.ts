import { hasSubmitted, isRecused } from '../engine/eligibility.js';
import type { ReviewPhase } from '../model/phase.js';
import { currentVerdict, type MeetingData } from './meeting-data.js';

/** Where one expert stands across the meeting's drafts, for the secretary's live dashboard. */
export type ExpertProgress = {
  /** Drafts whose scoring has begun and that the expert has not recused from. */
  toScore: number;
  /** Of those, the drafts the expert has submitted a sheet for (sealed sheets count: their status shows). */
  submitted: number;
  /** Drafts open for signing or past it that the expert has not recused from. */
  toSign: number;
  /** Of those, the drafts whose latest opinion carries the expert's signature. */
  signed: number;
};

const signingPhases: ReadonlySet<ReviewPhase> = new Set(['sign-off', 'finalised', 'reported']);

export const expertProgress = (data: MeetingData, expertId: string): ExpertProgress => {
  const mine = data.submissions.filter((s) => !isRecused(data.recusals, expertId, s.id));
  const scoring = mine.filter((s) => s.phase !== 'preparation');
  const signing = mine.filter((s) => signingPhases.has(s.phase));
  return {
    toScore: scoring.length,
    submitted: scoring.filter((s) => data.scoreSheets.some((sheet) => sheet.submissionId === s.id && sheet.expertId === expertId && hasSubmitted(sheet))).length,
    toSign: signing.length,
    signed: signing.filter((s) => currentVerdict(data.verdicts, s.id)?.signatures.some((sig) => sig.expertId === expertId) === true).length,
  };
};
