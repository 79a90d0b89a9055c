import { recommendationsByType } from '../engine/recommendation-sets.js';
import { decideOutcome } from '../engine/outcome.js';
import { rubricFor, rulesFor } from '../engine/review-config.js';
import { finalVersion, isRecused } from '../engine/eligibility.js';
import { draftVerdict } from '../engine/verdict-draft.js';
import { inPackageOrder } from '../materials/material-order.js';
import { type MeetingData, byPanelOrder, currentVerdict } from '../meeting/meeting-data.js';
import type { ReviewComment } from '../model/comment.js';
import type { Expert } from '../model/expert.js';
import type { Meeting } from '../model/meeting.js';
import type { Pledge } from '../model/pledge.js';
import type { Recusal } from '../model/recusal.js';
import type { ReviewRules, Rubric } from '../model/rubric.js';
import type { ScoreSheetVersion } from '../model/score-sheet.js';
import type { Material, Submission } from '../model/submission.js';
import type { Verdict } from '../model/verdict.js';
import { sortByClause } from './clause-order.js';

/**
 * The stored meeting the documents are made from: meeting, experts, submissions, materials,
 * pledges, recusals, score sheets, comments and every verdict version. It is the meeting screens'
 * snapshot, so a document shows exactly what the screens showed when it was generated.
 */
export type MeetingRecord = MeetingData;

export type ExpertSheet = {
  expert: Expert;
  final: ScoreSheetVersion;
  versionCount: number;
  /** When version 1 (the preliminary score) went in: what a pledge has to precede. */
  firstSubmittedAt: string;
};

/** One submission's part of the record, resolved once for every document about it. */
export type SubmissionRecord = {
  meeting: Meeting;
  submission: Submission;
  rubric: Rubric;
  rules: ReviewRules;
  /** The current verdict version; while none is stored, the engine's outcome of the sheets so far, as a draft. */
  verdict: Verdict;
  /** The whole panel, chair first. */
  panel: Expert[];
  /** Experts whose final sheets were counted, in panel order. */
  voters: Expert[];
  /** Every recusal record of the submission, whatever the chair decided. */
  recusals: Recusal[];
  absent: Expert[];
  sheets: ExpertSheet[];
  /** In the order the package listed them. */
  materials: Material[];
  /** In clause order. */
  comments: ReviewComment[];
  pledges: Pledge[];
};

const engineDraft = (record: MeetingRecord, submission: Submission, rubric: Rubric, rules: ReviewRules): Verdict => {
  const submissionId = submission.id;
  const result = decideOutcome({
    submissionId,
    rubric,
    rules,
    experts: record.experts,
    recusals: record.recusals,
    sheets: record.scoreSheets,
    vetoRulings: [],
  });
  const ids = { id: `${submissionId}/draft`, verdictId: `${submissionId}/draft`, meetingId: record.meeting.id, submissionId };
  return draftVerdict(ids, rubric, result);
};

export const submissionRecord = (record: MeetingRecord, submissionId: string): SubmissionRecord => {
  const submission = record.submissions.find((s) => s.id === submissionId);
  if (submission === undefined) throw new Error(`会议 ${record.meeting.id} 中没有送审项目 ${submissionId}`);
  const rubric = rubricFor(record.meeting);
  const rules = rulesFor(record.meeting);
  const verdict = currentVerdict(record.verdicts, submissionId) ?? engineDraft(record, submission, rubric, rules);
  const panel = [...record.experts].sort(byPanelOrder);
  const voterIds = new Set(verdict.votes.map((v) => v.expertId));
  const recusals = record.recusals.filter((r) => r.submissionId === submissionId);
  const sheets = panel.flatMap((expert): ExpertSheet[] => {
    const sheet = record.scoreSheets.find((s) => s.submissionId === submissionId && s.expertId === expert.id);
    const final = sheet === undefined ? undefined : finalVersion(sheet);
    if (sheet === undefined || final === undefined || isRecused(recusals, expert.id, submissionId)) return [];
    return [{ expert, final, versionCount: sheet.versions.length, firstSubmittedAt: sheet.versions[0]?.submittedAt ?? final.submittedAt }];
  });
  return {
    meeting: record.meeting,
    submission,
    rubric,
    rules,
    verdict,
    panel,
    voters: panel.filter((e) => voterIds.has(e.id)),
    recusals,
    absent: panel.filter((e) => !e.present),
    sheets,
    materials: inPackageOrder(record.materials.filter((m) => m.submissionId === submissionId)),
    comments: sortByClause(record.comments.filter((c) => c.submissionId === submissionId)),
    pledges: record.pledges,
  };
};

/** The outcomes a panel of this review type can reach, in the order the tally lists them. */
export const outcomeChoices = (record: SubmissionRecord) => recommendationsByType[record.rubric.reviewType];
