import type { Verdict } from '../model/verdict.js';
import { type EngineMessage, type EngineMessageCode, type EngineParams, engineMessage, verdictParam, zhText } from './engine-message.js';

/** A refusal: `reasonMessage` for any language, `reason` the same in Chinese. */
export type VersionRefusal = { ok: false; reason: string; reasonMessage: EngineMessage };

export type VersionResult = { ok: true; verdict: Verdict } | VersionRefusal;

const refused = <C extends EngineMessageCode>(code: C, params: EngineParams<C>): VersionRefusal => {
  const reasonMessage = engineMessage(code, params);
  return { ok: false, reason: zhText(reasonMessage), reasonMessage };
};

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

export const finaliseVerdict = (verdict: Verdict, by: { expertId: string; now: string }): VersionResult => {
  const named = verdictParam(verdict.reviewType);
  if (verdict.status === 'final') return refused('verdict.alreadyFinal', { verdict: named, versionNo: verdict.versionNo });
  if (verdict.outcome === null) return refused('verdict.noOutcome', { verdict: named });
  return { ok: true, verdict: { ...verdict, status: 'final', finalizedAt: by.now, finalizedBy: by.expertId } };
};

/**
 * A formal amendment of a finalised verdict: version n + 1, chained to version n by `supersedes`, the
 * digest of version n's bundle (DESIGN.md section 5): the one digest the screens, the receipt and
 * the bureau show for a verdict version.
 */
export const amendVerdict = (
  previous: Verdict,
  amendment: { id: string; changes: VerdictChanges; reason: string; by: string; now: string; supersedes: string },
): VersionResult => {
  const named = verdictParam(previous.reviewType);
  if (previous.status !== 'final') return refused('verdict.amendNotFinal', { verdict: named });
  if (amendment.reason.trim() === '') return refused('verdict.amendReasonMissing', { verdict: named });
  return {
    ok: true,
    verdict: {
      ...previous,
      ...amendment.changes,
      id: amendment.id,
      versionNo: previous.versionNo + 1,
      supersedes: amendment.supersedes,
      amendmentReason: amendment.reason.trim(),
      finalizedAt: amendment.now,
      finalizedBy: amendment.by,
      receipt: null,
    },
  };
};

/**
 * Checks that versions 1..n of one verdict are numbered in order and each points at its predecessor's
 * bundle digest, as `digestOf` knows it (the host's signing ledger).
 */
export const verifyVerdictChain = (
  versions: readonly Verdict[],
  digestOf: (version: Verdict) => string | null,
): { ok: true } | VersionRefusal => {
  for (const [index, version] of versions.entries()) {
    const previous = versions[index - 1];
    if (version.versionNo !== index + 1) {
      return refused('chain.versionNumber', { position: index + 1, versionNo: version.versionNo });
    }
    if (previous !== undefined && version.verdictId !== previous.verdictId) {
      return refused('chain.otherVerdict', { versionNo: version.versionNo, verdictId: version.verdictId });
    }
    const expected = previous === undefined ? null : digestOf(previous);
    if (version.supersedes !== expected) {
      return refused('chain.supersedes', { versionNo: version.versionNo });
    }
  }
  return { ok: true };
};
