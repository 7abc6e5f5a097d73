/**
 * Hostile callers get bounded work (docs/security.md, "Bounded reads"): every GET route of the
 * API, asked for the most it accepts over the sample ledger, answers within a ceiling of bytes,
 * of items and of database rows read, and anything past a cap is a 400 that names the cap. The
 * routes come from Fastify's route table (as in privacy.test.ts), so a new GET route without an
 * entry in `widest` and in both ceiling tables fails here until someone decides its widest
 * request and its ceilings.
 *
 * Rows read are the database's own count (table rows scanned plus index entries read:
 * SqlDatabase.rowsRead) over each request, on both databases: once as the first request of a
 * process, which loads what the process keeps per ledger version (and costs what a request
 * whose parameters no one has asked before costs), and once again with that loaded
 * (rowCeilings: `first` and `again`, per route). Items: each list's items are at most
 * its `limit` (readLimits.pageItems), a page starts at most readLimits.pageOffset rows in, a
 * monthly range spans at most readLimits.rangeMonths months. The byte ceilings are for the
 * sample ledger: far above what it needs, far below the 77 MB one request could ask of
 * /api/counts/flow before the range was capped.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../src/adapters/db/sql-database.ts';
import type { AppContext } from '../../src/app/context.ts';
import { LedgerCache } from '../../src/app/ledger-cache.ts';
import { whatsNewLimits } from '../../src/core/history.ts';
import { readLimits } from '../../src/core/read-limits.ts';
import { answerCeilings, rowCeilings } from '../support/answer-ceilings.ts';
import { type AuthHeaders, signIn } from '../support/auth.ts';
import { backends } from '../support/databases.ts';
import { ledgerApp } from '../support/ledger-app.ts';
import { routesOf } from '../support/route-table.ts';

const { pageItems, pageOffset, rangeMonths, cursorChars } = readLimits;
const long = 'Ы'.repeat(200);
const page = `limit=${pageItems}`;
/** The widest month range accepted: rangeMonths months, from the first year ISO 8601 has. */
const widestRange = 'country=BY&from=0001-01&to=0050-12';
/** The earliest start of What is new: whatsNewLimits.maxDays before the app's clock (ledger-app.ts). */
const sinceFarthest = new Date(
  Date.parse('2026-01-01T00:00:00.000Z') - whatsNewLimits.maxDays * 86_400_000,
).toISOString();

interface Ask {
  url: string;
  /** Items of the answer (its main list), at most `maxItems`. */
  // biome-ignore lint/suspicious/noExplicitAny: a parsed JSON answer, shaped per route
  items?: (body: any) => number;
  maxItems?: number;
  /** The status expected when not 200. */
  status?: number;
}

const list = (url: string): Ask => ({ url, items: (b) => b.items.length, maxItems: pageItems });

