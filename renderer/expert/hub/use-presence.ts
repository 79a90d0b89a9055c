import { useEffect } from 'react';
import { callHost } from '../../host/host-client.js';

/**
 * Tells the hub what this device shows (the secretary's dashboard follows it). Not queued: only the
 * latest matters, and the next screen change or reconnect says it again.
 */
export const usePresence = (submissionId: string | null, screen: string): void => {
  useEffect(() => {
    callHost('presence.update', { submissionId, screen }).catch(() => undefined);
  }, [submissionId, screen]);
};
