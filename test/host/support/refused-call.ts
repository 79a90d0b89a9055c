import { expect } from 'vitest';
import type { HostError } from '../../../shared/api/result.js';
import type { HostCaller } from './host-caller.js';
import { dumpStore } from './store-file.js';

/**
 * Makes a call that must be refused and shows that it changed nothing: the whole meeting store
 * (read from its file) is the same after as before. Returns the error for the test to check.
 */
export const refusedUnchanged = async (caller: HostCaller, dataDir: string, name: string, args: unknown): Promise<HostError> => {
  const before = dumpStore(dataDir);
  const result = await caller.call(name, args);
  if (result.ok) throw new Error(`${name} was not refused: it answered ${JSON.stringify(result.value)}`);
  expect(dumpStore(dataDir), `${name} changed the store`).toEqual(before);
  return result.error;
};