/** The widest request each GET route accepts (ids filled in from the ledger in beforeAll). */
function widest(ids: Record<string, string>): Record<string, Ask[]> {
  return {
    '/api/persons': [list(`/api/persons?${page}`), list(`/api/persons?q=${long}&${page}`)],
    '/api/persons/filter': [
      list(`/api/persons/filter?${page}`),
      list(`/api/persons/filter?q=${long}&occupation=${long}&${page}`),
      // CSV without a limit: every row, at most readLimits.csvRows (csv-answer.ts).
      { url: '/api/persons/filter?format=csv' },
    ],
    '/api/persons/:id': [{ url: `/api/persons/${ids.person}` }],
    '/api/releases': [list(`/api/releases?${page}`), { url: '/api/releases?format=csv' }],
    '/api/releases/:id': [{ url: `/api/releases/${ids.release}` }],
    '/api/deals': [list(`/api/deals?${page}`), { url: '/api/deals?format=csv' }],
    '/api/deals/:id': [{ url: `/api/deals/${ids.deal}` }],
    '/api/sources': [list(`/api/sources?${page}`), { url: '/api/sources?format=csv' }],
    '/api/sources/search': [
      list(`/api/sources/search?${page}`),
      list(`/api/sources/search?q=${long}&source=${long}&${page}`),
      { url: '/api/sources/search?format=csv' },
    ],
    // A report's text is at most limits.reportTextChars (2,000,000) characters.
    '/api/sources/:id': [{ url: `/api/sources/${ids.source}` }],
    '/api/claims': [list(`/api/claims?${page}`), list(`/api/claims?${page}&offset=${pageOffset}`)],
    '/api/claims/:id': [{ url: `/api/claims/${ids.claim}` }],
    // One page of ids (at most pageItems), however many persons are held.
    '/api/counts': [
      {
        url: `/api/counts?country=BY&at=9999-12-31&${page}`,
        items: (b) => b.registry.ids.items.length,
        maxItems: pageItems,
      },
    ],
    '/api/counts/flow': [
      {
        url: `/api/counts/flow?${widestRange}`,
        items: (b) => b.months.length,
        maxItems: rangeMonths,
      },
      { url: `/api/counts/flow?${widestRange}&format=csv` },
    ],
    '/api/counts/series': [
      {
        url: `/api/counts/series?${widestRange}`,
        items: (b) => b.points.length + b.flow.length,
        maxItems: 2 * rangeMonths,
      },
      { url: `/api/counts/series?${widestRange}&format=csv` },
    ],
    '/api/review-queue': [list(`/api/review-queue?state=any&${page}`)],
    '/api/review-queue/count': [{ url: '/api/review-queue/count' }],
    '/api/health': [{ url: '/api/health' }],
    '/api/auth/me': [{ url: '/api/auth/me' }],
    '/api/users': [list('/api/users')],
    '/api/audit': [list(`/api/audit?${page}`)],
    // Staff export every line; streamed a page at a time (audit-log.ts), so memory stays flat.
    '/api/audit.csv': [{ url: '/api/audit.csv' }],
    '/api/audit/:id': [{ url: `/api/audit/${ids.audit}` }],
    '/api/watched-sources': [list(`/api/watched-sources?${page}`)],
    '/api/docs': [{ url: '/api/docs' }],
    '/api/docs/': [{ url: '/api/docs/' }],
    '/api/docs/static/index.html': [{ url: '/api/docs/static/index.html', status: 302 }],
    '/api/docs/static/swagger-initializer.js': [{ url: '/api/docs/static/swagger-initializer.js' }],
    '/api/docs/*': [{ url: '/api/docs/static/swagger-ui-bundle.js' }],
    '/api/docs/json': [{ url: '/api/docs/json' }],
    '/api/docs/yaml': [{ url: '/api/docs/yaml' }],
    // The farthest back a view may start: the 200 most recently touched entities' changes, each
    // a creation or change and its new conflicts (at most one per 'one' property: fewer than 8).
    '/api/whats-new': [
      {
        url: `/api/whats-new?since=${sinceFarthest}`,
        items: (b) => b.items.length + b.reports.items.length,
        maxItems: whatsNewLimits.subjects * 8 + whatsNewLimits.reports,
      },
    ],
    // The newest feedEntries (50) releases, whatever is asked.
    '/feeds/releases.atom': [{ url: '/feeds/releases.atom' }],
  };
}

