import { useEffect } from 'react';
import { create } from 'zustand';
import type { ActingIdentity } from '../../../shared/api/calls/identity-calls.js';
import { callHost, subscribeHostChanges } from '../../host/host-client.js';

export type ActingExpert = { meetingId: string; expertId: string };

type ActingState = {
  /** The expert the host holds unlocked at this client; null when nobody is (locked, idle, or never unlocked). */
  acting: ActingExpert | null;
  /** False until the host has answered once: a gate that showed the PIN form meanwhile would flicker. */
  known: boolean;
};

/** A mirror of the host's answer, never the authority: the host refuses an expert's act whatever this says. */
const useActingStore = create<ActingState>(() => ({ acting: null, known: false }));

let idleTimer: ReturnType<typeof setTimeout> | undefined;

/** Past the idle lock's due time the host says nobody acts; asking just after it is due makes the screens show the lock. */
const idleMarginMs = 500;

const show = (current: ActingIdentity | null) => {
  clearTimeout(idleTimer);
  const previous = useActingStore.getState().acting;
  const acting = current === null ? null : { meetingId: current.meetingId, expertId: current.expertId };
  const same = previous?.meetingId === acting?.meetingId && previous?.expertId === acting?.expertId;
  useActingStore.setState(same ? { known: true } : { acting, known: true });
  if (current?.lockInSeconds != null) idleTimer = setTimeout(() => void refreshActingExpert(), current.lockInSeconds * 1000 + idleMarginMs);
};

/** Asks the host who acts here now. */
export const refreshActingExpert = async (): Promise<void> => {
  try {
    show(await callHost('identity.current', {}));
  } catch (error) {
    // The screen keeps what it showed; the next focus or change asks again, and the host decides every act regardless.
    console.error(error);
  }
};

/** Shown at once after 「切换专家/锁定」, without waiting for the host's answer to come round. */
export const showLocked = (): void => show(null);

const refreshWhenVisible = () => {
  if (document.visibilityState === 'visible') void refreshActingExpert();
};

let watchers = 0;
let stopWatching: () => void = () => undefined;

/**
 * While any screen shows who acts, the mirror is asked again when the window comes back to the front
 * (a laptop left alone), when the host announces a change (an unlock elsewhere, an act that postponed
 * the idle lock) and when the idle lock falls due.
 */
const watch = (): (() => void) => {
  watchers += 1;
  if (watchers === 1) {
    const refresh = () => void refreshActingExpert();
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refreshWhenVisible);
    // Who is unlocked changes with the meeting's commits, not with what the experts' devices show.
    const unsubscribe = subscribeHostChanges((change) => {
      if (change.kind !== 'hub') refresh();
    });
    refresh();
    stopWatching = () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refreshWhenVisible);
      unsubscribe();
      clearTimeout(idleTimer);
    };
  }
  return () => {
    watchers -= 1;
    if (watchers === 0) stopWatching();
  };
};

/** The expert unlocked at this workstation, as the host last said. */
export const useActingExpert = (): ActingExpert | null => {
  useEffect(watch, []);
  return useActingStore((state) => state.acting);
};

/** Whether the host has said yet who acts here. */
export const useActingExpertKnown = (): boolean => useActingStore((state) => state.known);
