import type { Meeting } from '../model/meeting.js';
import type { ReviewRules, Rubric } from '../model/rubric.js';
import { builtinRubrics } from '../rubrics/builtin-rubrics.js';
import { defaultRules } from '../rubrics/default-rules.js';

type MeetingConfig = Pick<Meeting, 'reviewType' | 'rubric' | 'rules'>;

/** A package's own rubric wins; null falls back to the built-in one for the review type. */
export const rubricFor = (meeting: MeetingConfig): Rubric => meeting.rubric ?? builtinRubrics[meeting.reviewType];

export const rulesFor = (meeting: MeetingConfig): ReviewRules => meeting.rules ?? defaultRules[meeting.reviewType];
