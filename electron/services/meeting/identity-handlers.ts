import type { identityCalls } from '../../../shared/api/calls/identity-calls.js';
import type { HostHandlers } from '../../../shared/api/contract.js';
import { requireWorkstation } from './actor.js';
import type { MeetingDeps } from './meeting-deps.js';
import { checkExpertPin, pinStateOf } from './pin-check.js';

type IdentityHandlers = Pick<HostHandlers, keyof typeof identityCalls>;

export const createIdentityHandlers = ({ store, acting, now }: MeetingDeps): IdentityHandlers => ({
  'identity.unlock': async ({ meetingId, expertId, pin }, caller) => {
    requireWorkstation(caller);
    const wrong = await checkExpertPin({ store, now }, { meetingId, expertId, pin }, (tx, at) =>
      tx.audit.append({ meetingId, submissionId: null, actor: expertId, action: 'identity.unlock', at, details: {} }),
    );
    if (wrong !== null) return { unlocked: false, ...wrong };
    acting.actAs(caller.clientId, { meetingId, expertId });
    return { unlocked: true };
  },

  'identity.lock': async (_args, caller) => {
    requireWorkstation(caller);
    acting.lock(caller.clientId);
    return null;
  },

  'identity.current': async (_args, caller) => {
    if (caller.scope === 'expert') return { meetingId: caller.meetingId, expertId: caller.expertId, lockInSeconds: null };
    const current = acting.current(caller.clientId);
    const lockInMs = acting.lockInMs(caller.clientId);
    return current === null || lockInMs === null ? null : { ...current, lockInSeconds: Math.ceil(lockInMs / 1000) };
  },

  'identity.pinStatus': async ({ meetingId }, caller) => {
    requireWorkstation(caller);
    const nowMs = Date.parse(now());
    return store.read((tx) => {
      const withPin = new Set(tx.pledges.list(meetingId).filter((pledge) => pledge.pin !== undefined).map((pledge) => pledge.expertId));
      return tx.experts.list(meetingId).map((expert) => ({
        expertId: expert.id,
        hasPin: withPin.has(expert.id),
        ...pinStateOf(tx.pinAttempts.get(meetingId, expert.id), nowMs),
      }));
    });
  },
});
