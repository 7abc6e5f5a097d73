// Load benchmark (`npm run bench:load`): seeds 100,000 persons and 1,000,000 status changes
// (as accepted claims) into a fresh database, on PGlite and on PostgreSQL, starts the real HTTP
// server and drives it with autocannon at 200 connections: a person by id, the release list,
// a name search and the count at a date. One JSON line per figure; see docs/performance.md.
//
// Scale and reach (environment):
//   HABEAS_LOAD_PERSONS (100000), HABEAS_LOAD_CHANGES (1000000), HABEAS_LOAD_RELEASES (500)
//   HABEAS_LOAD_SECONDS per endpoint (10), HABEAS_LOAD_CONNECTIONS (200)
//   HABEAS_LOAD_BACKENDS (pglite,postgres)
//   HABEAS_LOAD_ENDPOINTS (all): a comma-separated subset, e.g. person,search
//   HABEAS_LOAD_SERVER_NODE_ARGS: node flags for the server only, e.g. --cpu-prof
//   HABEAS_LOAD_DATABASE_URL: the PostgreSQL server to create the throw-away database on
//     (default HABEAS_TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres)
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/adapters/db/connect.ts';
import type { SqlDatabase } from '../src/adapters/db/sql-database.ts';
import type { Database } from '../src/core/ports.ts';
import { drive, startServer } from './load/drive.ts';
import { type LoadScale, nameOf, personId, seed } from './load/seed.ts';

const env = process.env;
const num = (name: string, fallback: number) => Number(env[name] ?? fallback);
const scale: LoadScale = {
  persons: num('HABEAS_LOAD_PERSONS', 100_000),
  changes: num('HABEAS_LOAD_CHANGES', 1_000_000),
  releases: num('HABEAS_LOAD_RELEASES', 500),
};
const seconds = num('HABEAS_LOAD_SECONDS', 10);
const connections = num('HABEAS_LOAD_CONNECTIONS', 200);
const backends = (env.HABEAS_LOAD_BACKENDS ?? 'pglite,postgres').split(',').map((b) => b.trim());
const adminUrl =
  env.HABEAS_LOAD_DATABASE_URL?.trim() ||
  env.HABEAS_TEST_DATABASE_URL?.trim() ||
  'postgres://postgres@127.0.0.1:5432/postgres';

function emit(line: Record<string, unknown>) {
  console.log(JSON.stringify({ bench: 'load', ...line }));
}

const pick = (n: number) => Math.floor(Math.random() * n);
const day = () =>
  new Date(Date.UTC(2012, 0, 1) + pick(14 * 365) * 86_400_000).toISOString().slice(0, 10);

/** The endpoints: a fresh random id, name or date per request. */
const endpoints: Record<string, { path: () => string; target?: number }> = {
  // The floor: one primary-key read per request (what a fully precomputed read model would
  // cost). What this endpoint reaches on a machine bounds every other endpoint there.
  health: { path: () => '/api/health' },
  person: { path: () => `/api/persons/${personId(pick(scale.persons))}` },
  releases: { path: () => `/api/releases?limit=20&offset=${pick(10) * 20}` },
  search: {
    path: () => `/api/persons?q=${encodeURIComponent(nameOf(pick(scale.persons)))}&limit=10`,
  },
  count: { path: () => `/api/counts?country=BY&at=${day()}` },
  // The same figures without the list of held persons' ids (tens of thousands at full scale).
  count_figures: { path: () => `/api/counts?country=BY&at=${day()}&ids=false` },
};

const only = env.HABEAS_LOAD_ENDPOINTS?.split(',').map((e) => e.trim());
const unknown = only?.filter((e) => !(e in endpoints));
if (unknown?.length) {
  throw new Error(
    `HABEAS_LOAD_ENDPOINTS: unknown ${unknown.join(', ')} (${Object.keys(endpoints)})`,
  );
}
const chosen = Object.entries(endpoints).filter(([name]) => !only || only.includes(name));

