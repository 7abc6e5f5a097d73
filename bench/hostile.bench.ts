// Hostile callers get bounded work (docs/security.md, "Bounded reads"): every route of the API's
// route table, asked with hostile sizes and shapes over the sample ledger on embedded PGlite,
// through Fastify's inject.
//
// - Every GET route (anonymously and as an admin): deepest pages, widest and inverted ranges,
//   long, odd and repeated parameters, forged cursors, CSV by format and by Accept, long and odd
//   ids. Targets: no answer over its route's ceiling of bytes (test/support/answer-ceilings.ts)
//   or of rows read (the database's own count, SqlDatabase.rowsRead; what the process keeps per
//   ledger version loaded first, as a running server has), no 500, no request slower than 1 s;
//   and /api/health stays quick while four widest count requests run at once (the outside test
//   saw it take 9.3 s).
// - Every write route (POST, PATCH, DELETE; as an admin with an API token, so no refusal is
//   only the role's): its body's every field in turn too long, of the wrong type, nested deep,
//   holding NUL, markup and formulas, and for texts the shapes that once made extraction
//   backtrack for minutes; the whole body empty, null, an array, a string, 10,000 keys wide or
//   levels deep, past the body limit. Targets: no 500 and none slower than 1 s.
//
// One JSON line per figure; `time/health` is the ratio of a request's time to a plain
// /api/health in the same run. `--check` (run by `npm test`) fails only on gross violations, so
// a busy CI machine does not fail it: an answer over a ceiling, a 500, or a request slower than
// HOSTILE_CHECK_MS (default 10 s). Without it the run exits 1 when any target above is missed.

import { openDatabase } from '../src/adapters/db/connect.ts';
import type { SqlDatabase } from '../src/adapters/db/sql-database.ts';
import { htmlToText } from '../src/adapters/news/html-to-text.ts';
import { sanitiseForExtraction } from '../src/adapters/news/sanitise.ts';
import { readSampleLedger } from '../src/adapters/sample-ledger.ts';
import { loadSampleIfEmpty } from '../src/app/transfer/load-sample.ts';
import { readLimits } from '../src/core/read-limits.ts';
import { buildServer } from '../src/server/app.ts';
import { answerCeilings, rowCeilings } from '../test/support/answer-ceilings.ts';
import { appContext } from '../test/support/app-context.ts';
import { bearerFor, signIn } from '../test/support/auth.ts';
import { FixedClock } from '../test/support/factories.ts';
import { routesOf } from '../test/support/route-table.ts';

const check = process.argv.includes('--check');
const limitMs = check ? Number(process.env.HOSTILE_CHECK_MS ?? 10_000) : 1000;
const { pageItems, pageOffset, cursorChars } = readLimits;

const long = (n: number) => 'Ы'.repeat(n);
/** Query shapes asked of every GET route: most are not its parameters, and must cost nothing. */
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
  `country=BY&at=2025-01-01&limit=${pageItems}&cursor=${'A'.repeat(cursorChars)}`,
  `country=BY&at=2025-01-01&cursor=${'A'.repeat(cursorChars + 1)}`,
  'country=BY&at=2025-01-01&cursor=eyJrIjoiXHUwMDAwIn0',
  'country=BY&at=2025-01-01&cursor=%2F%2F..%2B%3D',
  `state=any&limit=${pageItems}`,
  `state=accepted&sourceId=${long(200)}`,
  `status=released&held=BY&occupation=${long(200)}&limit=${pageItems}`,
  'format=csv',
  `format=csv&offset=${pageOffset}`,
  `format=csv&limit=${pageItems}`,
  'format=csv&country=BY&from=0001-01&to=0050-12',
  'format=xlsx',
  'since=0001-01-01&until=9999-12-31',
  'since=1970-01-01T00:00:00.000Z',
  `since=${long(300)}`,
  `${'a=1&'.repeat(500)}b=1`,
];
const ids = ['x', long(200), long(3000), '..%2F..%2Fetc%2Fpasswd', '%00', '%E2%80%AE', '1e400'];
/** Accept headers asked beside none: CSV by Accept, and an odd one. */
const acceptHeaders: Array<Record<string, string>> = [
  { accept: 'text/csv' },
  { accept: `text/csv;q=${'9'.repeat(3000)}` },
];

