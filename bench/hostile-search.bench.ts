// Hostile input against search speed (npm run bench:hostile-search): anonymous `GET /api/persons?q=Kolesnikova` over the
// sample ledger, then again after a 2,000,000-character name was stored for a person (below the
// use cases' checks, as a server before the name limit stored it) and rejected. Before the name
// index (migration 0009) every search rechecked that name: about 100 times slower. The figure to
// watch is `search_ratio_after_long_name` (after / before in the same run; 1 means no harm).
// PGlite in memory, and PostgreSQL too when HABEAS_BENCH_DATABASE_URL names an empty database.
// BENCH_HOSTILE_REQUESTS changes the request count (default 200).

import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/adapters/db/connect.ts';
import { readSampleLedger } from '../src/adapters/sample-ledger.ts';
import { importLedger } from '../src/app/transfer/import-ledger.ts';
import type { Database } from '../src/core/ports.ts';
import { buildServer } from '../src/server/app.ts';
import { appContext } from '../test/support/app-context.ts';

const requests = Number(process.env.BENCH_HOSTILE_REQUESTS ?? 200);
const out = (db: string, figure: string, value: number, unit: string) =>
  console.log(
    JSON.stringify({ bench: 'hostile', db, figure, value: Math.round(value * 100) / 100, unit }),
  );

async function run(db: Database) {
  await importLedger(db, await readSampleLedger());
  const ctx = appContext(db);
  const app = await buildServer(ctx, { webDist: '/nonexistent/web-dist' });
  const search = async () => {
    // The trigram net is what a long name slowed: a query the name engine alone cannot fill.
    for (let i = 0; i < 50; i++) await app.inject({ url: '/api/persons?q=Kolesnikova' });
    const t = performance.now();
    for (let i = 0; i < requests; i++) await app.inject({ url: '/api/persons?q=Kolesnikova' });
    return (performance.now() - t) / requests;
  };
  const before = await search();
  const at = new Date().toISOString();
  await db.transaction(async (tx) => {
    await tx.claims.appendClaims([
      {
        id: 'clm_bench_long_name',
        subjectId: 'per_kalesnikava',
        subjectType: 'person',
        property: 'name',
        value: {
          type: 'name',
          name: {
            value: 'Kolesnikova Kalesnikava '.repeat(83_334).slice(0, 2_000_000),
            script: 'latin',
            language: null,
            kind: 'press',
          },
        },
        sourceId: null,
        evidence: null,
        author: { kind: 'import', name: 'bench' },
        createdAt: at,
        confidence: 0.5,
        initialState: 'proposed',
        supersedes: null,
      },
    ]);
    await tx.claims.appendReviews([
      {
        id: 'rev_bench_long_name',
        claimId: 'clm_bench_long_name',
        state: 'rejected',
        author: { kind: 'import', name: 'bench' },
        at,
        note: null,
      },
    ]);
  });
  const after = await search();
  out(db.kind, 'search_ms_before', before, 'ms_per_request');
  out(db.kind, 'search_ms_after_long_name', after, 'ms_per_request');
  out(db.kind, 'search_ratio_after_long_name', after / before, 'ratio');
  await app.close();
}

const pglite = await openDatabase({ memory: true });
try {
  await run(pglite);
} finally {
  await pglite.close();
}
const url = process.env.HABEAS_BENCH_DATABASE_URL;
if (url) {
  const pg = await openDatabase({ databaseUrl: url });
  try {
    await run(pg);
  } finally {
    await pg.close();
  }
}
