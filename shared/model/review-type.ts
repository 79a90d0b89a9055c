import { z } from 'zod';

export const reviewTypeSchema = z.enum(['technical', 'initiation', 'periodic']);
export type ReviewType = z.infer<typeof reviewTypeSchema>;
