import type { HostHandlers } from '../../shared/api/contract.js';
import { createDocumentsHandlers } from './documents-handlers.js';
import { createFoundationHandlers } from './foundation-handlers.js';
import type { HostDeps } from './host-deps.js';
import { createPackageHandlers } from './package-handlers.js';
import { createSyncHandlers } from './sync-handlers.js';

export type { HostDeps } from './host-deps.js';

/** The composition of plain Node services behind every host call, shared by both transports; one spread per feature. */
export const createHostHandlers = (deps: HostDeps): HostHandlers => ({
  ...createFoundationHandlers(deps),
  ...createPackageHandlers(deps),
  ...createSyncHandlers(deps),
  ...createDocumentsHandlers(deps),
});
