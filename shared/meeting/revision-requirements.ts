import type { ReviewComment } from '../model/comment.js';

/** One technical comment as a line of the panel's revision requirements, clause first as the drafting group looks it up. */
export const requirementFromComment = (comment: Pick<ReviewComment, 'clause' | 'text' | 'proposedChange'>): string => {
  const change = comment.proposedChange.trim();
  const text = comment.text.trim().replace(/[。；;.]+$/u, '');
  return change === '' ? `${comment.clause.trim()}：${text}。` : `${comment.clause.trim()}：${text}，建议修改为“${change}”。`;
};

/** Technical comments come first in the chair's pick list: they are what the requirements are made of. */
export const requirementCandidates = (comments: readonly ReviewComment[]): ReviewComment[] =>
  comments.filter((c) => c.type === 'technical').sort((a, b) => a.clause.localeCompare(b.clause, 'zh-CN', { numeric: true }));

/** The list with the item at `from` moved to `to`; out-of-range moves leave it unchanged. */
export const moveItem = <T>(items: readonly T[], from: number, to: number): T[] => {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const copy = [...items];
  const [moved] = copy.splice(from, 1) as [T];
  copy.splice(to, 0, moved);
  return copy;
};
