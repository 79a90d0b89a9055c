import { z } from 'zod';

/** One row of the 编制说明's benchmarking table: the indicator and the value this draft sets. */
export const noteIndicatorSchema = z.object({
  name: z.string().min(1),
  unit: z.string().optional(),
  /** The draft's own value or limit as the note prints it ('≥1 000次', '≤300 μs'). */
  value: z.string(),
  page: z.number().int().min(1).optional(),
});
export type NoteIndicator = z.infer<typeof noteIndicatorSchema>;

export const explanatoryNoteSchema = z.object({ indicators: z.array(noteIndicatorSchema) });
export type ExplanatoryNote = z.infer<typeof explanatoryNoteSchema>;
