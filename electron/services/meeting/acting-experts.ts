export type ActingExpert = { meetingId: string; expertId: string };

export type ActingExperts = {
  /** The expert unlocked at this client, or null: none was, or they were idle longer than the idle lock allows. */
  current(clientId: string): ActingExpert | null;
  /** Milliseconds until the idle lock falls at this client unless the expert acts; null when nobody acts there. */
  lockInMs(clientId: string): number | null;
  actAs(clientId: string, acting: ActingExpert): void;
  /** Counts as activity: the idle lock starts again from now. */
  touch(clientId: string): void;
  lock(clientId: string): void;
  /** After a restore the meetings are other records: everyone unlocks again with the PIN the restored pledge holds. */
  lockAll(): void;
};

/**
 * Who is unlocked at each workstation client, kept in the host's memory: a reload or a new tab of
 * the same client keeps the expert, and a host restart locks everyone (their PIN brings them back).
 */
export const createActingExperts = (idleLockMs: () => number, now: () => number = Date.now): ActingExperts => {
  const byClient = new Map<string, ActingExpert & { lastActivity: number }>();
  const current = (clientId: string): ActingExpert | null => {
    const acting = byClient.get(clientId);
    if (acting === undefined) return null;
    if (now() - acting.lastActivity > idleLockMs()) {
      byClient.delete(clientId);
      return null;
    }
    return { meetingId: acting.meetingId, expertId: acting.expertId };
  };
  return {
    current,
    lockInMs(clientId) {
      const acting = current(clientId) === null ? undefined : byClient.get(clientId);
      return acting === undefined ? null : Math.max(0, acting.lastActivity + idleLockMs() - now());
    },
    actAs(clientId, acting) {
      byClient.set(clientId, { ...acting, lastActivity: now() });
    },
    touch(clientId) {
      const acting = current(clientId);
      if (acting !== null) byClient.set(clientId, { ...acting, lastActivity: now() });
    },
    lock(clientId) {
      byClient.delete(clientId);
    },
    lockAll() {
      byClient.clear();
    },
  };
};
