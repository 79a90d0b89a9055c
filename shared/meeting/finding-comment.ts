import type { CommentType, ReviewComment } from '../model/comment.js';
import type { StoredFinding } from '../model/compliance-report.js';

/** Where a finding without a clause sits in the draft, as a 章条编号 the comment table can show. */
const placeOf = (finding: StoredFinding): string => {
  if (finding.clause !== undefined && finding.clause !== '') return finding.clause;
  if (finding.rule === 'foreword.statement') return '前言';
  if (finding.rule === 'zzb.code-format') return '封面';
  return '全文';
};

/** A limit that differs from the 编制说明 is a matter of substance; the drafting rules are a matter of form. */
const typeOf = (finding: StoredFinding): CommentType => (finding.rule === 'zzb.indicator-mismatch' ? 'technical' : 'editorial');

/**
 * The clause comment 「转为意见」 starts from: the finding's clause, the quoted text and the rule it
 * breaks as the comment, the suggested wording as the proposed change. The expert edits it before it
 * counts: an incomplete or untouched comment goes through the same checks as any other.
 */
export const commentFromFinding = (finding: StoredFinding): Pick<ReviewComment, 'clause' | 'type' | 'text' | 'proposedChange'> => ({
  clause: placeOf(finding),
  type: typeOf(finding),
  text: finding.quote === '' ? finding.ruleText : `「${finding.quote}」：${finding.ruleText}`,
  proposedChange: finding.suggestion ?? '',
});
