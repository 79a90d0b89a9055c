import { z } from 'zod';
import { idSchema, timestampSchema } from '../../model/common.js';
import { outboxEntrySchema } from '../../sync/outbox-entry.js';
import { auditChainSchema } from './meeting-read-calls.js';

/** As in the file calls: a path only where the host has no native dialog (browser shell), where the in-app dialog chose it. */
const chosenPath = z.string().min(1).optional();

/**
 * Who made a backup, as far as its signature tells: this workstation's device key, another key
 * (another workstation, or a file someone signed themselves), no key (made before this workstation
 * had one), or version 0.1's unsigned JSON export.
 */
export const backupOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('this-device') }),
  z.object({
    kind: z.literal('other-device'),
    deviceId: z.string().nullable(),
    deviceName: z.string().nullable(),
    /** The first 16 hex digits of the SHA-256 of the signing public key, to compare by eye. */
    fingerprint: z.string(),
  }),
  z.object({ kind: z.literal('unsigned') }),
  z.object({ kind: z.literal('legacy'), appVersion: z.string() }),
]);
export type BackupOrigin = z.infer<typeof backupOriginSchema>;

export const backupSummarySchema = z.object({
  fileName: z.string(),
  createdAt: timestampSchema,
  appVersion: z.string(),
  origin: backupOriginSchema,
  meetings: z.array(z.object({ id: idSchema, title: z.string() })),
  /** Records of every kind, the audit log included. */
  records: z.int().nonnegative(),
  /** Bundles the backup had not delivered yet: they come back held until the secretary confirms each. */
  pendingBundles: z.int().nonnegative(),
  /** The backup's own audit chain; null for version 0.1's backups, whose log had none. */
  chain: auditChainSchema.nullable(),
});
export type BackupSummary = z.infer<typeof backupSummarySchema>;

/** A restored bundle that waits for the secretary (`outbox.confirmHeld`) before it is signed or sent. */
export const heldBundleSchema = outboxEntrySchema.pick({ id: true, meetingId: true, verdictId: true, versionNo: true, bundleDigest: true }).extend({
  submissionId: idSchema,
});
export type HeldBundle = z.infer<typeof heldBundleSchema>;

export const restoreReportSchema = z.object({
  summary: backupSummarySchema,
  held: z.array(heldBundleSchema),
  /** Materials whose content is neither in the backup nor on this workstation: their package must be imported again. */
  missingMaterials: z.int().nonnegative(),
  /** This workstation's audit chain once the restore is recorded in it. */
  chain: auditChainSchema,
  /**
   * The device key and enrollment the backup carried: `restored` (this workstation signs and reports
   * as the backed-up one, without a new enrollment), `kept-own` (this workstation has another key of
   * its own and keeps it), `none` (the backup had none).
   */
  identity: z.enum(['restored', 'kept-own', 'none']),
});
export type RestoreReport = z.infer<typeof restoreReportSchema>;

export const restoreOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('restored'), report: restoreReportSchema }),
  /** Nothing changed yet: the backup is not this workstation's own, or its audit chain is broken; the secretary decides. */
  z.object({ status: z.literal('needs-confirmation'), restoreId: z.uuid(), summary: backupSummarySchema }),
]);
export type RestoreOutcome = z.infer<typeof restoreOutcomeSchema>;

export const exportReportSchema = z.object({
  path: z.string(),
  bytes: z.int().nonnegative(),
  /** False before the workstation has a device key (it is made at enrollment or at a backup with a passphrase). */
  signed: z.boolean(),
  /** Whether the device key and enrollment are in the backup, sealed with the passphrase. */
  identity: z.boolean(),
  meetings: z.int().nonnegative(),
  materials: z.int().nonnegative(),
  /** Materials whose content was never stored here (listed by hand, or their import was not finished). */
  missingMaterials: z.int().nonnegative(),
});
export type ExportReport = z.infer<typeof exportReportSchema>;

const restoreIdArgs = z.object({ restoreId: z.uuid() }).strict();

/** The workstation's backup: the host copies its own store and materials; the renderer never sends or receives table rows. */
export const backupCalls = {
  /** Null when the native dialog was cancelled. */
  'backup.export': {
    args: z
      .object({
        path: chosenPath,
        /** Seals the device key and enrollment into the backup; required once the workstation has a device key. */
        passphrase: z.string().min(8, '备份口令至少 8 个字符').optional(),
      })
      .strict(),
    result: exportReportSchema.nullable(),
  },
  /**
   * Checks the whole file before anything changes (signature, every row against the model); restores
   * at once when it is this workstation's own with an intact audit chain, otherwise asks first. Null
   * when the native dialog was cancelled.
   */
  'backup.restore': {
    /** `passphrase` opens the device key a backup carries; a wrong one changes nothing. */
    args: z.object({ path: chosenPath, passphrase: z.string().min(1).optional() }).strict(),
    result: restoreOutcomeSchema.nullable(),
  },
  'backup.confirmRestore': { args: restoreIdArgs, result: restoreReportSchema },
  'backup.discardRestore': { args: restoreIdArgs, result: z.null() },
} as const;
