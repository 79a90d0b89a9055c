import type { z } from 'zod';
import { documentsCalls } from './calls/documents-calls.js';
import { foundationCalls } from './calls/foundation-calls.js';
import { packageCalls } from './calls/package-calls.js';
import { syncCalls } from './calls/sync-calls.js';

/**
 * Every host call, once: the name is the IPC channel and the HTTP route.
 * Each feature declares its calls in `calls/<feature>-calls.ts`; they meet here.
 */
export const hostContract = {
  ...foundationCalls,
  ...packageCalls,
  ...syncCalls,
  ...documentsCalls,
} as const;

export type HostContract = typeof hostContract;
export type HostCallName = keyof HostContract;
export type HostArgs<K extends HostCallName> = z.input<HostContract[K]['args']>;
export type HostValue<K extends HostCallName> = z.output<HostContract[K]['result']>;

/** What a host implements: one plain async function per call, taking already-validated arguments. */
export type HostHandlers = {
  [K in HostCallName]: (args: z.output<HostContract[K]['args']>) => Promise<HostValue<K>>;
};

export const hostCallNames = Object.keys(hostContract) as HostCallName[];

export const isHostCallName = (name: unknown): name is HostCallName =>
  typeof name === 'string' && Object.hasOwn(hostContract, name);
