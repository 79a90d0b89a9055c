import { useState } from 'react';
import type { HubStatus } from '../../../shared/api/calls/hub-calls.js';
import { callHost } from '../../host/host-client.js';
import { useHostQuery } from '../../host/use-host-query.js';

export type HubStatusView = {
  /** `undefined` while loading. */
  status: HubStatus | undefined;
  /** Shows the status a hub call answered with at once, until the host's next announced change is read. */
  show(status: HubStatus): void;
};

/**
 * The hub as the host reports it, read again whenever the host announces a change of the hub's
 * state for this meeting (a device joining, leaving, being revoked or showing another screen) —
 * and only then: the meeting's own commits leave it as it was.
 */
export const useHubStatus = (meetingId: string): HubStatusView => {
  const read = useHostQuery(() => callHost('hub.status', {}), [], meetingId, { kind: 'hub' });
  // An answer holds only over the read it followed: the next read is at least as new.
  const [answered, setAnswered] = useState<{ status: HubStatus; over: HubStatus | undefined } | null>(null);
  const status = answered !== null && answered.over === read ? answered.status : read;
  return { status, show: (next) => setAnswered({ status: next, over: read }) };
};

/** The hub's sessions for this meeting; none while it is off or serving another meeting. */
export const sessionsOf = (status: HubStatus | undefined, meetingId: string): HubStatus['sessions'] =>
  status?.running === true && status.meetingId === meetingId ? status.sessions : [];
