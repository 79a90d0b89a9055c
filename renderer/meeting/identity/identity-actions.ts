import { callHost } from '../../host/host-client.js';
import { refreshActingExpert, showLocked } from './acting-expert.js';

/**
 * The expert's PIN, checked in the host. A wrong one comes back with the count of wrong PINs (the
 * host keeps it, so a new tab does not reset it); a lockout in force is refused as `locked-out`.
 */
export const unlockExpert = async (meetingId: string, expertId: string, pin: string) => {
  const result = await callHost('identity.unlock', { meetingId, expertId, pin });
  if (result.unlocked) await refreshActingExpert();
  return result;
};

/** 「切换专家/锁定」: nobody acts at this workstation any more. */
export const lockActingExpert = async (): Promise<void> => {
  await callHost('identity.lock', {});
  showLocked();
};
