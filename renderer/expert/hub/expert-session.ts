import { create } from 'zustand';

/** Who this device joined as. Not a credential (that is the hub's HttpOnly cookie): it only preselects the join form. */
export type ExpertSession = { meetingId: string; expertId: string; name: string };

type SessionState = {
  session: ExpertSession | null;
  /** False after the hub said the session is gone: the join screen shows, the outbox waits. */
  joined: boolean;
  /** False while the hub holds this device (joined without a PIN) for the secretary to admit; assumed true until the hub says otherwise. */
  admitted: boolean;
  /** The secretary turned this device away while it waited for admission: the join screen says so. */
  refused: boolean;
  /** The PIN typed at the join, kept in memory for a first pledge, which sets it. */
  joinPin: string | null;
  join(session: ExpertSession, pin: string, admitted: boolean): void;
  admit(): void;
  awaitAdmission(): void;
  /** The hub no longer knows this session; `refused`: the secretary turned it away while it waited for admission. */
  expire(refused?: boolean): void;
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
  admitted: true,
  refused: false,
  joinPin: null,
  join(session, pin, admitted) {
    localStorage.setItem(storageKey, JSON.stringify(session));
    set({ session, joined: true, admitted, refused: false, joinPin: pin });
  },
  admit: () => set({ admitted: true }),
  awaitAdmission: () => set({ admitted: false }),
  expire: (refused = false) => set({ joined: false, refused, admitted: true }),
  leave() {
    localStorage.removeItem(storageKey);
    set({ session: null, joined: false, admitted: true, refused: false, joinPin: null });
  },
}));

/** Codes with which the hub says this device has no session (never joined, revoked, or the hub restarted). */
export const isSessionLost = (code: string): boolean => code === 'no-session' || code === 'session-revoked';

/** The hub holds this device until the secretary admits it. */
export const awaitingAdmissionCode = 'awaiting-admission';
