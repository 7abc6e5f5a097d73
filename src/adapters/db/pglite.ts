/** The embedded backend: PGlite (PostgreSQL in WebAssembly) in a data folder or in memory. */
import { join, resolve } from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Clock, Database, IdGenerator } from '../../core/ports.ts';
import { DataDirError, type DataDirLock, lockDataDir, takeoverMessage } from './lock.ts';
import { migrationsFolder } from './migrations.ts';
import { type Db, rootMessage } from './query.ts';
import { SqlDatabase } from './sql-database.ts';

/** The database files sit in a subfolder, next to the lock file and anything else Habeas keeps. */
export const pgliteSubdir = 'pglite';

async function createClient(dataDir: string | undefined, template?: Blob): Promise<PGlite> {
  return PGlite.create({
    ...(dataDir === undefined ? {} : { dataDir }),
    ...(template === undefined ? {} : { loadDataDir: template }),
    extensions: { pg_trgm, unaccent },
    // Counts and seq columns are int8: numbers, as on the PostgreSQL backend.
    parsers: { [types.INT8]: (v: string) => Number(v) },
  });
}

/**
 * A migrated, empty database as a tarball. An in-memory PGlite started from it skips initdb and
 * the migrations: about 1 s instead of 5 on a busy machine, which is what test suites open.
 */
export async function pgliteTemplate(): Promise<Blob> {
  const client = await createClient(undefined);
  try {
    await migrate(drizzle({ client }), { migrationsFolder });
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}

export async function openPglite(
  where: { dataDir: string } | { memory: true; template?: Blob },
  clock: Clock,
  ids: IdGenerator,
): Promise<Database> {
  let lock: DataDirLock | null = null;
  let client: PGlite | null = null;
  try {
    let dir: string | undefined;
    if ('dataDir' in where) {
      lock = lockDataDir(where.dataDir);
      // Said on standard error, like the PostgreSQL pool's lost connections: a notice, not output.
      const notice = takeoverMessage(lock);
      if (notice) process.stderr.write(notice);
      dir = join(resolve(where.dataDir), pgliteSubdir);
    }
    const template = 'template' in where ? where.template : undefined;
    client = await createClient(dir, template).catch((e: unknown) => {
      throw new DataDirError(
        `cannot open the embedded database in ${dir ?? 'memory'}: ${(e as Error).message}`,
        { cause: e },
      );
    });
    const db = drizzle({ client });
    // From a template this only confirms every migration is applied.
    await migrate(db, { migrationsFolder }).catch((e: unknown) => {
      throw new DataDirError(
        `cannot bring the embedded database in ${dir ?? 'memory'} up to date: ${rootMessage(e)}`,
        { cause: e },
      );
    });
    const opened = client;
    const held = lock;
    return new SqlDatabase(db as unknown as Db, clock, ids, 'pglite', {
      query: async (text, params) =>
        (await opened.query<Record<string, unknown>>(text, params)).rows,
      eachConnection: async (text) => {
        await opened.query(text);
      },
      close: async () => {
        try {
          await opened.close();
        } finally {
          held?.release();
        }
      },
    });
  } catch (e) {
    await client?.close().catch(() => undefined);
    lock?.release();
    throw e;
  }
}
