import type { HostHandlers } from '../../shared/api/contract.js';
import { createFoundationHandlers } from './foundation-handlers.js';
import type { HostDeps } from './host-deps.js';

export type { HostDeps } from './host-deps.js';

/** The composition of plain Node services behind every host call, shared by both transports; one spread per feature. */
export const createHostHandlers = (deps: HostDeps): HostHandlers => ({
  ...createFoundationHandlers(deps),
});
