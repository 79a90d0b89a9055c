import { callHost } from '../../host/host-client.js';

/** Check-in or absence of one expert; resolves once the host has stored it with its audit entry. */
export const setAttendance = async (meetingId: string, expertId: string, present: boolean): Promise<void> => {
  await callHost('expert.setAttendance', { meetingId, expertId, present });
};

/**
 * The expert's signed pledge with their drawn signature and a new PIN, which the host hashes. Signing
 * again (a forgotten PIN) takes the old PIN, or the chair unlocked here before scoring starts.
 */
export const signPledge = async (meetingId: string, expertId: string, signatureImage: string, pin: string, oldPin?: string): Promise<void> => {
  await callHost('pledge.sign', { meetingId, expertId, signatureImage, pin, ...(oldPin === undefined ? {} : { oldPin }) });
};
