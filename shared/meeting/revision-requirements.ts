import type { ReviewComment } from '../model/comment.js';

/** A sentence's closing marks, dropped where the requirement adds its own. */
const trailingMarks = /[\s。．.；;，,：:！!？?]+$/u;

/**
 * The proposed change as a quotation inside the requirement: its own end mark and outer quotation
 * marks dropped, and the double quotes it contains turned single, as GB/T 15834 nests them, so the
 * requirement never reads 「“增加“…”的要求。”。」.
 */
const quotedChange = (change: string): string => {
  let text = change.trim().replace(trailingMarks, '');
  if (/^“[^“”]*”$/u.test(text)) text = text.slice(1, -1);
  return `“${text.replace(/“/gu, '‘').replace(/”/gu, '’')}”`;
};

type CommentWording = Pick<ReviewComment, 'clause' | 'text' | 'proposedChange'>;

/** 「5.10：…」: the clause and the comment's own words, which every requirement made from it begins with. */
const requirementLead = (comment: CommentWording): string => `${comment.clause.trim()}：${comment.text.trim().replace(trailingMarks, '')}`;

/** One technical comment as a line of the panel's revision requirements, clause first as the drafting group looks it up. */
export const requirementFromComment = (comment: CommentWording): string => {
  const lead = requirementLead(comment);
  return comment.proposedChange.trim() === '' ? `${lead}。` : `${lead}，建议修改为${quotedChange(comment.proposedChange)}。`;
};

/** Was `requirement` made from `comment`, in today's wording or the one requirements were stored in before? */
export const isRequirementFrom = (requirement: string, comment: CommentWording): boolean => {
  const lead = requirementLead(comment);
  const rest = requirement.trim().slice(lead.length);
  return requirement.trim().startsWith(lead) && /^(?:。|，建议修改为“.*”。?)$/su.test(rest);
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
