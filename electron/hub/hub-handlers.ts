import type { hubCalls } from '../../shared/api/calls/hub-calls.js';
import type { HostHandlers } from '../../shared/api/contract.js';
import { HostFailure } from '../../shared/api/result.js';
import { requireWorkstation } from '../services/meeting/actor.js';
import type { Hub } from './hub-service.js';

type HubHandlers = Pick<HostHandlers, keyof typeof hubCalls>;

/** The secretary runs the hub from the workstation; a device only tells it what it shows. */
export const createHubHandlers = (hub: Hub): HubHandlers => ({
  'hub.interfaces': async (_args, caller) => {
    requireWorkstation(caller);
    return hub.interfaces();
  },
  'hub.start': async (args, caller) => {
    requireWorkstation(caller);
    return hub.start(args);
  },
  'hub.stop': async (_args, caller) => {
    requireWorkstation(caller);
    return hub.stop();
  },
  'hub.status': async (_args, caller) => {
    requireWorkstation(caller);
    return hub.status();
  },
  'hub.revoke': async ({ sessionId }, caller) => {
    requireWorkstation(caller);
    return hub.revoke(sessionId);
  },
  'hub.admit': async ({ sessionId }, caller) => {
    requireWorkstation(caller);
    return hub.admit(sessionId);
  },
  'presence.update': async (viewing, caller) => {
    if (caller.scope !== 'expert') throw new HostFailure('forbidden', '只有专家本人的设备才能报告正在查看的内容');
    hub.presence(caller.clientId, viewing);
    return null;
  },
});
