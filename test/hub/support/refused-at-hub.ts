import { expect } from 'vitest';
import type { HostError } from '../../../shared/api/result.js';
import { dumpStore } from '../../host/support/store-file.js';
import type { ExpertDevice } from './expert-client.js';

/**
 * A call from a device that the hub must refuse, shown to have changed nothing: the whole store,
 * read from its file, is the same after as before. Returns the HTTP status and the error.
 */
export const refusedAtHub = async (device: ExpertDevice, dataDir: string, name: string, args: unknown, operationId?: string): Promise<HostError & { status: number }> => {
  const before = dumpStore(dataDir);
  const { status, result } = await device.call(name, args, operationId);
  if (result.ok) throw new Error(`${name} from ${device.expertId}'s device was not refused: it answered ${JSON.stringify(result.value)}`);
  expect(dumpStore(dataDir), `${name} changed the store`).toEqual(before);
  return { ...result.error, status };
};
