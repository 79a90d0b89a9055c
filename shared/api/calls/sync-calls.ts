import { z } from 'zod';
import { idSchema, timestampSchema } from '../../model/common.js';
import { receiptSchema } from '../../protocol/receipt.js';
import { outboxEntrySchema } from '../../sync/outbox-entry.js';

/** As in the foundation calls: a path only where the host has no native dialog (browser shell). */
const chosenPath = z.string().min(1).optional();

/**
 * Where the device's private key rests: encrypted by the operating system's key store
 * (Electron safeStorage), or a file readable only by the user, which the settings page warns about.
 */
export const keyProtectionSchema = z.enum(['os-keystore', 'file']);
export type KeyProtection = z.infer<typeof keyProtectionSchema>;

export const syncStatusSchema = z.object({
  enrolled: z.boolean(),
  deviceId: z.string().nullable(),
  deviceName: z.string().nullable(),
  enrolledAt: timestampSchema.nullable(),
  bureauUrl: z.string(),
  bureauKeyId: z.string(),
  /** The last exchange with the bureau: null before any since the host started. */
  online: z.boolean().nullable(),
  lastContact: z.object({ at: timestampSchema, problem: z.string().nullable() }).nullable(),
  keyProtection: keyProtectionSchema,
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

/**
 * What one delivery attempt came to. `retry`: nothing was decided (no network, 5xx, timeout,
 * a refused request signature, no receipt that verifies), so the outbox tries again later;
 * `conflict` (409) and `invalid` (422) are the bureau's final word on this bundle.
 */
export const deliverResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('delivered'), receipt: receiptSchema }),
  z.object({ status: z.literal('conflict'), message: z.string() }),
  z.object({ status: z.literal('invalid'), field: z.string().nullable(), message: z.string() }),
  z.object({ status: z.literal('retry'), message: z.string() }),
]);
export type DeliverResult = z.infer<typeof deliverResultSchema>;

const savedFileSchema = z.object({ path: z.string() });

/**
 * One verdict version in the outbox. No call takes a bundle: the host signs only the bundle it built
 * from its own store when the version was finalised or amended, as its signing ledger holds it.
 */
const verdictVersionArgs = { verdictId: idSchema, versionNo: z.int().positive() };

/** Device enrollment, verdict delivery and package download with the bureau (DESIGN.md section 5). */
export const syncCalls = {
  'sync.status': { args: z.object({}).strict(), result: syncStatusSchema },
  'sync.enroll': {
    args: z
      .object({
        bureauUrl: z.url({ protocol: /^https?$/, error: '局端地址须以 http:// 或 https:// 开头' }),
        code: z.string().trim().min(1, '请填写注册码'),
        /** Empty: the host's computer name. */
        deviceName: z.string().trim().max(200, '设备名称不能超过 200 个字符'),
      })
      .strict(),
    result: syncStatusSchema,
  },
  /** 「立即重试」: one attempt now for a pending or refused version, whatever its backoff; the outbox records the result. */
  'sync.deliver': { args: z.object(verdictVersionArgs).strict(), result: deliverResultSchema },
  'sync.downloadPackage': {
    args: z.object({ meetingId: z.string().trim().min(1, '请填写会议编号') }).strict(),
    /** `downloadId` goes to `package.inspect`, which checks the file like any chosen package. */
    result: z.object({ downloadId: z.uuid(), bytes: z.int().nonnegative() }),
  },
  /**
   * Asked before the file dialog opens: the name a USB hand-over file gets (meeting, standard,
   * version), or the reason this version cannot be exported, so nobody chooses a file in vain.
   */
  'sync.verdictFile': { args: z.object(verdictVersionArgs).strict(), result: z.object({ fileName: z.string().min(1) }) },
  'sync.exportVerdict': {
    args: z.object({ ...verdictVersionArgs, path: chosenPath }).strict(),
    result: savedFileSchema.nullable(),
  },
  /**
   * The secretary confirms a bundle restored from a backup (status `held`): the host checks it
   * against the stored verdict and its signing ledger, and only then lets it be signed and sent.
   */
  'outbox.confirmHeld': { args: z.object(verdictVersionArgs).strict(), result: outboxEntrySchema },
} as const;
