import { digestOf } from '../digest/digest.js';
import type { Verdict } from '../model/verdict.js';

export type VersionResult = { ok: true; verdict: Verdict } | { ok: false; reason: string };

/** What an amendment may change; ids, chaining and signatures are the engine's to set. */
export type VerdictChanges = Partial<
  Pick<
    Verdict,
    | 'outcome'
    | 'explanation'
    | 'aggregate'
    | 'votes'
    | 'conclusion'
    | 'revisionRequirements'
    | 'dissent'
    | 'reconciliationNotes'
    | 'vetoRulings'
  >
>;

/**
 * The digest a later version's `supersedes` points at: SHA-256 of the RFC 8785 canonical JSON of the
 * version without its bureau receipt, which arrives after the fact and must not change the chain.
 */
export const verdictDigest = (verdict: Verdict): string => {
  const { receipt: _receipt, ...content } = verdict;
  return digestOf(content);
};

export const finaliseVerdict = (verdict: Verdict, by: { expertId: string; now: string }): VersionResult => {
  if (verdict.status === 'final') return { ok: false, reason: `审评结论第 ${verdict.versionNo} 版已定稿` };
  if (verdict.outcome === null) return { ok: false, reason: '审评结论尚无结果，不能定稿' };
  return { ok: true, verdict: { ...verdict, status: 'final', finalizedAt: by.now, finalizedBy: by.expertId } };
};

/** A formal amendment of a finalised verdict: version n + 1, chained to version n by its digest. */
export const amendVerdict = (
  previous: Verdict,
  amendment: { id: string; changes: VerdictChanges; reason: string; by: string; now: string },
): VersionResult => {
  if (previous.status !== 'final') return { ok: false, reason: '只有已定稿的审评结论才能修订；定稿前请直接修改' };
  if (amendment.reason.trim() === '') return { ok: false, reason: '修订审评结论须写明修订理由' };
  return {
    ok: true,
    verdict: {
      ...previous,
      ...amendment.changes,
      id: amendment.id,
      versionNo: previous.versionNo + 1,
      supersedes: verdictDigest(previous),
      amendmentReason: amendment.reason.trim(),
      finalizedAt: amendment.now,
      finalizedBy: amendment.by,
      receipt: null,
    },
  };
};

/** Checks that versions 1..n of one verdict are numbered in order and each points at its predecessor's digest. */
export const verifyVerdictChain = (versions: readonly Verdict[]): { ok: true } | { ok: false; reason: string } => {
  for (const [index, version] of versions.entries()) {
    const previous = versions[index - 1];
    if (version.versionNo !== index + 1) {
      return { ok: false, reason: `第 ${index + 1} 个版本的版本号为 ${version.versionNo}` };
    }
    if (previous !== undefined && version.verdictId !== previous.verdictId) {
      return { ok: false, reason: `第 ${version.versionNo} 版属于另一份结论 ${version.verdictId}` };
    }
    const expected = previous === undefined ? null : verdictDigest(previous);
    if (version.supersedes !== expected) {
      return { ok: false, reason: `第 ${version.versionNo} 版的 supersedes 与上一版摘要不符` };
    }
  }
  return { ok: true };
};