/** Requests just past a cap, and the words the refusal must hold. */
const pastCaps: Array<[string, string]> = [
  ['/api/counts/flow?country=BY&from=0001-01&to=9999-12', `the limit is ${rangeMonths}`],
  ['/api/counts/series?country=BY&from=0001-01&to=9999-12', `the limit is ${rangeMonths}`],
  ['/api/counts/flow?country=BY&from=2000-01&to=2050-01', `the limit is ${rangeMonths}`],
  ['/api/counts/flow?country=BY&from=2025-02&to=2025-01', 'is after'],
  ['/api/counts/flow?country=BY&from=2025-13&to=2026-01', 'YYYY-MM'],
  [`/api/persons?limit=${pageItems + 1}`, `at most ${pageItems}`],
  [`/api/claims?offset=${pageOffset + 1}`, `at most ${pageOffset}`],
  [`/api/persons?q=${long}x`, 'at most 200'],
  [`/api/claims?sourceId=${long}x`, 'at most 200'],
  [`/api/counts?country=BY&at=2025-01-01&limit=${pageItems + 1}`, `at most ${pageItems}`],
  [
    `/api/counts?country=BY&at=2025-01-01&cursor=${'A'.repeat(cursorChars + 1)}`,
    `at most ${cursorChars} characters`,
  ],
  ['/api/releases?format=xml', 'csv'],
];

