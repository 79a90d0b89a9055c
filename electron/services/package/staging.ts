import { mkdir, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * `<dataDir>/staging/<id>/`: where a package's materials wait between inspection and commit. Removing a
 * folder also removes the staging root once it is empty, so a rejected import leaves the data folder as it was.
 */
export const createStaging = (dataDir: string) => {
  const root = join(dataDir, 'staging');
  const folderOf = (id: string) => join(root, id);
  // Jobs live in memory only: whatever a previous run left behind can never be committed.
  let staleCleared: Promise<void> | null = null;
  const clearStale = () => (staleCleared ??= rm(root, { recursive: true, force: true }));

  return {
    folderOf,
    async create(id: string): Promise<string> {
      await clearStale();
      const folder = folderOf(id);
      await mkdir(folder, { recursive: true });
      return folder;
    },
    async remove(id: string): Promise<void> {
      await rm(folderOf(id), { recursive: true, force: true });
      try {
        await rmdir(root);
      } catch {
        // Another job is still staging, or the root is already gone.
      }
    },
  };
};
export type Staging = ReturnType<typeof createStaging>;
