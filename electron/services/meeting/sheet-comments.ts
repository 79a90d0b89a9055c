import { HostFailure } from '../../../shared/api/result.js';
import { canonicalJson } from '../../../shared/digest/canonical-json.js';
import type { ReviewComment } from '../../../shared/model/comment.js';
import type { MeetingTx } from './meeting-store.js';
import type { SheetKey } from './sheet-access.js';

const keyFields = ['meetingId', 'submissionId', 'expertId'] as const;

/**
 * Replaces the expert's comments on the submission with `sent`, the whole list as the form holds it.
 * Every comment must be the expert's own on this submission, and none may reuse the id of someone
 * else's: a list is never a way to write or delete another expert's comment. What the drafting
 * group answered (`resolution`) and when a comment was first made stay as stored.
 */
export const replaceOwnComments = (tx: MeetingTx, key: SheetKey, expertName: string, own: readonly ReviewComment[], sent: readonly ReviewComment[]): void => {
  const stored = new Map(own.map((c) => [c.id, c]));
  const seen = new Set<string>();
  sent.forEach((comment, index) => {
    const field = keyFields.find((name) => comment[name] !== key[name]);
    if (field !== undefined) throw new HostFailure('forbidden', `第 ${index + 1} 条意见不是专家${expertName}对本项目的意见`, `comments.${index}.${field}`);
    if (seen.has(comment.id)) throw new HostFailure('invalid', `第 ${index + 1} 条意见与前面的意见编号重复`, `comments.${index}.id`);
    seen.add(comment.id);
    if (!stored.has(comment.id) && tx.comments.get(key.meetingId, comment.id) !== undefined) {
      throw new HostFailure('forbidden', `第 ${index + 1} 条意见的编号已被其他意见使用`, `comments.${index}.id`);
    }
  });
  for (const comment of own) if (!seen.has(comment.id)) tx.comments.delete(key.meetingId, comment.id);
  for (const comment of sent) {
    const before = stored.get(comment.id);
    const row: ReviewComment =
      before === undefined
        ? { ...comment, resolution: null, resolutionNote: '' }
        : { ...comment, resolution: before.resolution, resolutionNote: before.resolutionNote, createdAt: before.createdAt };
    if (before === undefined || canonicalJson(before) !== canonicalJson(row)) tx.comments.put(row);
  }
};
