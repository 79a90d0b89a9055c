import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { type BureauKey, loadOrCreateBureauKey } from './bureau-key.js';
import { openRepository } from './store/open-repository.js';
import type { BureauRepository } from './store/repository.js';

export interface BureauContext {
  dataDir: string;
  key: BureauKey;
  repository: BureauRepository;
}

/** `--data` wins over `ZZ_BUREAU_DATA`; there is no silent default, so two bureaus never share a folder by accident. */
export const resolveDataDir = (flag: string | undefined, env: NodeJS.ProcessEnv): string => {
  const chosen = flag ?? env.ZZ_BUREAU_DATA;
  if (!chosen) throw new Error('未指定数据目录：请设置环境变量 ZZ_BUREAU_DATA 或使用 --data <目录>');
  return resolve(chosen);
};

/** The data folder (created private to the user), the bureau key in it, and the store: SQLite there, or PostgreSQL by DATABASE_URL. */
export const openBureauContext = async (dataDir: string, databaseUrl: string | undefined): Promise<BureauContext> => {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const key = await loadOrCreateBureauKey(dataDir);
  const repository = await openRepository(dataDir, databaseUrl);
  return { dataDir, key, repository };
};
