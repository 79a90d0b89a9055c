import { z } from 'zod';
import { idSchema } from '../../model/common.js';
import type { CallScope } from '../caller.js';

/** What an expert's device is showing, as it last said: which draft and which screen, for the secretary's dashboard. */
export const presenceViewingSchema = z.object({
  submissionId: idSchema.nullable(),
  screen: z.string().trim().min(1, '页面不能为空').max(40, '页面名称不能超过 40 个字符'),
});
export type PresenceViewing = z.infer<typeof presenceViewingSchema>;

/** One expert's device joined to the hub. */
export const hubSessionSchema = z.object({
  sessionId: idSchema,
  expertId: idSchema,
  name: z.string(),
  /** The device's address on the room's network, as the hub saw it. */
  address: z.string(),
  /** False while the device, joined on the meeting code alone (no PIN yet), waits for the secretary to admit it. */
  admitted: z.boolean(),
  joinedAt: z.string(),
  lastSeenAt: z.string(),
  viewing: presenceViewingSchema.nullable(),
});
export type HubSession = z.infer<typeof hubSessionSchema>;

export const hubStatusSchema = z.object({
  running: z.boolean(),
  meetingId: idSchema.nullable(),
  /** The join address the QR code carries. */
  url: z.string().nullable(),
  /** The short code the experts type when they join; a new one each start by the secretary, the same after the workstation restarted. */
  meetingCode: z.string().nullable(),
  https: z.boolean(),
  /** SHA-256 of the hub's certificate as colon-separated hex, for those who check it in their browser. */
  fingerprint: z.string().nullable(),
  /** The join address as an SVG QR code. */
  qrSvg: z.string().nullable(),
  sessions: z.array(hubSessionSchema),
  /**
   * The hub was running for this meeting when the workstation last ended (it was not stopped) and
   * could not start again at the same address: the address is gone or the port taken, said as the
   * host refused it (code, Chinese message, and the words for another language). Null otherwise.
   */
  notResumed: z
    .object({
      meetingId: idSchema,
      url: z.string(),
      code: z.string(),
      message: z.string(),
      text: z.string().optional(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    })
    .nullable(),
});
export type HubStatus = z.infer<typeof hubStatusSchema>;

const portSchema = z.int('端口须为整数').min(0, '端口须在 0 到 65535 之间').max(65535, '端口须在 0 到 65535 之间');

/**
 * 会场联网: the workstation serving one meeting to the experts' own devices on the room's network.
 * Only the workstation starts, watches and stops it; the devices reach it over its own HTTP port.
 */
export const hubCalls = {
  /** This machine's IPv4 addresses the hub may listen on, loopback last. */
  'hub.interfaces': {
    args: z.object({}).strict(),
    result: z.array(z.object({ name: z.string(), address: z.string() })),
  },
  /** Starts the hub for one meeting on one of `hub.interfaces`; refused while it already runs. */
  'hub.start': {
    args: z.object({ meetingId: idSchema, address: z.string().min(1, '请选择网络接口'), port: portSchema.optional(), https: z.boolean() }).strict(),
    result: hubStatusSchema,
  },
  /** Stops the hub and ends every device's session. */
  'hub.stop': { args: z.object({}).strict(), result: hubStatusSchema },
  'hub.status': { args: z.object({}).strict(), result: hubStatusSchema },
  /** Ends one device's session at once (or refuses one waiting for admission): its next request is refused with `session-revoked`. */
  'hub.revoke': { args: z.object({ sessionId: idSchema }).strict(), result: hubStatusSchema },
  /** Lets in a device that joined without a PIN (an expert who has not pledged): only then may it pledge and set the PIN. */
  'hub.admit': { args: z.object({ sessionId: idSchema }).strict(), result: hubStatusSchema },
  /** An expert's device says what it shows now; the hub keeps it in memory for the secretary's dashboard. */
  'presence.update': {
    args: presenceViewingSchema.strict(),
    result: z.null(),
    scopes: ['expert'] as readonly CallScope[],
  },
} as const;
