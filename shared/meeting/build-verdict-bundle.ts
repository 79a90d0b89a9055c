import { type BundleMinutes, type VerdictBundle, verdictBundleSchema } from '../bundle/verdict-bundle.js';
import type { ReviewComment } from '../model/comment.js';
import type { Meeting } from '../model/meeting.js';
import type { Recusal } from '../model/recusal.js';
import type { ScoreSheet } from '../model/score-sheet.js';
import type { Verdict } from '../model/verdict.js';

export type VerdictBundleSources = {
  meeting: Pick<Meeting, 'id' | 'packageId'>;
  /** A finalised verdict version. */
  verdict: Verdict;
  sheets: readonly ScoreSheet[];
  comments: readonly ReviewComment[];
  recusals: readonly Recusal[];
  /** Digest of the bundle of the version this one amends; null for version 1. It must be the verdict's own `supersedes`. */
  previousBundleDigest: string | null;
  /** The minutes generated at finalisation (or amendment), identified by their bytes. */
  minutes?: BundleMinutes | null;
  /** The head of the workstation's audit chain when the version was sealed. */
  auditHead?: string;
};

/**
 * The `.zzverdict` bundle of one finalised verdict version, from the stored meeting. Sheets leave with
 * their submitted versions only; records of other submissions are left out. Throws when the verdict
 * is not final or the result does not match the bundle schema (naming the field), so nothing
 * malformed is ever queued.
 */
export const buildVerdictBundle = (sources: VerdictBundleSources): VerdictBundle => {
  const { verdict, meeting } = sources;
  if (verdict.status !== 'final' || verdict.finalizedAt === null || verdict.finalizedBy === null || verdict.outcome === null) {
    throw new Error(`审评结论 ${verdict.verdictId} 第 ${verdict.versionNo} 版尚未定稿，不能生成上报包`);
  }
  if (verdict.supersedes !== sources.previousBundleDigest) {
    throw new Error(`审评结论 ${verdict.verdictId} 第 ${verdict.versionNo} 版的 supersedes 与上一版上报包的摘要不符`);
  }
  const ofSubmission = <T extends { submissionId: string }>(rows: readonly T[]) =>
    rows.filter((r) => r.submissionId === verdict.submissionId);
  return verdictBundleSchema.parse({
    format: 'zzverdict',
    version: 1,
    verdictId: verdict.verdictId,
    versionNo: verdict.versionNo,
    supersedes: sources.previousBundleDigest,
    meetingId: meeting.id,
    submissionId: verdict.submissionId,
    packageId: meeting.packageId,
    reviewType: verdict.reviewType,
    rubricId: verdict.rubricId,
    outcome: verdict.outcome,
    aggregate: verdict.aggregate,
    votes: verdict.votes,
    scoresheets: ofSubmission(sources.sheets)
      .filter((s) => s.versions.length > 0)
      .map(({ draft: _draft, status: _status, updatedAt: _updatedAt, ...sheet }) => sheet),
    comments: ofSubmission(sources.comments),
    conclusion: verdict.conclusion,
    revisionRequirements: verdict.revisionRequirements,
    dissent: verdict.dissent,
    recusals: ofSubmission(sources.recusals),
    reconciliationNotes: verdict.reconciliationNotes,
    finalizedAt: verdict.finalizedAt,
    finalizedBy: verdict.finalizedBy,
    minutes: sources.minutes ?? null,
    ...(sources.auditHead === undefined ? {} : { auditHead: sources.auditHead }),
  });
};
