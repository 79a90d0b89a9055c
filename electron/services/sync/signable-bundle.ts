import { HostFailure } from '../../../shared/api/result.js';
import { bundleDigest } from '../../../shared/bundle/verdict-bundle.js';
import type { OutboxEntry } from '../../../shared/sync/outbox-entry.js';
import type { MeetingTx } from '../meeting/meeting-store.js';
import { type VerdictVersion, versionName } from '../meeting/verdict-sealing.js';

/** The outbox entry of one verdict version, or a refusal naming it. */
export const outboxEntryOf = (tx: MeetingTx, version: VerdictVersion): OutboxEntry => {
  const entry = tx.outbox.ofVersion(version.verdictId, version.versionNo);
  if (entry === undefined) throw new HostFailure('not-found', `上报队列中没有${versionName(version)}`, 'verdictId');
  return entry;
};

/**
 * The outbox entry whose bundle the device key may sign: exactly the bundle the signing ledger
 * recorded when the version was finalised or amended on this workstation. A restored bundle waits
 * for the secretary's confirmation; anything else (a bundle changed in the store, a version the
 * ledger never saw) is refused, whoever asks.
 */
export const signableEntry = (tx: MeetingTx, version: VerdictVersion): OutboxEntry => {
  const entry = outboxEntryOf(tx, version);
  if (entry.status === 'held') {
    throw new HostFailure('refused', `${versionName(version)}来自恢复的备份，须由秘书确认后才能签名上报`, 'versionNo');
  }
  const signed = tx.ledger.signed(version.verdictId, version.versionNo);
  if (signed === null) {
    throw new HostFailure('refused', `本机的签名记录中没有${versionName(version)}：设备密钥只签署本机定稿或修订时生成的上报包`, 'versionNo');
  }
  if (entry.bundleDigest !== signed || bundleDigest(entry.bundle) !== signed) {
    throw new HostFailure('refused', `${versionName(version)}的上报包与定稿时签署的内容不符（应为摘要 ${signed}），拒绝签名`, 'versionNo');
  }
  return entry;
};
