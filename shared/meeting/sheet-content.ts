import { canonicalJson } from '../digest/canonical-json.js';
import { type SheetIssue, sheetIssue } from '../engine/validate-sheet.js';
import type { ReviewComment } from '../model/comment.js';
import { reviewCommentSchema } from '../model/comment.js';
import type { Rubric } from '../model/rubric.js';
import type { ScoreSheetContent, ScoreSheetVersion } from '../model/score-sheet.js';

/** A blank sheet for the rubric: every criterion listed, none scored. */
export const emptySheetContent = (rubric: Rubric): ScoreSheetContent => ({
  scores: rubric.criteria.map((c) => ({ criterionId: c.id, score: null, justification: '' })),
  veto: null,
  recommendation: null,
  opinion: '',
});

/** The content of a submitted version, as the draft a revision starts from. */
export const contentOfVersion = ({ versionNo: _n, submittedAt: _at, signatureImage: _signature, enteredBy: _by, ...content }: ScoreSheetVersion): ScoreSheetContent => content;

export const sameContent = (a: ScoreSheetContent, b: ScoreSheetContent): boolean => canonicalJson(a) === canonicalJson(b);

/** Why a clause comment cannot go out with the sheet, naming the comment by its place in the list; empty when all are complete. */
export const commentIssues = (comments: readonly ReviewComment[]): SheetIssue[] =>
  comments.flatMap((comment, index) => {
    const parsed = reviewCommentSchema.safeParse(comment);
    if (parsed.success) return [];
    return parsed.error.issues.map((issue) =>
      sheetIssue(`comments.${index}.${issue.path.join('.')}`, 'sheet.commentInvalid', { number: index + 1, detail: issue.message }),
    );
  });
