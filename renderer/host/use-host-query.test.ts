import { describe, expect, it } from 'vitest';
import type { HostChange } from './host-client.js';
import { concerns } from './use-host-query.js';

const change = (over: Partial<HostChange>): HostChange => ({ meetingId: 'M-1', kind: 'meeting', submissionId: null, revision: 1, ...over });

describe('which changes make a query read again', () => {
  it('reads a meeting again for its own records or everything’s, not for another meeting’s nor for the hub’s state', () => {
    expect(concerns(change({}), 'M-1')).toBe(true);
    expect(concerns(change({ meetingId: null }), 'M-1')).toBe(true);
    expect(concerns(change({ meetingId: 'M-2' }), 'M-1')).toBe(false);
    expect(concerns(change({ kind: 'hub' }), 'M-1')).toBe(false);
    expect(concerns(change({ meetingId: 'M-2' }), null)).toBe(true);
  });

  it('reads the hub’s state again only for the hub’s changes', () => {
    expect(concerns(change({ kind: 'hub' }), 'M-1', { kind: 'hub' })).toBe(true);
    expect(concerns(change({ kind: 'hub', meetingId: null }), 'M-1', { kind: 'hub' })).toBe(true);
    expect(concerns(change({}), 'M-1', { kind: 'hub' })).toBe(false);
  });

  it('reads one submission’s part again for that submission or the whole meeting, not for another submission', () => {
    const watch = { submissionId: 'S01' };
    expect(concerns(change({ submissionId: 'S01' }), 'M-1', watch)).toBe(true);
    expect(concerns(change({ submissionId: null }), 'M-1', watch)).toBe(true);
    expect(concerns(change({ submissionId: 'S02' }), 'M-1', watch)).toBe(false);
  });

  it('reads everything again once a lost stream is back', () => {
    const resync = change({ meetingId: null, kind: 'resync', revision: -1 });
    expect(concerns(resync, 'M-1')).toBe(true);
    expect(concerns(resync, 'M-1', { kind: 'hub' })).toBe(true);
    expect(concerns(resync, 'M-1', { submissionId: 'S01' })).toBe(true);
  });
});
