import { create } from 'zustand';
import { HostFailure } from '../../../shared/api/result.js';
import { sendHostCall, subscribeHostChanges } from '../../host/host-client.js';
import { useAppStore } from '../../state/app-store.js';
import { hostFailureOf } from '../../shell/refusal-text.js';
import { awaitingAdmissionCode, isSessionLost, useExpertSession } from '../hub/expert-session.js';
import { openExpertDatabase } from '../queue/expert-database.js';
import { createOfflineQueue, type QueueState } from '../queue/offline-queue.js';

export const expertDatabase = openExpertDatabase();

export const expertQueue = createOfflineQueue({ db: expertDatabase, send: sendHostCall });

/** The outbox as the screens show it: what waits, what was refused, why it waits. */
export const useOutbox = create<QueueState>(() => ({ pending: [], refused: [], blocked: null }));

/**
 * Follows the outbox on screen, ends the session when the hub no longer knows it, sends what an
 * earlier page left unsent, and sends at once when the connection is back (the browser says so, or
 * the hub's event stream reopened).
 */
export const connectExpertOutbox = (): void => {
  expertQueue.subscribe((state) => {
    useOutbox.setState(state);
    if (state.blocked === 'no-session') useExpertSession.getState().expire();
    if (state.blocked === 'awaiting-admission') useExpertSession.getState().awaitAdmission();
  });
  window.addEventListener('online', () => void expertQueue.flush());
  subscribeHostChanges((change) => {
    if (change.revision === -1) void expertQueue.flush();
  });
  void expertQueue.flush();
};

/**
 * An action the expert waits for (a submit, a signature): stored first, then sent. Resolves with the
 * hub's value; a refusal throws as the host said it; when the hub cannot be reached now, throws
 * `queued`: the action stays on the device and goes out when the connection returns.
 */
export const runAction = async (call: string, args: unknown): Promise<unknown> => {
  const { settled } = await expertQueue.enqueue(call, args);
  // The hub answers before the send loop stops, so an answer, if any, wins the race.
  const result = await Promise.race([settled, expertQueue.flush().then(() => null)]);
  if (result === null) throw new HostFailure('queued', useAppStore.getState().t('expert.sync.queued'));
  if (!result.ok) throw hostFailureOf(result.error);
  return result.value;
};

/** A sheet's working draft: replaces an unsent older one, so a long outage queues one draft per sheet, not one per keystroke. */
export const draftKey = (meetingId: string, submissionId: string, expertId: string) => `draft:${meetingId}/${submissionId}/${expertId}`;

export const failWhenSessionLost = (error: unknown): void => {
  if (!(error instanceof HostFailure)) return;
  if (isSessionLost(error.code)) useExpertSession.getState().expire();
  if (error.code === awaitingAdmissionCode) useExpertSession.getState().awaitAdmission();
};
