import { z } from 'zod';
import type { CallScope } from '../caller.js';
import { complianceReportSchema } from '../../model/compliance-report.js';
import { meetingIdArgs, submissionArgs } from './meeting-schemas.js';

const both: readonly CallScope[] = ['workstation', 'expert'];

/** The compliance pre-check (issue 14): the host reads the draft, checks it and keeps the findings with the submission. */
export const complianceCalls = {
  /** Reads the submission's 送审稿 (and 编制说明), checks it and stores the report, replacing the last one. */
  'compliance.check': { args: submissionArgs, result: complianceReportSchema },
  /** 「全部预检」: every submission of the meeting that has a draft, one report each. */
  'compliance.checkAll': { args: meetingIdArgs, result: z.array(complianceReportSchema) },
  /** The last report of a submission, null before its first pre-check; what the scoring screens show beside 合规性. */
  'compliance.findings': { args: submissionArgs, result: complianceReportSchema.nullable(), scopes: both },
} as const;