async function seedAndIndex(db: Database, backend: string) {
  const raw = (db as unknown as SqlDatabase).rawQuery.bind(db);
  const t0 = performance.now();
  await seed(raw, scale);
  // Bulk-loaded like a restore: merge the trigram index's pending list and refresh statistics.
  await raw('VACUUM ANALYZE');
  const seedSeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  // Seeding bypasses the stores, so the read model is built afterwards, as after an upgrade.
  await db.held?.rebuild();
  await raw('VACUUM ANALYZE');
  const readModelSeconds = (performance.now() - t1) / 1000;
  const [row] = (await raw('SELECT count(*)::int AS n FROM claims')) as Array<{ n: number }>;
  emit({
    backend,
    endpoint: 'seed',
    ...scale,
    claims: row?.n,
    seedSeconds: Math.round(seedSeconds * 10) / 10,
    readModelSeconds: Math.round(readModelSeconds * 10) / 10,
  });
}

/**
 * Waits (up to 5 minutes) until the server answers a small request within 100 ms three times
 * in a row: requests still queued from the previous run must not be charged to the next one.
 */
async function settle(url: string): Promise<{ settled: boolean }> {
  // PGlite works off a 200-request backlog of full-scale counts one statement at a time: more
  // than 2 minutes.
  const until = Date.now() + 300_000;
  let fast = 0;
  while (fast < 3 && Date.now() < until) {
    const t0 = performance.now();
    const r = await fetch(`${url}/api/counts?country=BY&at=2020-01-01&ids=false`).catch(() => null);
    await r?.arrayBuffer();
    fast = r?.ok && performance.now() - t0 < 100 ? fast + 1 : 0;
    if (fast === 0) await new Promise((done) => setTimeout(done, 250));
  }
  return { settled: fast >= 3 };
}

async function load(backend: string, serverEnv: Record<string, string>) {
  const nodeOptions = env.HABEAS_LOAD_SERVER_NODE_OPTIONS;
  const server = await startServer(
    nodeOptions ? { ...serverEnv, NODE_OPTIONS: nodeOptions } : serverEnv,
  );
  try {
    for (const [endpoint, e] of chosen) {
      // Requests still queued from the previous run must not be charged to this one.
      // A figure taken while an earlier backlog still ran says so (settled: false).
      const { settled } = await settle(server.url);
      // The first request builds what the server keeps in memory (the name index): timed alone.
      const t0 = performance.now();
      const first = await fetch(server.url + e.path());
      await first.arrayBuffer();
      const firstMs = Math.round(performance.now() - t0);
      const r = await drive(server.url, e.path, connections, seconds);
      emit({ backend, endpoint, connections, ...r, firstMs, firstStatus: first.status, settled });
    }
    // Latency of one count at a time: the count-at-date target (<= 10 ms) is per request.
    for (const endpoint of ['count', 'count_figures'].filter((e) => !only || only.includes(e))) {
      const { settled } = await settle(server.url);
      const r = await drive(server.url, endpoints[endpoint]!.path, 1, Math.max(3, seconds / 2));
      emit({ backend, endpoint, connections: 1, ...r, settled });
    }
  } finally {
    await server.stop();
  }
}

async function onPglite() {
  const dataDir = mkdtempSync(join(tmpdir(), 'habeas-load-'));
  try {
    const db = await openDatabase({ dataDir });
    try {
      await seedAndIndex(db, 'pglite');
    } finally {
      await db.close();
    }
    await load('pglite', { HABEAS_DATA_DIR: dataDir, DATABASE_URL: '' });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function onPostgres() {
  const name = `habeas_load_${randomBytes(5).toString('hex')}`;
  try {
    await admin(`CREATE DATABASE ${name}`);
  } catch (e) {
    emit({ backend: 'postgres', skipped: `cannot create a database on ${adminUrl}: ${e}` });
    process.exitCode = 1;
    return;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    const db = await openDatabase({ databaseUrl: url.toString() });
    try {
      await seedAndIndex(db, 'postgres');
    } finally {
      await db.close();
    }
    await load('postgres', { DATABASE_URL: url.toString() });
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

for (const b of backends) {
  if (b === 'pglite') await onPglite();
  else if (b === 'postgres') await onPostgres();
  else throw new Error(`HABEAS_LOAD_BACKENDS: unknown backend '${b}' (pglite, postgres)`);
}
