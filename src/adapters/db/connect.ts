/**
 * Opens the ledger's database and brings its schema up to date. PostgreSQL when a postgres://
 * URL is given; otherwise the embedded PGlite in a data folder (locked to this process) or,
 * for tests, in memory.
 */
import type { Clock, Database, IdGenerator } from '../../core/ports.ts';
import { RandomIds, SystemClock } from '../system.ts';
import { openPglite } from './pglite.ts';
import { DatabaseConnectionError, openPostgres } from './postgres.ts';

export { DataDirError } from './lock.ts';
export { pgliteTemplate } from './pglite.ts';
export { DatabaseConnectionError } from './postgres.ts';

export const defaultDataDir = './habeas-data';

export interface DatabaseConfig {
  /** postgres:// or postgresql:// URL (DATABASE_URL); when set, dataDir and memory are ignored. */
  databaseUrl?: string;
  /** PGlite data folder (HABEAS_DATA_DIR); default ./habeas-data. */
  dataDir?: string;
  /** PGlite in memory, nothing written to disk (tests). */
  memory?: boolean;
  /** With memory: start from pgliteTemplate()'s dump instead of an empty cluster (faster). */
  template?: Blob;
  clock?: Clock;
  ids?: IdGenerator;
}

export async function openDatabase(config: DatabaseConfig = {}): Promise<Database> {
  const clock = config.clock ?? new SystemClock();
  const ids = config.ids ?? new RandomIds();
  const url = config.databaseUrl?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new DatabaseConnectionError(
        'DATABASE_URL must start with postgres:// or postgresql:// (leave it unset for the embedded database)',
      );
    }
    return openPostgres(url, clock, ids);
  }
  if (config.memory) {
    const template = config.template;
    return openPglite(template ? { memory: true, template } : { memory: true }, clock, ids);
  }
  return openPglite({ dataDir: config.dataDir || defaultDataDir }, clock, ids);
}
