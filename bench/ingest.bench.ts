// Ingest benchmark: reports per second end to end (extract, resolve, assign, store) through
// ingestBatch, on PGlite in a temporary data folder and, when HABEAS_TEST_DATABASE_URL is set,
// on a fresh PostgreSQL database. The reports are the team corpus (test/fixtures/ingest)
// varied deterministically (test/app/ingest-variants.ts: figures shifted, publication dates
// moved, people renamed) so no two are exact duplicates. INGEST_BENCH_REPORTS overrides the
// count (default 10,000). Ingest is deterministic: `events` is the same in every run.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/adapters/db/connect.ts';
import { ingestBatch } from '../src/app/ingest/ingest-batch.ts';
import type { Database } from '../src/core/ports.ts';
import { variedReports } from '../test/app/ingest-variants.ts';
import { adminQuery } from '../test/support/admin-query.ts';
import { appContext } from '../test/support/app-context.ts';

const REPORTS = Number(process.env.INGEST_BENCH_REPORTS ?? 10_000);
const TARGET_PGLITE = 200;

function emit(figure: string, value: number, extra: Record<string, unknown> = {}) {
  console.log(
    JSON.stringify({ bench: 'ingest', figure, value: Math.round(value * 10) / 10, ...extra }),
  );
}

async function run(name: string, db: Database, target?: number) {
  const ctx = appContext(db);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await ingestBatch(ctx, variedReports(REPORTS), {
    groupSize: Number(process.env.INGEST_BENCH_GROUP ?? 50),
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const s = result.summary;
  emit(`${name}_reports_per_s`, REPORTS / seconds, {
    ...(target ? { target } : {}),
    reports: REPORTS,
    stored: s.stored,
    duplicates: s.duplicates,
    events: s.eventsCreated,
    claims: s.claims,
    problems: s.problems,
  });
  // The machine may be shared: throughput per CPU second of this process (PGlite runs in it;
  // a PostgreSQL server's own work is not counted) does not depend on other load.
  emit(`${name}_reports_per_cpu_s`, REPORTS / cpuSeconds, { reports: REPORTS });
}

const dataDir = mkdtempSync(join(tmpdir(), 'habeas-bench-'));
try {
  const db = await openDatabase({ dataDir });
  try {
    await run('pglite', db, TARGET_PGLITE);
  } finally {
    await db.close();
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const url = process.env.HABEAS_TEST_DATABASE_URL?.trim();
if (url) {
  const name = `habeas_bench_${randomBytes(5).toString('hex')}`;
  await adminQuery(url, `CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  try {
    const db = await openDatabase({ databaseUrl: target.toString() });
    try {
      await run('postgres', db);
    } finally {
      await db.close();
    }
  } finally {
    await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
