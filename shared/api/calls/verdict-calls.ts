import { z } from 'zod';
import { idSchema } from '../../model/common.js';
import { verdictSchema } from '../../model/verdict.js';
import type { CallScope } from '../caller.js';

const both: readonly CallScope[] = ['workstation', 'expert'];

const submissionIds = { meetingId: idSchema, submissionId: idSchema };

const conclusionSchema = z.string().max(20_000, '审评意见不能超过 20000 个字');
const requirementsSchema = z.array(z.string().max(2_000, '每条修改要求不能超过 2000 个字')).max(200, '修改要求不能超过 200 条');
const dissentSchema = z.array(z.object({ expertId: idSchema, text: z.string().max(2_000, '不同意见不能超过 2000 个字') }).strict()).max(50);

/** A drawn signature as the signature pad exports it. */
const signatureImageSchema = z
  .string()
  .max(1_000_000, '签名图片过大')
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, '签名图片须为 PNG');

/**
 * 合议 to 定稿 and 正式修订: the panel's verdict on one submission. The chair's acts need the chair
 * acting for the caller (unlocked by PIN at the workstation); a signature needs the signer acting, on
 * the workstation or their own device. Each returns the verdict as stored. A finalised version never
 * changes: only `verdict.amend` makes a new one.
 */
export const verdictCalls = {
  /** 分歧说明 for one flagged criterion; an empty note withdraws it. The chair's act. */
  'verdict.reconcile': {
    args: z.object({ ...submissionIds, criterionId: z.string().min(1), note: z.string().max(2_000, '分歧说明不能超过 2000 个字') }).strict(),
    result: verdictSchema,
  },
  /** The chair upholds or overrules one expert's veto, with a reason. */
  'verdict.ruleOnVeto': {
    args: z
      .object({
        ...submissionIds,
        expertId: idSchema,
        criterionId: z.string().min(1),
        upheld: z.boolean(),
        note: z.string().trim().min(1, '确认或驳回否决须写明理由').max(2_000, '理由不能超过 2000 个字'),
      })
      .strict(),
    result: verdictSchema,
  },
  /**
   * The opinion text, revision requirements and dissent during the vote, saved as typed: by the
   * secretary at the workstation as the panel dictates, or by the chair. Blank entries are not kept.
   */
  'verdict.saveConclusion': {
    args: z.object({ ...submissionIds, conclusion: conclusionSchema, revisionRequirements: requirementsSchema, dissent: dissentSchema }).strict(),
    result: verdictSchema,
  },
  /** One participant's drawn signature, the chair's last; `expertId` must be the expert acting for the caller. */
  'verdict.sign': {
    args: z.object({ ...submissionIds, expertId: idSchema, image: signatureImageSchema }).strict(),
    result: verdictSchema,
    scopes: both,
  },
  /**
   * 定稿 by the chair: the engine's guards, then the frozen verdict, the minutes' digest, the bundle
   * the device key may sign (in the signing ledger) queued for the bureau, and the phase, in one commit.
   */
  'verdict.finalise': { args: z.object(submissionIds).strict(), result: verdictSchema },
  /** 正式修订 by the chair: version n + 1 of the opinion text, chained to version n's bundle, with its own bundle. */
  'verdict.amend': {
    args: z
      .object({
        ...submissionIds,
        reason: z.string().max(2_000, '修订理由不能超过 2000 个字'),
        changes: z.object({ conclusion: conclusionSchema.optional(), revisionRequirements: requirementsSchema.optional(), dissent: dissentSchema.optional() }).strict(),
      })
      .strict(),
    result: verdictSchema,
  },
} as const;
