import { z } from 'zod';

/** The life cycle of one submission's review, in order (DESIGN.md section 2). */
export const reviewPhases = ['preparation', 'scoring', 'discussion', 'vote', 'sign-off', 'finalised', 'reported'] as const;
export const reviewPhaseSchema = z.enum(reviewPhases);
export type ReviewPhase = z.infer<typeof reviewPhaseSchema>;
