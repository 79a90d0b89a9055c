import type { meetingReadCalls } from '../../../shared/api/calls/meeting-read-calls.js';
import type { HostHandlers } from '../../../shared/api/contract.js';
import { auditAsSeenBy, meetingAsSeenBy } from '../../../shared/meeting/meeting-as-seen.js';
import { requireMeetingOf, viewerOf } from './actor.js';
import type { MeetingDeps } from './meeting-deps.js';
import { readMeetingData } from './read-meeting-data.js';

type MeetingReadHandlers = Pick<HostHandlers, keyof typeof meetingReadCalls>;

export const createMeetingReadHandlers = ({ store, acting }: MeetingDeps): MeetingReadHandlers => ({
  'meetings.list': async () => store.read((tx) => tx.meetings.list()),
  'meeting.read': async ({ meetingId }, caller) => {
    requireMeetingOf(caller, meetingId);
    const data = store.read((tx) => readMeetingData(tx, meetingId));
    return data === null ? null : meetingAsSeenBy(data, viewerOf(caller, acting, meetingId));
  },
  'meeting.audit': async ({ meetingId }, caller) =>
    store.read((tx) => {
      const data = readMeetingData(tx, meetingId);
      return data === null ? [] : auditAsSeenBy(tx.audit.ofMeeting(meetingId), data, viewerOf(caller, acting, meetingId));
    }),
  'audit.verify': async () => store.verifyAuditChain(),
  'outbox.list': async () => store.read((tx) => tx.outbox.list()),
});
