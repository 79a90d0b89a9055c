import { reviewCommentSchema, type ReviewComment } from '../../../shared/model/comment.js';

/** A comment the host can store: its clause and text are filled in. */
export const isComplete = (comment: ReviewComment): boolean => reviewCommentSchema.safeParse(comment).success;

/**
 * The comment list a draft save sends, given what the host last stored: each complete comment as
 * typed, and one still being written as it was last stored, so clearing a comment to retype it
 * never deletes it there. A new comment goes out once it is complete.
 */
export const storableComments = (comments: readonly ReviewComment[], stored: ReadonlyMap<string, ReviewComment>): ReviewComment[] =>
  comments.flatMap((comment) => {
    if (isComplete(comment)) return [comment];
    const before = stored.get(comment.id);
    return before === undefined ? [] : [before];
  });
