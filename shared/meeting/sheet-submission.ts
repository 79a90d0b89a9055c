import { needsJustification } from '../engine/justification.js';
import { type SheetIssue, sheetIssue, validateSheet } from '../engine/validate-sheet.js';
import type { ReviewComment } from '../model/comment.js';
import type { ReviewRules, Rubric } from '../model/rubric.js';
import type { ScoreSheetContent, ScoreSheetVersion } from '../model/score-sheet.js';
import { commentIssues, contentOfVersion, sameContent } from './sheet-content.js';

/** True where the rules ask this score for a written justification: the only scores whose box the form shows. */
export const justificationNeeded = (rubric: Rubric, rules: ReviewRules, criterionId: string, score: number | null): boolean => {
  const criterion = rubric.criteria.find((c) => c.id === criterionId);
  return criterion !== undefined && score !== null && needsJustification(score, criterion.maxPoints, rules);
};

/**
 * What a submitted version keeps of the draft: a justification only where the score needs one, so a
 * reason typed for an extreme score and left behind when the score changed (its box hidden) never
 * goes out as the reason of a score that needs none. The draft itself keeps the text, so returning to
 * the extreme score shows it again.
 */
export const contentToSubmit = (rubric: Rubric, rules: ReviewRules, draft: ScoreSheetContent): ScoreSheetContent => ({
  ...draft,
  scores: draft.scores.map((entry) =>
    justificationNeeded(rubric, rules, entry.criterionId, entry.score) ? entry : { ...entry, justification: '' },
  ),
});

export type SubmissionCheck = {
  rubric: Rubric;
  rules: ReviewRules;
  draft: ScoreSheetContent;
  comments: readonly ReviewComment[];
  /** The latest submitted version; a later one is a revision and needs a reason. */
  last: ScoreSheetVersion | undefined;
  reason: string;
};

/** Everything that stops the draft from going out as the next version; the form checks it before asking for the signature. */
export const submissionIssues = ({ rubric, rules, draft, comments, last, reason }: SubmissionCheck): SheetIssue[] => {
  const content = contentToSubmit(rubric, rules, draft);
  const issues = [...validateSheet(rubric, rules, content), ...commentIssues(comments)];
  if (last !== undefined) {
    if (reason.trim() === '') issues.push(sheetIssue('reason', 'sheet.revisionReasonMissing', {}));
    if (sameContent(content, contentOfVersion(last))) issues.push(sheetIssue('scores', 'sheet.unchanged', {}));
  }
  return issues;
};