interface Result {
  route: string;
  method: string;
  url: string;
  ms: number;
  bytes: number;
  status: number;
  rows: number | null;
}

const db = await openDatabase({ memory: true });
const ctx = appContext(db, {
  clock: new FixedClock(),
  // As `habeas serve` reads HTML reports (src/wiring.ts); no fetcher: nothing leaves the machine.
  htmlToText: (html) => htmlToText(sanitiseForExtraction(html)),
});
await loadSampleIfEmpty(db, readSampleLedger);
const app = await buildServer(ctx, { webDist: '/nonexistent/web-dist' });
await app.ready();
const admin = await signIn(app, ctx, 'admin');
const token = await bearerFor(ctx, 'admin');
const sql = db as unknown as SqlDatabase;

/**
 * The count of rows read after the last request, while only counted requests ran since: the
 * next counted request's starting point, so each request costs one reading instead of two.
 */
let lastRowsRead: number | null = null;

async function ask(
  route: string,
  method: string,
  url: string,
  headers: Record<string, string> = {},
  payload?: string,
  rows = false,
): Promise<Result> {
  const before = rows ? (lastRowsRead ?? (await sql.rowsRead())) : 0;
  lastRowsRead = null;
  const t = performance.now();
  const r = await app.inject({
    method: method as 'GET',
    url,
    headers: payload === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    ...(payload === undefined ? {} : { payload }),
  });
  const ms = performance.now() - t;
  if (rows) lastRowsRead = await sql.rowsRead();
  return {
    route,
    method,
    url,
    ms,
    bytes: r.rawPayload.length,
    status: r.statusCode,
    rows: rows ? lastRowsRead! - before : null,
  };
}

const apiRoutes = (method: string) =>
  routesOf(app, method).filter((r) => r.startsWith('/api/') || r.startsWith('/feeds/'));
const routes = apiRoutes('GET');
const unknown = routes.filter(
  (r) => answerCeilings[r] === undefined || rowCeilings[r] === undefined,
);
if (unknown.length) {
  console.error(`no ceilings for ${unknown.join(', ')} (test/support/answer-ceilings.ts)`);
  process.exit(1);
}

// A plain request first: the baseline, and it warms the counts cache as a server's start does.
const base: number[] = [];
for (let i = 0; i < 20; i++) base.push((await ask('/api/health', 'GET', '/api/health')).ms);
const baselineMs = [...base].sort((a, b) => a - b)[10]!;

const urlsOf = (route: string) => {
  const at = route.replace('*', 'static/swagger-ui-bundle.js');
  const paths = at.includes(':id') ? ids.map((id) => at.replace(':id', id)) : [at];
  return paths.flatMap((p) => shapes.map((q) => (q ? `${p}?${q}` : p)));
};
// What a running server keeps per ledger version, loaded as its first requests would.
for (const route of routes)
  for (const url of urlsOf(route).slice(0, 2)) await ask(route, 'GET', url);

const results: Result[] = [];
for (const route of routes)
  for (const url of urlsOf(route))
    for (const who of [{}, admin]) {
      results.push(await ask(route, 'GET', url, who, undefined, true));
      // CSV by Accept (and an odd Accept) on the plain and the widest page of each route.
      if (!url.includes('?') || url.endsWith(`?limit=${pageItems}`))
        for (const accept of acceptHeaders)
          results.push(await ask(route, 'GET', url, { ...who, ...accept }, undefined, true));
    }

