import { chmodSync, mkdirSync } from 'node:fs';

/**
 * The data folder holds the meeting store, the device key and the browser profile: only its owner may
 * enter it. A folder left from an earlier version, or made by hand, is tightened too.
 */
export const ensurePrivateFolder = (path: string): void => {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  chmodSync(path, 0o700);
};
