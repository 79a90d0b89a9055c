import { z } from 'zod';
import { idSchema } from '../../model/common.js';
import { recusalSchema } from '../../model/recusal.js';
import { pinSchema } from '../../meeting/pin-rules.js';
import type { CallScope } from '../caller.js';

const both: readonly CallScope[] = ['workstation', 'expert'];

/** A drawn signature as the signature pad exports it; a few tens of kilobytes in practice. */
const signatureImageSchema = z
  .string()
  .max(1_000_000, '签名图片过大')
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, '签名图片须为 PNG');

/** What an expert's conflict declaration or the chair's decision says, in the declarer's own words. */
const recusalTextSchema = z.string().max(500, '不超过 500 个字');

/** 会前准备: check-in, pledges, recusals; the secretary's and each expert's acts before scoring. */
export const preparationCalls = {
  'expert.setAttendance': {
    args: z.object({ meetingId: idSchema, expertId: idSchema, present: z.boolean() }).strict(),
    result: z.null(),
  },
  /**
   * The expert signs the pledge and sets their PIN. Signing again (a forgotten PIN) takes the old PIN,
   * or, before any scoring starts, the chair unlocked at this workstation; never once the expert has
   * submitted a sheet. An expert's own device signs only that expert's pledge.
   */
  'pledge.sign': {
    args: z.object({ meetingId: idSchema, expertId: idSchema, signatureImage: signatureImageSchema, pin: pinSchema, oldPin: pinSchema.optional() }).strict(),
    result: z.null(),
    scopes: both,
  },
  /** A conflict declared by the acting expert for themselves, or by the chair for any expert (then already decided). */
  'recusal.declare': {
    args: z.object({ meetingId: idSchema, submissionId: idSchema, expertId: idSchema, reason: recusalTextSchema }).strict(),
    result: recusalSchema,
    scopes: both,
  },
  /** The acting chair's decision on one conflict, detected or declared, with the reason the minutes quote. */
  'recusal.decide': {
    args: z
      .object({ meetingId: idSchema, submissionId: idSchema, expertId: idSchema, status: z.enum(['confirmed', 'dismissed']), note: recusalTextSchema })
      .strict(),
    result: recusalSchema,
  },
} as const;
