import type { identityCalls } from '../../../shared/api/calls/identity-calls.js';
import type { meetingReadCalls } from '../../../shared/api/calls/meeting-read-calls.js';
import type { phaseCalls } from '../../../shared/api/calls/phase-calls.js';
import type { preparationCalls } from '../../../shared/api/calls/preparation-calls.js';
import type { sheetCalls } from '../../../shared/api/calls/sheet-calls.js';
import type { HostHandlers } from '../../../shared/api/contract.js';
import type { MeetingDeps } from './meeting-deps.js';
import { createIdentityHandlers } from './identity-handlers.js';
import { createMeetingReadHandlers } from './meeting-read-handlers.js';
import { createPhaseHandlers } from './phase-handlers.js';
import { createPreparationHandlers } from './preparation-handlers.js';
import { createRecusalHandlers } from './recusal-handlers.js';
import { createSheetHandlers } from './sheet-handlers.js';

type MeetingCalls = typeof meetingReadCalls & typeof preparationCalls & typeof identityCalls & typeof phaseCalls & typeof sheetCalls;

/** Every meeting operation of the host, over one store; one spread per feature. */
export const createMeetingHandlers = (deps: MeetingDeps): Pick<HostHandlers, keyof MeetingCalls> => ({
  ...createMeetingReadHandlers(deps),
  ...createPreparationHandlers(deps),
  ...createRecusalHandlers(deps),
  ...createIdentityHandlers(deps),
  ...createPhaseHandlers(deps),
  ...createSheetHandlers(deps),
});
