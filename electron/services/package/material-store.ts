import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { HostFailure } from '../../../shared/api/result.js';
import { sha256HexSchema } from '../../../shared/model/common.js';
import { syncPath } from './durable-fs.js';

/** `<dataDir>/materials/<first two hex digits>/<sha256>`: one file per distinct content, never changed once written. */
export const createMaterialStore = (dataDir: string) => {
  const root = join(dataDir, 'materials');
  const blobPath = (sha256: string) => join(root, sha256.slice(0, 2), sha256);

  const checkedSha = (sha256: string) => {
    if (!sha256HexSchema.safeParse(sha256).success) throw new HostFailure('invalid-arguments', `SHA-256 摘要格式无效：${sha256}`, 'sha256');
    return sha256;
  };

  const sizeOf = async (path: string): Promise<number | null> => {
    try {
      return (await stat(path)).size;
    } catch {
      return null;
    }
  };

  return {
    blobPath,
    /**
     * Moves a file whose hash the caller has verified into the store, durably. Adding content that is already
     * stored just drops the new copy, so committing the same package twice changes nothing.
     */
    async adopt(file: string, sha256: string, bytes: number): Promise<void> {
      const target = blobPath(checkedSha(sha256));
      if ((await sizeOf(target)) === bytes) {
        await rm(file, { force: true });
        return;
      }
      await syncPath(file, 'file');
      await mkdir(dirname(target), { recursive: true });
      await rename(file, target);
      await syncPath(dirname(target), 'folder');
      await syncPath(root, 'folder');
      await syncPath(dataDir, 'folder');
    },
    /** True when the store holds this content; its size must match too, since a record states both. */
    async has(sha256: string, bytes: number): Promise<boolean> {
      return (await sizeOf(blobPath(checkedSha(sha256)))) === bytes;
    },
    async read(sha256: string): Promise<Buffer> {
      try {
        return await readFile(blobPath(checkedSha(sha256)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          throw new HostFailure('not-found', `材料库中没有这份材料（SHA-256：${sha256}），请重新导入评审包或重新添加材料`, 'sha256');
        throw error;
      }
    },
  };
};
export type MaterialStore = ReturnType<typeof createMaterialStore>;
