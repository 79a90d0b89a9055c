import { z } from 'zod';
import type { TransitionCheck } from '../../engine/lifecycle.js';
import { reviewCommentSchema } from '../../model/comment.js';
import { idSchema } from '../../model/common.js';
import { expertSchema } from '../../model/expert.js';
import { meetingSchema } from '../../model/meeting.js';
import { pledgeSchema } from '../../model/pledge.js';
import { recusalSchema } from '../../model/recusal.js';
import { scoreSheetSchema } from '../../model/score-sheet.js';
import { materialSchema, submissionSchema } from '../../model/submission.js';
import { verdictSchema } from '../../model/verdict.js';

/** `MeetingData` as it crosses a transport: the meeting as the caller may see it. */
export const meetingDataSchema = z.object({
  meeting: meetingSchema,
  experts: z.array(expertSchema),
  submissions: z.array(submissionSchema),
  materials: z.array(materialSchema),
  pledges: z.array(pledgeSchema),
  recusals: z.array(recusalSchema),
  scoreSheets: z.array(scoreSheetSchema),
  comments: z.array(reviewCommentSchema),
  verdicts: z.array(verdictSchema),
  nextChecks: z.record(z.string(), z.custom<TransitionCheck>()).optional(),
});

export const meetingIdArgs = z.object({ meetingId: idSchema }).strict();

/** The ids every call about one submission carries. */
export const submissionArgs = z.object({ meetingId: idSchema, submissionId: idSchema }).strict();
