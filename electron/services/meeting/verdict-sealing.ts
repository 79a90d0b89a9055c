import { HostFailure } from '../../../shared/api/result.js';
import { bundleDigest, type BundleMinutes } from '../../../shared/bundle/verdict-bundle.js';
import { buildVerdictBundle } from '../../../shared/meeting/build-verdict-bundle.js';
import type { Verdict } from '../../../shared/model/verdict.js';
import type { OutboxEntry } from '../../../shared/sync/outbox-entry.js';
import type { MeetingTx } from './meeting-store.js';
import type { VerdictContext } from './verdict-context.js';

export type VerdictVersion = Pick<Verdict, 'verdictId' | 'versionNo'>;

export const versionName = ({ verdictId, versionNo }: VerdictVersion): string => `审评结论 ${verdictId} 第 ${versionNo} 版`;

/** The bundle digest the device key signed for a version; refuses when its signing ledger has none, since nothing can be chained to it. */
export const ledgerDigestOf = (tx: MeetingTx, version: VerdictVersion): string => {
  const digest = tx.ledger.signed(version.verdictId, version.versionNo);
  if (digest === null) throw new HostFailure('refused', `本机的签名记录中没有${versionName(version)}，不能在其上修订`, 'submissionId');
  return digest;
};

/** What `supersedes` must name: the ledger's digest of the version before; null for version 1. */
const previousBundleDigest = (tx: MeetingTx, verdict: Verdict): string | null =>
  verdict.versionNo === 1 ? null : ledgerDigestOf(tx, { verdictId: verdict.verdictId, versionNo: verdict.versionNo - 1 });

/**
 * Seals a finalised (or amended) version inside the transaction that stores it: builds its bundle
 * from the store's own data with the minutes' digest and the audit chain's head, enters its digest
 * in the signing ledger (the only bundle the device key will ever sign for this version), and
 * queues exactly one outbox entry for it. Refuses content other than what the ledger already holds,
 * and a second entry for a version.
 */
export const sealVersion = (tx: MeetingTx, { data }: VerdictContext, verdict: Verdict, minutes: BundleMinutes, at: string): OutboxEntry => {
  const bundle = buildVerdictBundle({
    meeting: data.meeting,
    verdict,
    sheets: data.scoreSheets,
    comments: data.comments,
    recusals: data.recusals,
    previousBundleDigest: previousBundleDigest(tx, verdict),
    minutes,
    auditHead: tx.audit.head(),
  });
  const digest = bundleDigest(bundle);
  const signed = tx.ledger.signed(verdict.verdictId, verdict.versionNo);
  if (signed !== null && signed !== digest) {
    throw new HostFailure('refused', `本机已为${versionName(verdict)}签署过内容不同的上报包（摘要 ${signed}），不会再签署另一份`, 'submissionId');
  }
  const id = `${verdict.verdictId}/${verdict.versionNo}`;
  if (tx.outbox.ofVersion(verdict.verdictId, verdict.versionNo) !== undefined || tx.outbox.get(id) !== undefined) {
    throw new HostFailure('refused', `${versionName(verdict)}已在上报队列中`, 'submissionId');
  }
  if (signed === null) tx.ledger.record(verdict.verdictId, verdict.versionNo, digest, at);
  return tx.outbox.put({
    id,
    meetingId: verdict.meetingId,
    verdictId: verdict.verdictId,
    versionNo: verdict.versionNo,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: at,
    lastError: null,
    receipt: null,
    bundle,
    bundleDigest: digest,
  });
};
