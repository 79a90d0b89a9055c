import { z } from 'zod';
import { idSchema } from '../../model/common.js';
import { pinSchema } from '../../meeting/pin-rules.js';
import type { CallScope } from '../caller.js';
import { meetingIdArgs } from './meeting-schemas.js';

/** Where an expert's wrong PINs stand: as many as they have entered in a row, how many more before a lockout, the lockout left. */
export const pinStateSchema = z.object({
  failures: z.int().nonnegative(),
  attemptsLeft: z.int().positive(),
  lockedSeconds: z.int().nonnegative(),
});
export type PinState = z.infer<typeof pinStateSchema>;

export const actingIdentitySchema = z.object({
  meetingId: idSchema,
  expertId: idSchema,
  /** Seconds until the idle lock falls unless the expert acts; null on an expert's own device, which never locks. */
  lockInSeconds: z.int().nonnegative().nullable(),
});
export type ActingIdentity = z.infer<typeof actingIdentitySchema>;

/** Who acts at the workstation: an expert unlocks with their PIN, checked and counted in the host. */
export const identityCalls = {
  /**
   * A right PIN makes the expert the one acting at this client; a wrong one is counted (the answer
   * says where the count stands). While a lockout lasts, every PIN is refused unchecked (`locked-out`).
   */
  'identity.unlock': {
    args: z.object({ meetingId: idSchema, expertId: idSchema, pin: pinSchema }).strict(),
    result: z.discriminatedUnion('unlocked', [z.object({ unlocked: z.literal(true) }), pinStateSchema.extend({ unlocked: z.literal(false) })]),
  },
  /** 「切换专家/锁定」: nobody acts at this client any more. */
  'identity.lock': { args: z.object({}).strict(), result: z.null() },
  /** The expert acting at this client, or null; asking is not activity, so it never holds off the idle lock. */
  'identity.current': { args: z.object({}).strict(), result: actingIdentitySchema.nullable(), scopes: ['workstation', 'expert'] as readonly CallScope[] },
  /** Per expert of the meeting: whether a PIN is set (the hash itself never leaves the host) and the wrong PINs against it. */
  'identity.pinStatus': {
    args: meetingIdArgs,
    result: z.array(pinStateSchema.extend({ expertId: idSchema, hasPin: z.boolean() })),
  },
} as const;
