import { HostFailure } from '../../../shared/api/result.js';
import { type VerdictBundle, bundleDigest } from '../../../shared/bundle/verdict-bundle.js';
import type { Verdict } from '../../../shared/model/verdict.js';
import type { OutboxEntry } from '../../../shared/sync/outbox-entry.js';
import type { MeetingStore } from '../meeting/meeting-store.js';
import { type VerdictVersion, versionName } from '../meeting/verdict-sealing.js';
import { outboxEntryOf } from './signable-bundle.js';

/** The fields a bundle copies from its verdict version: a restored bundle must say what the restored verdict says. */
const sameAsVerdict = (bundle: VerdictBundle, verdict: Verdict): string | null => {
  const pairs: [string, unknown, unknown][] = [
    ['meetingId', bundle.meetingId, verdict.meetingId],
    ['submissionId', bundle.submissionId, verdict.submissionId],
    ['outcome', bundle.outcome, verdict.outcome],
    ['conclusion', bundle.conclusion, verdict.conclusion],
    ['revisionRequirements', JSON.stringify(bundle.revisionRequirements), JSON.stringify(verdict.revisionRequirements)],
    ['supersedes', bundle.supersedes, verdict.supersedes],
    ['finalizedAt', bundle.finalizedAt, verdict.finalizedAt],
    ['finalizedBy', bundle.finalizedBy, verdict.finalizedBy],
  ];
  return pairs.find(([, a, b]) => a !== b)?.[0] ?? null;
};

/**
 * The secretary confirms a bundle restored from a backup (`held`): it must be the bundle of the
 * stored final verdict version, chained to the version before as the signing ledger knows it, and
 * not contradict what the ledger holds for its own version. Then it is entered in the ledger and
 * sent like any other; until then the device key signs nothing of it.
 */
export const confirmHeldBundle = (store: MeetingStore, version: VerdictVersion, at: string): OutboxEntry => {
  const refuse = (why: string, field = 'versionNo') => new HostFailure('refused', `${versionName(version)}不能确认上报：${why}`, field);
  const meetingId = store.read((tx) => outboxEntryOf(tx, version).meetingId);
  return store.writeNow({ meetingId }, (tx) => {
    const entry = outboxEntryOf(tx, version);
    if (entry.status !== 'held') throw refuse('它不是待确认的恢复上报包');
    const digest = bundleDigest(entry.bundle);
    if (entry.bundleDigest !== digest) throw refuse('上报包的内容与其记录的摘要不符');
    const verdict = tx.verdicts
      .list(entry.meetingId, { submissionId: entry.bundle.submissionId })
      .find((v) => v.verdictId === version.verdictId && v.versionNo === version.versionNo);
    if (verdict?.status !== 'final') throw refuse('找不到对应的已定稿审评结论');
    const differing = sameAsVerdict(entry.bundle, verdict);
    if (differing !== null) throw refuse(`上报包的 ${differing} 与已定稿的审评结论不一致`, `bundle.${differing}`);
    const previous = version.versionNo === 1 ? null : tx.ledger.signed(version.verdictId, version.versionNo - 1);
    if (version.versionNo > 1 && entry.bundle.supersedes !== previous) throw refuse('supersedes 与本机签名记录中上一版的摘要不符', 'bundle.supersedes');
    const signed = tx.ledger.signed(version.verdictId, version.versionNo);
    if (signed !== null && signed !== digest) throw refuse(`本机已为该版本签署过内容不同的上报包（摘要 ${signed}）`);
    if (signed === null) tx.ledger.record(version.verdictId, version.versionNo, digest, at);
    tx.audit.append({
      meetingId: entry.meetingId,
      submissionId: entry.bundle.submissionId,
      actor: 'secretary',
      at,
      action: 'outbox.confirm-held',
      details: { verdictId: version.verdictId, versionNo: version.versionNo, bundleDigest: digest },
    });
    return tx.outbox.put({ ...entry, status: 'pending', nextAttemptAt: at, lastError: null });
  });
};
