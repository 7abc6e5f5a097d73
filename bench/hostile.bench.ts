// Hostile callers get bounded work (docs/security.md, "Bounded reads"): every GET route of the
// API's route table, asked with hostile sizes and shapes (deepest pages, widest and inverted
// ranges, long, odd and repeated parameters, long and odd ids) over the sample ledger on
// embedded PGlite, through Fastify's inject, anonymously and as an admin. Targets: no answer
// over its route's ceiling (test/support/answer-ceilings.ts), no 500, no request slower than
// 1 s; and /api/health stays quick while four widest count requests run at once (the outside
// test saw it take 9.3 s). One JSON line per figure; `time/health` is the ratio of a hostile
// request's time to a plain /api/health in the same run.
//
// `--check` (run by `npm test`) fails only on gross violations, so a busy CI machine does not
// fail it: an answer over its ceiling, a 500, or a request slower than HOSTILE_CHECK_MS
// (default 10 s). Without it the run exits 1 when any target above is missed.

import { openDatabase } from '../src/adapters/db/connect.ts';
import { readSampleLedger } from '../src/adapters/sample-ledger.ts';
import { RandomIds } from '../src/adapters/system.ts';
import type { AppContext } from '../src/app/context.ts';
import { LedgerCache } from '../src/app/ledger-cache.ts';
import { loadSampleIfEmpty } from '../src/app/transfer/load-sample.ts';
import { readLimits } from '../src/core/read-limits.ts';
import { buildServer } from '../src/server/app.ts';
import { answerCeilings } from '../test/support/answer-ceilings.ts';
import { signIn } from '../test/support/auth.ts';
import { FixedClock } from '../test/support/factories.ts';
import { routesOf } from '../test/support/route-table.ts';

const check = process.argv.includes('--check');
const limitMs = check ? Number(process.env.HOSTILE_CHECK_MS ?? 10_000) : 1000;
const { pageItems, pageOffset } = readLimits;

const long = (n: number) => 'Ы'.repeat(n);
/** Query shapes asked of every route: most are not its parameters, and must cost nothing. */
const shapes = [
  '',
  `limit=${pageItems}`,
  `limit=${pageItems}&offset=${pageOffset}`,
  `limit=${pageItems + 1}`,
  'limit=-1',
  'limit=1e400',
  'limit=0x7fffffff',
  'limit=NaN',
  `limit=${pageItems}&limit=${pageItems}`,
  'offset=99999999999999999999999',
  `q=${long(200)}&limit=${pageItems}`,
  `q=${long(5000)}`,
  'q=%00',
  `q=${encodeURIComponent('(a+)+$.*'.repeat(20))}`,
  'q[]=a&q[]=b',
  'q=%E2%80%AE%E2%80%8B%ED%A0%80',
  'country=BY&from=0001-01&to=9999-12',
  'country=BY&from=0001-01&to=0050-12',
  'country=BY&from=1976-01&to=2025-12',
  'country=BY&from=2025-12&to=2025-01',
  'country=BY&from=-0001-01&to=2025-13',
  'country=BY&at=9999-12-31',
  'country=BY&at=0000-00-00',
  'country=BY&at=2025-01-01&ids=true',
  `state=any&limit=${pageItems}`,
  `state=accepted&sourceId=${long(200)}`,
  `status=released&held=BY&occupation=${long(200)}&limit=${pageItems}`,
  'format=csv',
  'since=0001-01-01&until=9999-12-31',
  `${'a=1&'.repeat(500)}b=1`,
];
const ids = ['x', long(200), long(3000), '..%2F..%2Fetc%2Fpasswd', '%00', '%E2%80%AE', '1e400'];

interface Result {
  route: string;
  url: string;
  ms: number;
  bytes: number;
  status: number;
}

const db = await openDatabase({ memory: true });
const ctx: AppContext = {
  db,
  clock: new FixedClock(),
  ids: new RandomIds(),
  cache: new LedgerCache(db),
};
await loadSampleIfEmpty(db, readSampleLedger);
const app = await buildServer(ctx, { webDist: '/nonexistent/web-dist' });
await app.ready();
const admin = await signIn(app, ctx, 'admin');

