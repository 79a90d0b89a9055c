import { create } from 'zustand';

/** Who this device joined as. Not a credential (that is the hub's HttpOnly cookie): it only preselects the join form. */
export type ExpertSession = { meetingId: string; expertId: string; name: string };

type SessionState = {
  session: ExpertSession | null;
  /** False after the hub said the session is gone: the join screen shows, the outbox waits. */
  joined: boolean;
  /** The PIN typed at the join, kept in memory for a first pledge, which sets it. */
  joinPin: string | null;
  join(session: ExpertSession, pin: string): void;
  expire(): void;
  leave(): void;
};

const storageKey = 'zz-expert-session';

const stored = (): ExpertSession | null => {
  try {
    const value = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as ExpertSession | null;
    return value !== null && typeof value.expertId === 'string' && typeof value.meetingId === 'string' ? value : null;
  } catch {
    return null;
  }
};

export const useExpertSession = create<SessionState>((set) => ({
  session: stored(),
  joined: stored() !== null,
  joinPin: null,
  join(session, pin) {
    localStorage.setItem(storageKey, JSON.stringify(session));
    set({ session, joined: true, joinPin: pin });
  },
  expire: () => set({ joined: false }),
  leave() {
    localStorage.removeItem(storageKey);
    set({ session: null, joined: false, joinPin: null });
  },
}));

/** Codes with which the hub says this device has no session (never joined, revoked, or the hub restarted). */
export const isSessionLost = (code: string): boolean => code === 'no-session' || code === 'session-revoked';
