import { type MeetingZone, meetingTime } from '../../../shared/meeting/meeting-time-zone.js';

/**
 * A stored timestamp as the meeting room reads it, to the minute, in the meeting's zone: the same
 * clock the documents print, whatever zone this computer is set to. Device events that belong to no
 * meeting (enrollment, last contact) read in the programme's zone.
 */
export const formatTime = (iso: string | null, meeting: MeetingZone = {}): string => (iso === null ? '' : meetingTime(iso, meeting, 'minute'));
