import { takesRevisionRequirements } from '../../engine/recommendation-sets.js';
import type { SubmissionRecord } from '../meeting-record.js';

/**
 * Whether a document gives the verdict's 修改要求: a 不立项 or 废止 outcome has nothing to revise, unless
 * the panel wrote requirements anyway, which a document never drops.
 */
export const hasRevisionRequirements = (verdict: Pick<SubmissionRecord['verdict'], 'outcome' | 'revisionRequirements'>): boolean =>
  takesRevisionRequirements(verdict.outcome) || verdict.revisionRequirements.length > 0;
