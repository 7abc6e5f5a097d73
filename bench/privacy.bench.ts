// What the public view costs (docs/privacy.md): median and p99 latency of API reads asked
// anonymously (published data, through src/app/publish/public-view.ts) and by signed-in staff (the
// database itself), over the sample ledger with one person made private and one source made
// confidential, on embedded PGlite, through Fastify's inject (no network). One JSON line per
// figure. BENCH_PRIVACY_RUNS sets the requests per route and viewer (default 200).

import { openDatabase } from '../src/adapters/db/connect.ts';
import { readSampleLedger } from '../src/adapters/sample-ledger.ts';
import { loadSampleIfEmpty } from '../src/app/transfer/load-sample.ts';
import { buildServer } from '../src/server/app.ts';
import { appContext } from '../test/support/app-context.ts';
import { signIn } from '../test/support/auth.ts';
import { FixedClock } from '../test/support/factories.ts';

const RUNS = Number(process.env.BENCH_PRIVACY_RUNS ?? 200);

const urls = [
  '/api/persons?limit=100',
  '/api/persons?q=Kolesnikova',
  '/api/persons/per_kalesnikava',
  '/api/releases?limit=20',
  '/api/counts?country=BY&at=2025-09-12',
  '/api/counts/series?country=BY&from=2024-01&to=2025-12',
  '/api/sources?limit=100',
];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

const db = await openDatabase({ memory: true });
const ctx = appContext(db, { clock: new FixedClock() });
await loadSampleIfEmpty(db, readSampleLedger);
const person = (await db.entities.listEntities('person', { limit: 1 }))[0]!;
await db.claims.appendClaims([
  {
    id: 'clm_bench_private',
    subjectId: person.id,
    subjectType: 'person',
    property: 'visibility',
    value: { type: 'text', text: 'private' },
    sourceId: null,
    evidence: null,
    author: { kind: 'user', id: 'bench' },
    createdAt: '2026-01-01T00:00:00.000Z',
    confidence: 1,
    initialState: 'accepted',
    supersedes: null,
  },
]);
const source = (await db.sources.listSources({ limit: 1 }))[0]!;
await db.sources.setConfidential(source.id, true);
const app = await buildServer(ctx);
const staff = await signIn(app, ctx, 'viewer');

for (const url of urls) {
  for (const [who, headers] of [
    ['public', {}],
    ['staff', staff],
  ] as const) {
    for (let i = 0; i < 5; i++) await app.inject({ method: 'GET', url, headers });
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const r = await app.inject({ method: 'GET', url, headers });
      ms.push(performance.now() - t);
      if (r.statusCode !== 200) throw new Error(`${who} ${url}: ${r.statusCode} ${r.body}`);
    }
    const round = (v: number) => Math.round(v * 100) / 100;
    console.log(
      JSON.stringify({
        bench: 'privacy',
        figure: `${who} ${url}`,
        p50_ms: round(pct(ms, 50)),
        p99_ms: round(pct(ms, 99)),
        runs: RUNS,
      }),
    );
  }
}
await app.close();
await db.close();
