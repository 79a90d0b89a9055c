import { join } from 'node:path';

/** Published packages live in the data folder under their digest, so a re-publish never overwrites a file being served. */
export const packagesDirName = 'packages';

export const packageFilePath = (dataDir: string, sha256: string): string => join(dataDir, packagesDirName, `${sha256}.zzpkg`);
