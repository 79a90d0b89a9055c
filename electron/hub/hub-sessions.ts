import { randomBytes, randomUUID } from 'node:crypto';
import type { HubSession, PresenceViewing } from '../../shared/api/calls/hub-calls.js';

type LiveSession = HubSession & { meetingId: string; ended: Set<() => void> };

/** `pending`: the device joined without a PIN (an expert who has not pledged) and waits for the secretary to admit it. */
export type SessionLookup = { kind: 'live'; session: LiveSession } | { kind: 'pending'; session: LiveSession } | { kind: 'revoked' } | { kind: 'none' };

/**
 * The experts' devices joined to the hub, in memory: a session per device (the same expert on two
 * devices has two), found by the random credential its cookie carries. A revoked credential is
 * remembered so the device is told why it was let go. A device that joined on the meeting code alone
 * (its expert has no PIN yet) is held until the secretary admits it: anyone who reads the code could
 * otherwise claim that expert. `onChange` hears of every session that begins, is admitted or ends and
 * every change of what one shows, for the secretary's screen.
 */
export const createHubSessions = (now: () => string, onChange: () => void) => {
  const live = new Map<string, LiveSession>();
  const revoked = new Set<string>();

  const end = (credential: string, session: LiveSession) => {
    live.delete(credential);
    for (const listener of session.ended) listener();
  };

  return {
    open(entry: { meetingId: string; expertId: string; name: string; address: string; admitted: boolean }): { credential: string; session: LiveSession } {
      const credential = randomBytes(32).toString('base64url');
      const at = now();
      const session: LiveSession = { ...entry, sessionId: randomUUID(), joinedAt: at, lastSeenAt: at, viewing: null, ended: new Set() };
      live.set(credential, session);
      onChange();
      return { credential, session };
    },
    /** The session a cookie names, counting the request as the device's sign of life. */
    lookup(credential: string | null): SessionLookup {
      if (credential === null) return { kind: 'none' };
      const session = live.get(credential);
      if (session !== undefined) {
        session.lastSeenAt = now();
        return { kind: session.admitted ? 'live' : 'pending', session };
      }
      return revoked.has(credential) ? { kind: 'revoked' } : { kind: 'none' };
    },
    leave(credential: string | null): void {
      const session = credential === null ? undefined : live.get(credential);
      if (credential === null || session === undefined) return;
      end(credential, session);
      onChange();
    },
    /** False when no session waiting for admission has this id. */
    admit(sessionId: string): boolean {
      const session = [...live.values()].find((candidate) => candidate.sessionId === sessionId && !candidate.admitted);
      if (session === undefined) return false;
      session.admitted = true;
      onChange();
      return true;
    },
    /** False when no live session has this id; refusing a device waiting for admission is revoking it. */
    revoke(sessionId: string): boolean {
      const found = [...live].find(([, session]) => session.sessionId === sessionId);
      if (found === undefined) return false;
      revoked.add(found[0]);
      end(found[0], found[1]);
      onChange();
      return true;
    },
    /** False when no live session has this id; the workstation hears only of a change, not of a device repeating itself. */
    setViewing(sessionId: string, viewing: PresenceViewing): boolean {
      const session = [...live.values()].find((candidate) => candidate.sessionId === sessionId);
      if (session === undefined) return false;
      const changed = session.viewing?.submissionId !== viewing.submissionId || session.viewing.screen !== viewing.screen;
      session.viewing = viewing;
      if (changed) onChange();
      return true;
    },
    list: (): HubSession[] =>
      [...live.values()].map(({ sessionId, expertId, name, address, admitted, joinedAt, lastSeenAt, viewing }) => ({ sessionId, expertId, name, address, admitted, joinedAt, lastSeenAt, viewing })),
    /** Ends every session, as the hub stops (which tells the workstation once). */
    clear(): void {
      for (const [credential, session] of [...live]) end(credential, session);
      revoked.clear();
    },
  };
};
export type HubSessions = ReturnType<typeof createHubSessions>;
