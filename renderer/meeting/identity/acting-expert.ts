import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { afterFailure, noAttempts, type PinAttempts } from './pin-attempts.js';

export type ActingExpert = { meetingId: string; expertId: string };

type IdentityState = {
  /** The one expert whose PIN was last verified on this workstation; null once locked. */
  acting: ActingExpert | null;
  /** Wrong PINs per `meetingId/expertId`. */
  attempts: Record<string, PinAttempts>;
};

const attemptsKey = (meetingId: string, expertId: string) => `${meetingId}/${expertId}`;

/**
 * Kept in sessionStorage: a reload keeps the expert at their sheet and the lockout in force,
 * while closing the app forgets both.
 */
export const useIdentityStore = create<IdentityState>()(
  persist((): IdentityState => ({ acting: null, attempts: {} }), {
    name: 'zz-acting-expert',
    storage: createJSONStorage(() => sessionStorage),
  }),
);

export const useActingExpert = (): ActingExpert | null => useIdentityStore((state) => state.acting);

export const lockActingExpert = (): void => {
  useIdentityStore.setState({ acting: null });
};

export const pinAttemptsOf = (state: IdentityState, meetingId: string, expertId: string): PinAttempts =>
  state.attempts[attemptsKey(meetingId, expertId)] ?? noAttempts;

export const actAs = (acting: ActingExpert): void => {
  useIdentityStore.setState((state) => ({
    acting,
    attempts: { ...state.attempts, [attemptsKey(acting.meetingId, acting.expertId)]: noAttempts },
  }));
};

/** Records a wrong PIN and returns the attempts after it. */
export const recordPinFailure = (meetingId: string, expertId: string, now: number): PinAttempts => {
  const next = afterFailure(pinAttemptsOf(useIdentityStore.getState(), meetingId, expertId), now);
  useIdentityStore.setState((state) => ({ attempts: { ...state.attempts, [attemptsKey(meetingId, expertId)]: next } }));
  return next;
};
