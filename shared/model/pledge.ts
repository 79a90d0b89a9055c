import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';

/**
 * Iteration counts a verifier may record. The floor admits the fast verifiers test fixtures seed; the
 * ceiling stops a crafted verifier (2^31 iterations) from holding the host for hours at the next PIN check.
 */
export const pinIterationBounds = { min: 1_000, max: 1_000_000 } as const;

/** How a personal PIN is kept: a salted PBKDF2 hash, never the digits themselves. */
export const pinVerifierSchema = z.object({
  algorithm: z.literal('PBKDF2-SHA256'),
  iterations: z
    .int('PIN 迭代次数须为整数')
    .min(pinIterationBounds.min, `PIN 迭代次数不少于 ${pinIterationBounds.min}`)
    .max(pinIterationBounds.max, `PIN 迭代次数不超过 ${pinIterationBounds.max}`),
  /** Hex of a random salt of 16 bytes. */
  salt: z.string().regex(/^[0-9a-f]{32}$/, 'PIN 盐值须为 32 位十六进制'),
  /** Hex of the 32-byte derived key. */
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'PIN 摘要须为 64 位十六进制'),
});
export type PinVerifier = z.infer<typeof pinVerifierSchema>;

/** An expert's signed 公正性声明及保密承诺; required before scoring. */
export const pledgeSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  expertId: idSchema,
  /** The exact pledge wording signed, so a later change of template does not rewrite history. */
  text: z.string().trim().min(1, '承诺书内容不能为空'),
  signedAt: timestampSchema,
  /** Handwritten signature as a PNG data URL, when drawn on screen. */
  signatureImage: z.string().nullable(),
  /**
   * The PIN the expert set while pledging, which keeps others out of their sheet on a shared laptop.
   * Absent on pledges signed on paper or recorded before PINs existed.
   */
  pin: pinVerifierSchema.optional(),
});
export type Pledge = z.infer<typeof pledgeSchema>;
