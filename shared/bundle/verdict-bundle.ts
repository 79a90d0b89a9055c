import { z } from 'zod';
import { canonicalBytes } from '../digest/digest.js';
import { sha256Hex } from '../digest/sha256.js';
import { submissionAggregateSchema } from '../model/aggregate.js';
import { reviewCommentSchema } from '../model/comment.js';
import { idSchema, sha256HexSchema, timestampSchema } from '../model/common.js';
import { recommendationSchema } from '../model/recommendation.js';
import { recusalSchema } from '../model/recusal.js';
import { reviewTypeSchema } from '../model/review-type.js';
import { scoreSheetSchema, scoreSheetVersionSchema } from '../model/score-sheet.js';
import { dissentSchema, reconciliationNoteSchema, voteSchema } from '../model/verdict.js';

/**
 * A sheet as it leaves the meeting: every submitted version, never the unsubmitted working draft.
 * Versions leave without the signature drawn at submission: the bureau files the signed documents,
 * and format version 1 carries no images (parsing drops them).
 */
export const bundleScoreSheetSchema = scoreSheetSchema
  .omit({ draft: true, status: true, updatedAt: true })
  .extend({ versions: z.array(scoreSheetVersionSchema.omit({ signatureImage: true })) });
export type BundleScoreSheet = z.infer<typeof bundleScoreSheetSchema>;

/**
 * The minutes the verdict was finalised (or amended) with, identified by their bytes: the PDF of the
 * 审评会议纪要 of this submission as the host generates it at that moment (`minutesDocument` over the
 * meeting with only this submission, dated `finalizedAt`, rendered by `renderPdf`); `sha256` is over
 * the PDF file's bytes and `bytes` is its length.
 */
export const bundleMinutesSchema = z.strictObject({
  sha256: sha256HexSchema,
  bytes: z.int().nonnegative(),
});
export type BundleMinutes = z.infer<typeof bundleMinutesSchema>;

/**
 * One finalised verdict version as it leaves the workstation (DESIGN.md section 5, `.zzverdict`).
 * Strict at the top level: a field nobody knows would be signed yet silently ignored by the receiver.
 */
export const verdictBundleSchema = z.strictObject({
  format: z.literal('zzverdict'),
  version: z.literal(1),
  verdictId: idSchema,
  versionNo: z.int().positive(),
  /** Digest of the bundle this version amends; null for version 1. */
  supersedes: sha256HexSchema.nullable(),
  meetingId: idSchema,
  submissionId: idSchema,
  /** The `.zzpkg` the meeting was imported from; null for a meeting set up by hand. */
  packageId: z.string().min(1).nullable(),
  reviewType: reviewTypeSchema,
  rubricId: z.string().min(1),
  outcome: recommendationSchema,
  aggregate: submissionAggregateSchema,
  votes: z.array(voteSchema),
  scoresheets: z.array(bundleScoreSheetSchema),
  comments: z.array(reviewCommentSchema),
  conclusion: z.string(),
  revisionRequirements: z.array(z.string()),
  dissent: z.array(dissentSchema),
  recusals: z.array(recusalSchema),
  reconciliationNotes: z.array(reconciliationNoteSchema),
  finalizedAt: timestampSchema,
  finalizedBy: z.string().min(1),
  /** The minutes generated when this version was sealed; null in bundles from before the host generated them. */
  minutes: bundleMinutesSchema.nullable(),
  /**
   * The head of the workstation's hash-chained audit log just before this version was sealed, so the
   * signed bundle vouches for the log up to that point. Absent in bundles made before it was added.
   */
  auditHead: sha256HexSchema.optional(),
});
export type VerdictBundle = z.infer<typeof verdictBundleSchema>;

/** The bytes the device key signs and the digest hashes: UTF-8 of the bundle's RFC 8785 canonical JSON. */
export const bundleBytes = (bundle: VerdictBundle): Uint8Array => canonicalBytes(bundle);

/**
 * The bundle's identity: SHA-256 hex over `bundleBytes`. This is what a receipt carries and what
 * `supersedes` points at.
 */
export const bundleDigest = (bundle: VerdictBundle): string => sha256Hex(bundleBytes(bundle));
