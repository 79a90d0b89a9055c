import type { MeetingData } from '../../shared/meeting/meeting-data.js';
import { callHost } from '../host/host-client.js';
import { useHostQuery } from '../host/use-host-query.js';

export type { MeetingData } from '../../shared/meeting/meeting-data.js';

/** The meeting as the host lets this screen see it, read in one transaction there. */
export const readMeeting = (meetingId: string): Promise<MeetingData | null> => callHost('meeting.read', { meetingId });

/**
 * The live snapshot of one meeting: `undefined` while loading, `null` when no such meeting exists.
 * Read again whenever the host says the meeting changed, whoever changed it.
 */
export const useMeeting = (meetingId: string): MeetingData | null | undefined => useHostQuery(() => readMeeting(meetingId), [], meetingId);
