import { reviewPhases } from '../../shared/model/phase.js';
import type { Submission } from '../../shared/model/submission.js';

/** Scores are private until the vote (blind scoring, then discussion): documents exist from then on. */
export const hasDocuments = (submission: Pick<Submission, 'phase'>): boolean =>
  reviewPhases.indexOf(submission.phase) >= reviewPhases.indexOf('vote');