async function ask(route: string, url: string, headers = {}): Promise<Result> {
  const t = performance.now();
  const r = await app.inject({ method: 'GET', url, headers });
  return {
    route,
    url,
    ms: performance.now() - t,
    bytes: r.rawPayload.length,
    status: r.statusCode,
  };
}

const routes = routesOf(app).filter((r) => r.startsWith('/api/') || r.startsWith('/feeds/'));
const unknown = routes.filter((r) => answerCeilings[r] === undefined);
if (unknown.length) {
  console.error(`no answer ceiling for ${unknown.join(', ')} (test/support/answer-ceilings.ts)`);
  process.exit(1);
}

// A plain request first: the baseline, and it warms the counts cache as a server's start does.
const base: number[] = [];
for (let i = 0; i < 20; i++) base.push((await ask('/api/health', '/api/health')).ms);
const baselineMs = [...base].sort((a, b) => a - b)[10]!;

const results: Result[] = [];
const urlsOf = (route: string) => {
  const at = route.replace('*', 'static/swagger-ui-bundle.js');
  const paths = at.includes(':id') ? ids.map((id) => at.replace(':id', id)) : [at];
  return paths.flatMap((p) => shapes.map((q) => (q ? `${p}?${q}` : p)));
};
for (const route of routes)
  for (const url of urlsOf(route))
    for (const headers of [{}, admin]) results.push(await ask(route, url, headers));

// Four of the widest count requests at once, with /api/health asked meanwhile.
const widest = [
  '/api/counts/flow?country=BY&from=0001-01&to=0050-12',
  '/api/counts/series?country=BY&from=1976-01&to=2025-12',
  '/api/counts/flow?country=BY&from=0001-01&to=9999-12',
  '/api/counts/series?country=BY&from=0001-01&to=9999-12',
];
const [health] = await Promise.all([
  ask('/api/health', '/api/health'),
  ...widest.map((u) => ask(new URL(u, 'http://x').pathname, u)),
]);

const violations: string[] = [];
for (const r of results) {
  const ceiling = answerCeilings[r.route]!;
  if (r.status >= 500) violations.push(`${r.url}: status ${r.status}`);
  if (r.bytes > ceiling) violations.push(`${r.url}: ${r.bytes} bytes > ceiling ${ceiling}`);
  if (r.ms > limitMs) violations.push(`${r.url}: ${r.ms.toFixed(0)} ms > ${limitMs} ms`);
}
if (health!.ms > limitMs)
  violations.push(`/api/health during four widest counts: ${health!.ms.toFixed(0)} ms`);

const round = (x: number) => Math.round(x * 100) / 100;
for (const route of routes) {
  const mine = results.filter((r) => r.route === route);
  const worst = mine.reduce((a, b) => (b.ms > a.ms ? b : a));
  const biggest = mine.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  console.log(
    JSON.stringify({
      bench: 'hostile',
      route,
      requests: mine.length,
      maxMs: round(worst.ms),
      'time/health': round(worst.ms / baselineMs),
      slowest: worst.url.slice(0, 100),
      maxBytes: biggest.bytes,
      ceilingBytes: answerCeilings[route],
      errors5xx: mine.filter((r) => r.status >= 500).length,
    }),
  );
}
console.log(
  JSON.stringify({
    bench: 'hostile',
    figure: 'health under four widest count requests',
    ms: round(health!.ms),
    'time/health': round(health!.ms / baselineMs),
  }),
);
console.log(
  JSON.stringify({
    bench: 'hostile',
    figure: 'summary',
    mode: check ? 'check' : 'bench',
    routes: routes.length,
    requests: results.length + widest.length + 1,
    baselineHealthMs: round(baselineMs),
    limitMs,
    violations: violations.length,
  }),
);
await app.close();
await db.close();
if (violations.length) {
  console.error(`hostile: ${violations.length} violation(s):\n  ${violations.join('\n  ')}`);
  process.exit(1);
}
