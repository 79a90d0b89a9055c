import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { HubSession, PresenceViewing } from '../../shared/api/calls/hub-calls.js';
import type { MeetingStore } from '../services/meeting/meeting-store.js';
import type { HubSessionRow } from './hub-records.js';

type LiveSession = HubSession & { meetingId: string; credentialHash: string; ended: Set<() => void> };

/** `pending`: the device joined without a PIN (an expert who has not pledged) and waits for the secretary to admit it. */
export type SessionLookup = { kind: 'live'; session: LiveSession } | { kind: 'pending'; session: LiveSession } | { kind: 'revoked' } | { kind: 'none' };

/** What the store keeps of a credential: enough to recognise the cookie, nothing a thief of the file could send. */
export const credentialHashOf = (credential: string): string => createHash('sha256').update(credential).digest('hex');

export type HubSessionsOptions = {
  meetingId: string;
  store: MeetingStore;
  now: () => string;
  /** Hears what changes in memory only (what a device shows); the store's commits announce the rest. */
  onChange: () => void;
  /** The sessions of this meeting the store kept, when the hub takes up a run again after the workstation restarted. */
  restored?: readonly (HubSessionRow & { name: string })[];
};

/**
 * The experts' devices joined to the hub: a session per device (the same expert on two devices has
 * two), found by the SHA-256 of the random credential its cookie carries. Every session begun,
 * admitted, revoked or left is committed to the meeting store before the device or the secretary is
 * answered, so a workstation killed and started again knows the same devices; what each one shows
 * and when it was last heard from stay in memory. A revoked credential is remembered so the device is
 * told why it was let go. A device that joined on the meeting code alone (its expert has no PIN yet)
 * is held until the secretary admits it: anyone who reads the code could otherwise claim that expert.
 */
export const createHubSessions = ({ meetingId, store, now, onChange, restored = [] }: HubSessionsOptions) => {
  const live = new Map<string, LiveSession>();
  const revoked = new Set<string>();
  for (const row of restored) {
    if (row.meetingId !== meetingId) continue;
    if (row.revoked) revoked.add(row.credentialHash);
    else live.set(row.credentialHash, { ...row, lastSeenAt: row.joinedAt, viewing: null, ended: new Set() });
  }

  const announced = { meetingId, kind: 'hub' } as const;
  const save = (session: LiveSession, asRevoked: boolean) => {
    const { credentialHash, sessionId, expertId, address, admitted, joinedAt } = session;
    return store.write(announced, (tx) => tx.hubSessions.put({ credentialHash, sessionId, meetingId, expertId, address, admitted, revoked: asRevoked, joinedAt }));
  };
  const end = (session: LiveSession) => {
    live.delete(session.credentialHash);
    for (const listener of session.ended) listener();
  };
  const byId = (sessionId: string) => [...live.values()].find((candidate) => candidate.sessionId === sessionId);

  return {
    /** Resolves once the session is on disk: only then may the device be given its cookie. */
    async open(entry: { expertId: string; name: string; address: string; admitted: boolean }): Promise<{ credential: string; session: LiveSession }> {
      const credential = randomBytes(32).toString('base64url');
      const at = now();
      const session: LiveSession = { ...entry, meetingId, credentialHash: credentialHashOf(credential), sessionId: randomUUID(), joinedAt: at, lastSeenAt: at, viewing: null, ended: new Set() };
      await save(session, false);
      live.set(session.credentialHash, session);
      return { credential, session };
    },
    /** The session a cookie names, counting the request as the device's sign of life. */
    lookup(credential: string | null): SessionLookup {
      if (credential === null) return { kind: 'none' };
      const hash = credentialHashOf(credential);
      const session = live.get(hash);
      if (session !== undefined) {
        session.lastSeenAt = now();
        return { kind: session.admitted ? 'live' : 'pending', session };
      }
      return revoked.has(hash) ? { kind: 'revoked' } : { kind: 'none' };
    },
    async leave(credential: string | null): Promise<void> {
      const session = credential === null ? undefined : live.get(credentialHashOf(credential));
      if (session === undefined) return;
      end(session);
      await store.write(announced, (tx) => tx.hubSessions.delete(session.credentialHash));
    },
    /** False when no session waiting for admission has this id. */
    async admit(sessionId: string): Promise<boolean> {
      const session = byId(sessionId);
      if (session === undefined || session.admitted) return false;
      await save({ ...session, admitted: true }, false);
      session.admitted = true;
      return true;
    },
    /** False when no live session has this id; refusing a device waiting for admission is revoking it. Refused at once, on disk before the answer. */
    async revoke(sessionId: string): Promise<boolean> {
      const session = byId(sessionId);
      if (session === undefined) return false;
      revoked.add(session.credentialHash);
      end(session);
      await save(session, true);
      return true;
    },
    /** False when no live session has this id; the workstation hears only of a change, not of a device repeating itself. */
    setViewing(sessionId: string, viewing: PresenceViewing): boolean {
      const session = byId(sessionId);
      if (session === undefined) return false;
      const changed = session.viewing?.submissionId !== viewing.submissionId || session.viewing.screen !== viewing.screen;
      session.viewing = viewing;
      if (changed) onChange();
      return true;
    },
    list: (): HubSession[] =>
      [...live.values()].map(({ sessionId, expertId, name, address, admitted, joinedAt, lastSeenAt, viewing }) => ({ sessionId, expertId, name, address, admitted, joinedAt, lastSeenAt, viewing })),
    /** Ends every session in memory as the hub stops; the hub forgets them in the store with its run. */
    clear(): void {
      for (const session of [...live.values()]) end(session);
      revoked.clear();
    },
  };
};
export type HubSessions = ReturnType<typeof createHubSessions>;