describe.each(backends())('answer bounds of every GET route on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let staff: AuthHeaders;
  let asks: Record<string, Ask[]>;
  const answers = new Map<string, { status: number; body: string; rows: number; first: number }>();

  beforeAll(async () => {
    ({ ctx, app } = await ledgerApp(backend));
    await app.ready();
    staff = await signIn(app, ctx, 'admin');
    const first = async (url: string) =>
      JSON.parse((await app.inject({ method: 'GET', url, headers: staff })).body).items[0].id;
    const ids: Record<string, string> = {
      person: await first('/api/persons?limit=1'),
      release: await first('/api/releases?limit=1'),
      deal: await first('/api/deals?limit=1'),
      source: await first('/api/sources?limit=1'),
      claim: await first('/api/claims?limit=1'),
      audit: await first('/api/audit?limit=1'),
    };
    asks = widest(ids);
    // Something for What is new to show (changes after the ledger's own times) and a few
    // watched sources to list.
    const editor = await signIn(app, ctx, 'editor');
    const report = await app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: editor,
      payload: { text: 'Belarus freed 18 political prisoners on 11 September 2025.' },
    });
    expect(report.statusCode, report.body).toBe(201);
    for (let i = 0; i < 3; i++)
      await app.inject({
        method: 'POST',
        url: '/api/watched-sources',
        headers: editor,
        payload: { url: `https://news.example/feed-${i}.xml`, name: `Feed ${i}` },
      });
    const db = ctx.db as unknown as SqlDatabase;
    // Plans made with statistics, as a database that has run for a while has them: without
    // this, PostgreSQL's plans (and so the rows read) depend on whether autovacuum happened
    // to analyse the freshly loaded tables before the requests.
    await db.rawQuery('analyze');
    const rowsOf = async (url: string) => {
      const before = await db.rowsRead();
      const r = await app.inject({ method: 'GET', url, headers: staff });
      return { r, rows: (await db.rowsRead()) - before };
    };
    for (const ask of Object.values(asks).flat()) {
      // The first request of a process (or after a ledger change) loads what every later one
      // shares: what this process keeps in memory starts empty.
      ctx.cache = new LedgerCache(ctx.db);
      const first = await rowsOf(ask.url);
      const { r, rows } = await rowsOf(ask.url);
      answers.set(ask.url, { status: r.statusCode, body: r.body, rows, first: first.rows });
    }
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });

  it('knows the widest request of every GET route (a new route must be added here)', () => {
    const routes = routesOf(app);
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((r) => !asks[r] || !answerCeilings[r] || !rowCeilings[r])).toEqual([]);
  });

  it('answers the widest request of each route within its ceilings of bytes, items and rows read', () => {
    const over: string[] = [];
    for (const [route, ask] of Object.entries(asks).flatMap(([r, a]) =>
      a.map((x) => [r, x] as const),
    )) {
      const maxBytes = answerCeilings[route] ?? 0;
      const { status, body, rows, first } = answers.get(ask.url)!;
      if (status !== (ask.status ?? 200))
        over.push(`${ask.url}: status ${status} ${body.slice(0, 200)}`);
      const bytes = Buffer.byteLength(body);
      if (bytes > maxBytes) over.push(`${ask.url}: ${bytes} bytes > ${maxBytes}`);
      const maxRows = rowCeilings[route] ?? { first: 0, again: 0 };
      if (first > maxRows.first)
        over.push(`${ask.url}: ${first} rows read, nothing in memory > ${maxRows.first}`);
      if (rows > maxRows.again) over.push(`${ask.url}: ${rows} rows read again > ${maxRows.again}`);
      if (ask.items && status === 200) {
        const n = ask.items(JSON.parse(body));
        if (n > ask.maxItems!) over.push(`${ask.url}: ${n} items > ${ask.maxItems}`);
      }
    }
    expect(over).toEqual([]);
  });

  it('labels every month of the widest range zero-padded, first to last', () => {
    const flow = JSON.parse(answers.get(`/api/counts/flow?${widestRange}`)!.body);
    const series = JSON.parse(answers.get(`/api/counts/series?${widestRange}`)!.body);
    for (const months of [
      flow.months.map((m: { month: string }) => m.month),
      series.flow.map((m: { month: string }) => m.month),
      series.points.map((p: { date: string }) => p.date.slice(0, 7)),
    ]) {
      expect(months).toHaveLength(rangeMonths);
      expect(months.slice(0, 3)).toEqual(['0001-01', '0001-02', '0001-03']);
      expect(months.at(-1)).toBe('0050-12');
      expect(months.every((m: string) => /^\d{4}-\d{2}$/.test(m))).toBe(true);
    }
  });

  it('refuses anything past a cap with a 400 that names the cap, for the public too', async () => {
    for (const [url, words] of pastCaps) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(400);
      expect(r.json().detail, url).toContain(words);
    }
  });

  it("refuses staff routes' requests past a cap the same way", async () => {
    const past = new Date(
      Date.parse('2026-01-01T00:00:00.000Z') - (whatsNewLimits.maxDays + 1) * 86_400_000,
    ).toISOString();
    for (const [url, words] of [
      [`/api/whats-new?since=${past}`, `the limit is ${whatsNewLimits.maxDays} days`],
      [`/api/watched-sources?limit=${pageItems + 1}`, `at most ${pageItems}`],
      [`/api/audit?limit=${pageItems + 1}`, `at most ${pageItems}`],
      [`/api/review-queue?offset=${pageOffset + 1}`, `at most ${pageOffset}`],
    ]) {
      const r = await app.inject({ method: 'GET', url: url!, headers: staff });
      expect(r.statusCode, url).toBe(400);
      expect(r.json().detail, url).toContain(words);
    }
  });

  it('checks pages, ranges and search terms of every route by one schema', () => {
    // The OpenAPI document is generated from the routes' schemas: every limit, offset, month
    // and free-text parameter must carry the same caps.
    type Param = {
      in: string;
      name: string;
      schema: {
        type?: string;
        enum?: unknown;
        pattern?: string;
        maxLength?: number;
        maximum?: number;
      };
    };
    type Doc = { paths: Record<string, Record<string, { parameters?: Param[] }>> };
    const doc = (app as unknown as { swagger(): Doc }).swagger();
    const odd: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops))
        for (const p of op.parameters ?? []) {
          // The query's: path ids have their own check, headers (If-None-Match) are no page or term.
          if (p.in !== 'query') continue;
          const s = p.schema;
          const at = `${method.toUpperCase()} ${path} ?${p.name}`;
          if (p.name === 'limit' && s.maximum !== pageItems) odd.push(`${at} max ${s.maximum}`);
          else if (p.name === 'offset' && s.maximum !== pageOffset)
            odd.push(`${at} max ${s.maximum}`);
          else if (
            s.type === 'string' &&
            !s.enum &&
            !s.pattern &&
            !((s.maxLength ?? Infinity) <= 200)
          )
            odd.push(`${at} has no length cap`);
          else if (s.type === 'integer' && s.maximum === undefined) odd.push(`${at} has no cap`);
        }
    expect(odd).toEqual([]);
  });
});
