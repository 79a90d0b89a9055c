import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleDigest } from '../../../shared/bundle/verdict-bundle.js';
import type { OutboxEntry } from '../../../shared/sync/outbox-entry.js';
import { testMeetingId } from '../../../test/support/meeting-host.js';
import { finaliseThroughPanel, openVerdictHost, type VerdictHost } from '../../../test/support/verdict-host.js';
import { confirmHeldBundle } from './held-bundle.js';

let host: VerdictHost;
let version: { verdictId: string; versionNo: number };
const at = '2026-11-29T09:00:00.000Z';

/** The finalised version as a restore leaves it: its entry held, and this store's ledger without it. */
const restoredAsHeld = (change: (entry: OutboxEntry) => OutboxEntry = (entry) => entry) => {
  host.store.database.exec('DROP TRIGGER signing_ledger_no_delete');
  host.store.database.prepare('DELETE FROM signing_ledger').run();
  host.store.writeNow({ meetingId: testMeetingId }, (tx) => {
    const entry = tx.outbox.ofVersion(version.verdictId, version.versionNo)!;
    tx.outbox.put(change({ ...entry, status: 'held' }));
  });
};

const state = () =>
  host.store.read((tx) => ({
    entry: tx.outbox.ofVersion(version.verdictId, version.versionNo),
    ledger: tx.ledger.signed(version.verdictId, version.versionNo),
    audit: tx.audit.ofMeeting(testMeetingId).map((e) => e.action),
  }));

beforeEach(async () => {
  host = await openVerdictHost('vote');
  const final = await finaliseThroughPanel(host);
  version = { verdictId: final.verdictId, versionNo: 1 };
});

afterEach(() => host.close());

describe('confirming a restored bundle', () => {
  it('enters the bundle of the stored final verdict in the signing ledger and lets it go', () => {
    restoredAsHeld();
    const confirmed = confirmHeldBundle(host.store, version, at);
    expect(confirmed).toMatchObject({ status: 'pending', nextAttemptAt: at, lastError: null });
    expect(state()).toMatchObject({ ledger: confirmed.bundleDigest });
    expect(state().audit.at(-1)).toBe('outbox.confirm-held');
  });

  it('refuses a restored bundle that says something other than the stored verdict, naming the field, and changes nothing', () => {
    restoredAsHeld((entry) => {
      const bundle = { ...entry.bundle, outcome: 'fail' as const };
      return { ...entry, bundle, bundleDigest: bundleDigest(bundle) };
    });
    const before = state();
    expect(() => confirmHeldBundle(host.store, version, at)).toThrow(expect.objectContaining({ code: 'refused', field: 'bundle.outcome' }));
    expect(state()).toEqual(before);
    expect(before.ledger).toBeNull();
  });

  it('refuses what is not waiting for a confirmation', () => {
    const before = state();
    expect(() => confirmHeldBundle(host.store, version, at)).toThrow(expect.objectContaining({ code: 'refused', message: expect.stringContaining('不是待确认') }));
    expect(() => confirmHeldBundle(host.store, { verdictId: 'V-NONE', versionNo: 1 }, at)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(state()).toEqual(before);
  });
});
