import type { HostHandlers } from '../../shared/api/contract.js';
import { HostFailure } from '../../shared/api/result.js';
import { createHubHandlers } from '../hub/hub-handlers.js';
import { openHub } from '../hub/open-hub.js';
import { announcer, createChangeFeed } from '../http/change-feed.js';
import { createBackupHandlers } from './backup/backup-handlers.js';
import { createDocumentsHandlers } from './documents-handlers.js';
import { createFoundationHandlers } from './foundation-handlers.js';
import type { HostDeps } from './host-deps.js';
import { createComplianceHandlers } from './meeting/compliance-handlers.js';
import { createImportHandlers } from './meeting/import-handlers.js';
import { createMeetingHandlers } from './meeting/meeting-handlers.js';
import { openMeetingDeps } from './meeting/open-meeting-deps.js';
import { createSetupHandlers } from './meeting/setup-handlers.js';
import { createVerdictHandlers } from './meeting/verdict-handlers.js';
import { createPackageHandlers } from './package-handlers.js';
import { openPackageServices } from './package/package-services.js';
import { createSyncHandlers } from './sync-handlers.js';
import { startVerdictDelivery } from './sync/verdict-delivery.js';

export type { HostDeps } from './host-deps.js';

const noPdfFonts = (): Promise<never> => Promise.reject(new HostFailure('unavailable', '本机没有生成会议纪要所需的字体，无法定稿'));

/** The composition of plain Node services behind every host call, shared by both transports; one spread per feature. */
export const createHostHandlers = (deps: HostDeps): HostHandlers => {
  // Every commit goes to the shell's screens and to the hub, which streams it to the devices of its meeting.
  const hubChanges = createChangeFeed();
  const announceToHub = announcer(hubChanges);
  const meetings = openMeetingDeps({
    ...deps,
    onMeetingChange: (change) => {
      deps.onMeetingChange?.(change);
      announceToHub(change);
    },
  });
  const packages = openPackageServices(deps);
  const delivery = startVerdictDelivery(deps, meetings);
  const handlers: HostHandlers = {
    ...createFoundationHandlers(deps),
    ...createPackageHandlers(deps, packages),
    ...createSyncHandlers(deps, delivery),
    ...createDocumentsHandlers(deps),
    ...createMeetingHandlers(meetings),
    ...createVerdictHandlers(meetings, { pdfFonts: deps.pdfFonts ?? noPdfFonts, queued: () => delivery.runner.wake() }),
    ...createImportHandlers(meetings, packages),
    ...createComplianceHandlers(meetings, packages.materials),
    ...createSetupHandlers(meetings, packages),
    ...createBackupHandlers(deps, meetings, packages),
    ...createHubHandlers(openHub({ deps, meetings, materials: packages.materials, changes: hubChanges, handlers: () => handlers })),
  };
  return handlers;
};
