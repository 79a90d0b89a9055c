import type { z } from 'zod';
import { workstationOnly, type Caller, type CallScope } from './caller.js';
import { backupCalls } from './calls/backup-calls.js';
import { complianceCalls } from './calls/compliance-calls.js';
import { documentsCalls } from './calls/documents-calls.js';
import { foundationCalls } from './calls/foundation-calls.js';
import { hubCalls } from './calls/hub-calls.js';
import { identityCalls } from './calls/identity-calls.js';
import { importCalls } from './calls/import-calls.js';
import { meetingReadCalls } from './calls/meeting-read-calls.js';
import { preparationCalls } from './calls/preparation-calls.js';
import { packageCalls } from './calls/package-calls.js';
import { phaseCalls } from './calls/phase-calls.js';
import { setupCalls } from './calls/setup-calls.js';
import { sheetCalls } from './calls/sheet-calls.js';
import { syncCalls } from './calls/sync-calls.js';
import { verdictCalls } from './calls/verdict-calls.js';

/**
 * Every host call, once: the name is the IPC channel and the HTTP route.
 * Each feature declares its calls in `calls/<feature>-calls.ts`; they meet here.
 */
export const hostContract = {
  ...foundationCalls,
  ...packageCalls,
  ...syncCalls,
  ...verdictCalls,
  ...documentsCalls,
  ...meetingReadCalls,
  ...preparationCalls,
  ...identityCalls,
  ...phaseCalls,
  ...sheetCalls,
  ...importCalls,
  ...setupCalls,
  ...backupCalls,
  ...hubCalls,
  ...complianceCalls,
} as const;

export type HostContract = typeof hostContract;
export type HostCallName = keyof HostContract;
export type HostArgs<K extends HostCallName> = z.input<HostContract[K]['args']>;
export type HostValue<K extends HostCallName> = z.output<HostContract[K]['result']>;

/**
 * What a host implements: one plain async function per call, taking already-validated arguments and
 * the caller its transport authenticated.
 */
export type HostHandlers = {
  [K in HostCallName]: (args: z.output<HostContract[K]['args']>, caller: Caller) => Promise<HostValue<K>>;
};

/** The scopes that may make a call: what its entry declares, the workstation alone when it declares none. */
export const scopesOf = (name: HostCallName): readonly CallScope[] => {
  const entry = hostContract[name] as { scopes?: readonly CallScope[] };
  return entry.scopes ?? workstationOnly;
};

export const hostCallNames = Object.keys(hostContract) as HostCallName[];

export const isHostCallName = (name: unknown): name is HostCallName =>
  typeof name === 'string' && Object.hasOwn(hostContract, name);
