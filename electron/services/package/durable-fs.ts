import { open } from 'node:fs/promises';

/** fsync of a file or a folder; a folder's entry for a renamed file is only durable once the folder is synced. */
export const syncPath = async (path: string, kind: 'file' | 'folder'): Promise<void> => {
  const handle = await open(path, kind === 'file' ? 'r+' : 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Windows cannot fsync a folder; the rename is still atomic there.
    if (kind === 'file') throw error;
  } finally {
    await handle.close();
  }
};