// Four of the widest count requests at once, with /api/health asked meanwhile.
const widest = [
  '/api/counts/flow?country=BY&from=0001-01&to=0050-12',
  '/api/counts/series?country=BY&from=1976-01&to=2025-12',
  '/api/counts/flow?country=BY&from=0001-01&to=9999-12',
  '/api/counts/series?country=BY&from=0001-01&to=9999-12',
];
const [health] = await Promise.all([
  ask('/api/health', 'GET', '/api/health'),
  ...widest.map((u) => ask(new URL(u, 'http://x').pathname, 'GET', u)),
]);

// Write routes: hostile bodies, field by field (from each route's body schema) and whole.
type Schema = { type?: string | string[]; properties?: Record<string, Schema> };
type Doc = {
  paths: Record<
    string,
    Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>
  >;
};
const doc = (app as unknown as { swagger(): Doc }).swagger();
const first = async (url: string) =>
  JSON.parse((await app.inject({ method: 'GET', url, headers: admin })).body).items[0]?.id ?? 'x';
const realIds: Array<[string, string]> = [
  ['/api/claims/', await first('/api/claims?limit=1')],
  ['/api/persons/', await first('/api/persons?limit=1')],
  ['/api/releases/', await first('/api/releases?limit=1')],
  ['/api/sources/', await first('/api/sources?limit=1')],
  ['/api/audit/', await first('/api/audit?limit=1')],
  ['/api/users/', await first('/api/users?limit=1000')],
];
/** JSON nested n arrays deep around leaf, written as text (JSON.stringify would overflow). */
const deep = (n: number, leaf: string) => `${'['.repeat(n)}${leaf}${']'.repeat(n)}`;
/** A body of `base` with `field` set to raw JSON text. */
const withRaw = (base: Record<string, unknown>, field: string, raw: string) =>
  JSON.stringify({ ...base, [field]: 0 }).replace(
    `${JSON.stringify(field)}:0`,
    `${JSON.stringify(field)}:${raw}`,
  );
const wide = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]));
/** Texts that once cost extraction minutes (test/core/extract/hostile-shapes.test.ts). */
const slowTexts = ['T'.repeat(40_000), 'Ж'.repeat(40_000), 'Ta-'.repeat(13_000)];
const fieldValues: unknown[] = [
  long(100_000),
  '\u0000x',
  '<img src=x onerror=alert(1)>=HYPERLINK("http://evil.example")',
  'javascript:alert(1)',
  Array.from({ length: 10_000 }, () => 'x'),
  1e308,
  -1,
  null,
  { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } },
];
const personId = realIds.find(([p]) => p === '/api/persons/')![1];
const sentence = 'Belarus freed nine political prisoners on 21 June 2025, Viasna said.';
/**
 * A body each route takes, so that a field made hostile is the only thing wrong with it and the
 * request reaches the work behind the route (extraction, a merge, the import); other routes get
 * every field of their schema as 'x'.
 */
