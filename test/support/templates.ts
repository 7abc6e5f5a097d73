/**
 * Migrated, empty databases made once per test run (by ./global-setup.ts, in Vitest's main
 * process) and copied by every test that opens a database, instead of each one running initdb
 * and the migrations again:
 *
 * - a PGlite dump (tarball) that in-memory PGlite loads (`loadDataDir`);
 * - a PGlite data folder that CLI tests copy into their own HABEAS_DATA_DIR;
 * - a PostgreSQL database that `CREATE DATABASE ... TEMPLATE` clones on the test server.
 *
 * All three are named by a digest of the migrations and the PGlite version, so a run reuses
 * the ones an earlier run left (test-output/templates/, `<db>_tpl_<digest>` on the server) and a
 * changed migration gets new ones. A test opening its database still runs the migrator, which
 * then only confirms every migration is applied.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import pg from 'pg';
import { openDatabase, pgliteTemplate } from '../../src/adapters/db/connect.ts';
import { migrationsFolder } from '../../src/adapters/db/migrations.ts';
import type { SqlDatabase } from '../../src/adapters/db/sql-database.ts';

export interface Templates {
  /** Path of the PGlite dump of a migrated, empty database. */
  pgliteDump: string;
  /** A migrated, empty HABEAS_DATA_DIR (with its pglite/ subfolder), to copy. */
  pgliteDataDir: string;
  /** The server URL the PostgreSQL template was made on, and the template's name. */
  postgres: { url: string; template: string } | null;
}

declare module 'vitest' {
  interface ProvidedContext {
    habeasTemplates: Templates;
    habeasWebDist: string;
  }
}

const root = join(import.meta.dirname, '../..');

/** Files of a folder and its subfolders, sorted, relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => {
      const rel = join(prefix, e.name);
      return e.isDirectory() ? filesUnder(dir, rel) : [rel];
    })
    .sort();
}

/**
 * Server settings of the PGlite templates, kept in their postgresql.auto.conf (ALTER SYSTEM),
 * so every database a test starts from one has them. PGlite's initdb writes PostgreSQL's
 * defaults, sized for a server: 128 MB of shared buffers and 100 connections, which each start
 * sets up and touches although PGlite is one backend and a test database a few megabytes. With
 * these a start takes about a third less CPU (docs/testing.md). Query plans do not depend on
 * them.
 */
export const pgliteTestSettings: Readonly<Record<string, string>> = {
  shared_buffers: '16MB',
  max_connections: '5',
};

function alterSystem(): string[] {
  return Object.entries(pgliteTestSettings).map(([k, v]) => `ALTER SYSTEM SET ${k} = '${v}'`);
}

/**
 * What a template depends on: every migration file, the PGlite build that reads them and the
 * settings above.
 */
export function schemaDigest(): string {
  const hash = createHash('sha256');
  const pglite = JSON.parse(
    readFileSync(join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'),
  ) as { version: string };
  hash.update(`pglite ${pglite.version}\n${JSON.stringify(pgliteTestSettings)}\n`);
  for (const f of filesUnder(migrationsFolder)) {
    hash.update(`${f}\n`);
    hash.update(readFileSync(join(migrationsFolder, f)));
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * Makes `target` with `build(tmp)` unless it is there: built beside it and renamed into place,
 * so a run that stops half-way, or two runs at once, never leave a half-made template.
 */
async function once(target: string, build: (tmp: string) => Promise<void>): Promise<void> {
  if (existsSync(target)) return;
  const tmp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await build(tmp);
    renameSync(tmp, target);
  } catch (e) {
    if (!existsSync(target)) throw e;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export async function pgliteTemplates(
  digest: string,
): Promise<Pick<Templates, 'pgliteDump' | 'pgliteDataDir'>> {
  const dir = join(root, 'test-output/templates', digest);
  mkdirSync(dir, { recursive: true });
  const pgliteDump = join(dir, 'pglite.tar');
  const pgliteDataDir = join(dir, 'data');
  await once(pgliteDump, async (tmp) => {
    // Migrated by the application's own code, then given the settings and dumped again.
    const client = await PGlite.create({
      loadDataDir: await pgliteTemplate(),
      extensions: { pg_trgm, unaccent },
    });
    try {
      for (const statement of alterSystem()) await client.exec(statement);
      await writeFile(tmp, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
    } finally {
      await client.close();
    }
  });
  await once(pgliteDataDir, async (tmp) => {
    const db = (await openDatabase({ dataDir: tmp })) as SqlDatabase;
    try {
      for (const statement of alterSystem()) await db.rawQuery(statement);
    } finally {
      await db.close();
    }
  });
  return { pgliteDump, pgliteDataDir };
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, name: string): string {
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

/**
 * `<db>_tpl_<digest>` on the server of `url` (db: the test database's own name, so runs of
 * other checkouts on the same server keep theirs), migrated by the real migrator; older
 * templates of the same checkout are dropped.
 */
export async function postgresTemplate(url: string, digest: string): Promise<string> {
  const own = new URL(url).pathname.slice(1) || 'postgres';
  const prefix = `${own}_tpl_`;
  const name = `${prefix}${digest}`;
  const existing = await withClient(url, async (c) =>
    (
      await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
        `${prefix}%`,
      ])
    ).rows.map((r) => r.datname),
  );
  for (const old of existing.filter((n) => n !== name && !n.endsWith('_tmp'))) {
    // Best effort: a run of an older checkout may still be cloning it.
    await withClient(url, (c) => c.query(`DROP DATABASE IF EXISTS ${old}`)).catch(() => undefined);
  }
  if (existing.includes(name)) return name;
  const building = `${prefix}${randomBytes(4).toString('hex')}_tmp`;
  await withClient(url, (c) => c.query(`CREATE DATABASE ${building}`));
  try {
    const db = await openDatabase({ databaseUrl: withDatabase(url, building) });
    await db.close();
    await withClient(url, (c) => c.query(`ALTER DATABASE ${building} RENAME TO ${name}`));
  } catch (e) {
    const made = await withClient(url, (c) =>
      c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]),
    );
    if (made.rowCount === 0) throw e;
  } finally {
    await withClient(url, (c) => c.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`));
  }
  return name;
}

export async function makeTemplates(postgresUrl: string | undefined): Promise<Templates> {
  const digest = schemaDigest();
  // One after the other: PGlite's WebAssembly holds the event loop, and a PostgreSQL
  // connection waiting beside it would time out.
  const template = postgresUrl ? await postgresTemplate(postgresUrl, digest) : null;
  const pglite = await pgliteTemplates(digest);
  return {
    ...pglite,
    postgres: postgresUrl && template ? { url: postgresUrl, template } : null,
  };
}

/** A new database on `url`'s server cloned from `template`: migrated, empty. */
export async function createFromTemplate(url: string, name: string, template: string) {
  await withClient(url, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
}
