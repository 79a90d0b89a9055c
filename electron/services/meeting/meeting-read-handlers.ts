import type { meetingReadCalls } from '../../../shared/api/calls/meeting-read-calls.js';
import type { HostHandlers } from '../../../shared/api/contract.js';
import { auditAsSeenBy, meetingBasisAfter, meetingBasisOf, seenThrough, type MeetingBasis } from '../../../shared/meeting/meeting-as-seen.js';
import { requireMeetingOf, viewerOf } from './actor.js';
import type { MeetingDeps } from './meeting-deps.js';
import { readMeetingData, rereadSubmissions } from './read-meeting-data.js';

type MeetingReadHandlers = Pick<HostHandlers, keyof typeof meetingReadCalls>;

export const createMeetingReadHandlers = ({ store, acting }: MeetingDeps): MeetingReadHandlers => {
  /**
   * The latest state of each meeting read, with what every viewer's view of it is made from: after
   * a change, every screen in the room reads the meeting again, and all but the first find it here.
   * The first brings it up to date by reading and judging again only the submissions written since
   * (`touchedSince`): thirty sheets submitted one after another cost thirty submissions, not thirty
   * meetings. Each viewer still gets only what it may see (`seenThrough`).
   */
  const latest = new Map<string, { revision: string; basis: MeetingBasis | null }>();
  const basisOf = (meetingId: string): MeetingBasis | null => {
    const revision = store.revision();
    const kept = latest.get(meetingId);
    if (kept?.revision === revision) return kept.basis;
    const touched = kept?.basis == null ? 'whole' : store.touchedSince(kept.revision, meetingId);
    const basis = store.read((tx) => {
      if (touched !== 'whole' && kept?.basis != null) return meetingBasisAfter(kept.basis, rereadSubmissions(tx, kept.basis.data, touched), touched);
      const data = readMeetingData(tx, meetingId);
      return data === null ? null : meetingBasisOf(data);
    });
    latest.set(meetingId, { revision, basis });
    return basis;
  };
  return {
    'meetings.list': async () => store.read((tx) => tx.meetings.list()),
    'meeting.read': async ({ meetingId }, caller) => {
      requireMeetingOf(caller, meetingId);
      const basis = basisOf(meetingId);
      return basis === null ? null : seenThrough(basis, viewerOf(caller, acting, meetingId), caller.scope === 'expert' ? 'device' : 'workstation');
    },
    'meeting.audit': async ({ meetingId }, caller) =>
      store.read((tx) => {
        const data = readMeetingData(tx, meetingId);
        return data === null ? [] : auditAsSeenBy(tx.audit.ofMeeting(meetingId), data, viewerOf(caller, acting, meetingId));
      }),
    'audit.verify': async () => store.verifyAuditChain(),
    'outbox.list': async () => store.read((tx) => tx.outbox.list()),
  };
};