const goodBodies: Record<string, Record<string, unknown>> = {
  '/api/reports': { text: sentence },
  '/api/reports/batch': { items: [{ text: sentence }] },
  '/api/claims': {
    subjectId: personId,
    property: 'occupation',
    value: { type: 'text', text: 'journalist' },
  },
  '/api/claims/:id/review': { state: 'accepted' },
  '/api/claims/:id/correct': { value: { type: 'text', text: 'journalist' } },
  '/api/watched-sources': { url: 'https://news.example/feed.xml', name: 'News' },
  '/api/users': { username: 'bench-user', role: 'viewer' },
  '/api/auth/login': { username: 'admin', password: 'a wrong guess' },
  '/api/import': {
    format: 'habeas-ledger',
    version: 1,
    sources: [],
    entities: [],
    claims: [],
    reviews: [],
  },
};
const bodiesOf = (route: string, schema: Schema | undefined): string[] => {
  const props = Object.keys(schema?.properties ?? {});
  const base = goodBodies[route] ?? Object.fromEntries(props.map((p) => [p, 'x']));
  const set = (p: string, v: unknown) => {
    const body: Record<string, unknown> = { ...base, [p]: v };
    // One of text and html: the html variant goes alone.
    if (p === 'html') delete body.text;
    return JSON.stringify(body);
  };
  return [
    '{}',
    'null',
    '[]',
    '"a string"',
    JSON.stringify(wide),
    deep(10_000, '{}'),
    JSON.stringify({ x: 'y'.repeat(6 * 1024 * 1024) }),
    '{"unclosed": ',
    JSON.stringify(base),
    ...props.flatMap((p) => [
      ...fieldValues.map((v) => set(p, v)),
      withRaw(base, p, deep(5000, '"x"')),
    ]),
    ...props
      .filter((p) => ['text', 'html', 'title', 'name', 'note'].includes(p))
      .flatMap((p) => slowTexts.map((v) => set(p, p === 'text' ? `${v}\n${sentence}` : v))),
  ];
};
// Sign-out would end the admin's session; every other write route is asked.
const writeMethods = ['POST', 'PATCH', 'DELETE', 'PUT'];
const writes = writeMethods.flatMap((m) =>
  apiRoutes(m)
    .filter((r) => r !== '/api/auth/logout')
    .map((r) => [m, r] as const),
);
const writeResults: Result[] = [];
for (const [method, route] of writes) {
  const real = realIds.find(([prefix]) => route.startsWith(prefix))?.[1] ?? 'x';
  const paths = route.includes(':id')
    ? [real, long(300), '%00'].map((id) => route.replace(':id', id))
    : [route];
  const schema =
    doc.paths[route.replace(':id', '{id}')]?.[method.toLowerCase()]?.requestBody?.content?.[
      'application/json'
    ]?.schema;
  for (const url of paths)
    for (const body of bodiesOf(route, schema))
      writeResults.push(await ask(route, method, url, token, body));
}

const violations: string[] = [];
for (const r of [...results, ...writeResults]) {
  const what = `${r.method} ${r.url.slice(0, 120)}`;
  if (r.status >= 500) violations.push(`${what}: status ${r.status}`);
  if (r.ms > limitMs) violations.push(`${what}: ${r.ms.toFixed(0)} ms > ${limitMs} ms`);
  if (r.method !== 'GET') continue;
  const ceiling = answerCeilings[r.route]!;
  if (r.bytes > ceiling) violations.push(`${what}: ${r.bytes} bytes > ceiling ${ceiling}`);
  // Any request may be the first with its parameters (a new date, a new country): `first`.
  const rowCeiling = rowCeilings[r.route]!.first;
  if ((r.rows ?? 0) > rowCeiling)
    violations.push(`${what}: ${r.rows} rows read > ceiling ${rowCeiling}`);
}
if (health!.ms > limitMs)
  violations.push(`/api/health during four widest counts: ${health!.ms.toFixed(0)} ms`);

const round = (x: number) => Math.round(x * 100) / 100;
for (const [method, route] of [...routes.map((r) => ['GET', r] as const), ...writes]) {
  const mine = [...results, ...writeResults].filter(
    (r) => r.route === route && r.method === method,
  );
  const worst = mine.reduce((a, b) => (b.ms > a.ms ? b : a));
  const biggest = mine.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  console.log(
    JSON.stringify({
      bench: 'hostile',
      method,
      route,
      requests: mine.length,
      maxMs: round(worst.ms),
      'time/health': round(worst.ms / baselineMs),
      slowest: worst.url.slice(0, 100),
      maxBytes: biggest.bytes,
      ...(method === 'GET'
        ? {
            ceilingBytes: answerCeilings[route],
            maxRows: Math.max(...mine.map((r) => r.rows ?? 0)),
            ceilingRows: rowCeilings[route]!.first,
          }
        : {}),
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
    getRoutes: routes.length,
    writeRoutes: writes.length,
    requests: results.length + writeResults.length + widest.length + 1,
    baselineHealthMs: round(baselineMs),
    slowestMs: round(Math.max(...[...results, ...writeResults].map((r) => r.ms))),
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
