/**
 * A throw-away database per backend for the load benchmarks: a temporary PGlite folder, or
 * `habeas_load_<random>` on the PostgreSQL server (dropped at the end, also after a failure),
 * seeded (./seed.ts) with its read models built, then handed over as the environment a
 * `habeas serve` needs to open it.
 */

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/adapters/db/connect.ts';
import type { SqlDatabase } from '../../src/adapters/db/sql-database.ts';
import { rebuildReadModels } from '../../src/app/read/refresh-read-models.ts';
import type { Database } from '../../src/core/ports.ts';
import { adminQuery } from '../../test/support/admin-query.ts';
import type { Backend } from './config.ts';
import { type LoadScale, seed } from './seed.ts';

export type Emit = (line: Record<string, unknown>) => void;

const tenths = (ms: number) => Math.round(ms / 100) / 10;

/**
 * Seeds, then builds what the application derives from the claims. The seed bypasses the
 * stores, so the read models are built afterwards, as after a restore or an upgrade.
 */
async function seedAndIndex(db: Database, backend: Backend, scale: LoadScale, emit: Emit) {
  const raw = (db as unknown as SqlDatabase).rawQuery.bind(db);
  const t0 = performance.now();
  await seed(raw, scale);
  // Bulk-loaded like a restore: merge the trigram index's pending list and refresh statistics.
  await raw('VACUUM ANALYZE');
  const seedMs = performance.now() - t0;
  const t1 = performance.now();
  await db.held?.rebuild();
  await raw('VACUUM ANALYZE');
  const readModelMs = performance.now() - t1;
  // The kept public answers (docs/read-models.md), as `habeas reindex` builds them.
  const t2 = performance.now();
  const answers = await rebuildReadModels(db);
  await raw('VACUUM ANALYZE');
  const answersMs = performance.now() - t2;
  const [row] = (await raw('SELECT count(*)::int AS n FROM claims')) as Array<{ n: number }>;
  emit({
    backend,
    endpoint: 'seed',
    ...scale,
    claims: row?.n,
    seedSeconds: tenths(seedMs),
    readModelSeconds: tenths(readModelMs),
    answers: answers?.rebuilt ?? 0,
    answersSeconds: tenths(answersMs),
  });
}

async function onPglite<T>(
  scale: LoadScale,
  emit: Emit,
  use: (serverEnv: Record<string, string>) => Promise<T>,
): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'habeas-load-'));
  try {
    const db = await openDatabase({ dataDir });
    try {
      await seedAndIndex(db, 'pglite', scale, emit);
    } finally {
      await db.close();
    }
    return await use({ HABEAS_DATA_DIR: dataDir, DATABASE_URL: '' });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onPostgres<T>(
  adminUrl: string,
  scale: LoadScale,
  emit: Emit,
  use: (serverEnv: Record<string, string>) => Promise<T>,
): Promise<T | null> {
  const name = `habeas_load_${randomBytes(5).toString('hex')}`;
  try {
    await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  } catch (e) {
    emit({ backend: 'postgres', skipped: `cannot create a database on ${adminUrl}: ${e}` });
    process.exitCode = 1;
    return null;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    const db = await openDatabase({ databaseUrl: url.toString() });
    try {
      await seedAndIndex(db, 'postgres', scale, emit);
    } finally {
      await db.close();
    }
    return await use({ DATABASE_URL: url.toString() });
  } finally {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/**
 * Seeds a fresh database of `backend` at `scale` and runs `use` with the server environment
 * that opens it; null when no PostgreSQL database could be made (said on a `skipped` line).
 */
export function withSeededDatabase<T>(
  backend: Backend,
  o: { scale: LoadScale; adminUrl: string; emit: Emit },
  use: (serverEnv: Record<string, string>) => Promise<T>,
): Promise<T | null> {
  return backend === 'pglite'
    ? onPglite(o.scale, o.emit, use)
    : onPostgres(o.adminUrl, o.scale, o.emit, use);
}
