import { z } from 'zod';
import { idSchema } from '../../model/common.js';
import { expertSchema } from '../../model/expert.js';
import { meetingSchema } from '../../model/meeting.js';
import { materialSchema, submissionSchema } from '../../model/submission.js';
import type { WorkCounts } from '../../package/reimport-plan.js';
import { jobIdSchema } from './package-calls.js';

const jobIdArgs = z.object({ jobId: jobIdSchema }).strict();

const count = z.int().nonnegative();
const workCountsSchema = z.object({ scoreSheets: count, comments: count, pledges: count, recusals: count, verdicts: count }) satisfies z.ZodType<WorkCounts>;

const recordDiffSchema = <T extends z.ZodType>(record: T) =>
  z.object({
    added: z.array(record),
    removed: z.array(record),
    changed: z.array(z.object({ before: record, after: record, fields: z.array(z.string()) })),
    kept: z.array(z.object({ record, work: workCountsSchema })),
  });

/** `ReimportPlan` as it crosses a transport: what importing a staged package would change, as the preview shows it. */
export const importPlanSchema = z.object({
  reimport: z.boolean(),
  meetingChanges: z.array(z.string()),
  experts: recordDiffSchema(expertSchema),
  submissions: recordDiffSchema(submissionSchema),
  materials: recordDiffSchema(materialSchema),
  blockers: z.array(z.object({ field: z.enum(['reviewType', 'rubric']), scoreSheets: count })),
  write: z.object({
    meeting: meetingSchema,
    experts: z.array(expertSchema),
    submissions: z.array(submissionSchema),
    materials: z.array(materialSchema),
    deleteExperts: z.array(idSchema),
    deleteSubmissions: z.array(idSchema),
    deleteMaterials: z.array(idSchema),
  }),
});
export type ImportPlan = z.infer<typeof importPlanSchema>;

/**
 * A review package into the store, once the host has staged and checked it (`package.inspect`). The
 * records come from the manifest the host checked; no client sends them.
 */
export const importCalls = {
  /** What importing the staged package would change now; writes nothing. */
  'meeting.planImport': { args: jobIdArgs, result: importPlanSchema },
  /** Moves the staged materials into the content store and writes the meeting's records with the audit entry; refused when the plan is blocked. */
  'meeting.import': { args: jobIdArgs, result: z.object({ meetingId: idSchema, title: z.string() }) },
} as const;
