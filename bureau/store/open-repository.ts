import { openPostgresRepository } from './postgres-repository.js';
import type { BureauRepository } from './repository.js';
import { openSqliteRepository } from './sqlite-repository.js';

/** PostgreSQL when a connection string is given, otherwise SQLite inside the data folder. */
export const openRepository = async (dataDir: string, databaseUrl: string | undefined): Promise<BureauRepository> =>
  databaseUrl ? openPostgresRepository(databaseUrl) : openSqliteRepository(dataDir);
