import { z } from 'zod';
import { idSchema } from '../../model/common.js';

/**
 * Phases a review is moved into by hand. 定稿 comes only with the finalisation (signed, from the
 * store's own data) and 已上报 only with the bureau's receipt, never through this call.
 */
export const advanceablePhaseSchema = z.enum(['scoring', 'discussion', 'vote', 'sign-off']);

/** One submission's review moves on when the engine's guards allow it. */
export const phaseCalls = {
  'submission.advancePhase': {
    args: z.object({ meetingId: idSchema, submissionId: idSchema, to: advanceablePhaseSchema }).strict(),
    result: z.null(),
  },
} as const;
