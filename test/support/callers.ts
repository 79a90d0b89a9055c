import type { Caller } from '../../shared/api/caller.js';

/** The secretary's app at the workstation, as a transport would authenticate it. */
export const workstationCaller: Caller = { scope: 'workstation', clientId: 'test-workstation' };

/** One expert's own device, bound to their meeting. */
export const expertCaller = (meetingId: string, expertId: string): Caller => ({ scope: 'expert', clientId: `test-${expertId}`, meetingId, expertId });
