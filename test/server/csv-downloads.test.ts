/**
 * CSV downloads of the list routes (docs/open-data.md, "CSV of every list"), on both
 * databases: the type and file name, the rows the JSON list has with the same filters,
 * formulas neutralised, the published view for the public, pages by limit and offset, and the
 * cap with its Link to the rest.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { listCsv, releaseTable } from '../../src/app/transfer/list-csv.ts';
import { parseCsv } from '../../src/core/csv.ts';
import { readLimits } from '../../src/core/read-limits.ts';
import { type AuthHeaders, signIn } from '../support/auth.ts';
import { backends } from '../support/databases.ts';
import { ledgerApp } from '../support/ledger-app.ts';
import { leaks, markers, privateLedger } from '../support/private-ledger.ts';

/** The rows of a CSV answer as objects by column. */
function table(text: string): Array<Record<string, string>> {
  const [head, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

describe.each(backends())('CSV downloads of the sample ledger on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let staff: AuthHeaders;
  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });
  const json = async (url: string) => (await get(url, staff)).json();

  beforeAll(async () => {
    ({ ctx, app } = await ledgerApp(backend));
    await app.ready();
    staff = await signIn(app, ctx, 'editor');
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });

  it('answers text/csv as a download, the same rows as the JSON list', async () => {
    const r = await get('/api/releases?format=csv');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-disposition']).toBe('attachment; filename="habeas-releases.csv"');
    const list = (await get('/api/releases?limit=1000')).json();
    expect(r.headers['x-total-count']).toBe(String(list.total));
    expect(r.headers.link).toBeUndefined();
    expect(parseCsv(r.body)[0]).toEqual(releaseTable.columns);
    const rows = table(r.body);
    expect(rows.map((x) => x.id)).toEqual(list.items.map((x: { id: string }) => x.id));
    const first = list.items[0];
    expect(rows[0]).toMatchObject({
      title: first.title ?? '',
      released_count: String(first.releasedCount?.value ?? ''),
    });
  });

  it('takes Accept: text/csv as well as format=csv', async () => {
    const r = await get('/api/deals', { accept: 'text/csv' });
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    const deals = (await get('/api/deals?limit=1000')).json();
    const rows = table(r.body);
    expect(new Set(rows.map((x) => x.deal_id))).toEqual(
      new Set(deals.items.map((d: { id: string }) => d.id)),
    );
    const concessions = deals.items.reduce(
      (n: number, d: { concessions: unknown[] }) => n + Math.max(1, d.concessions.length),
      0,
    );
    expect(rows).toHaveLength(concessions);
    // Asked for JSON, JSON it is.
    expect((await get('/api/deals?format=json', { accept: 'text/csv' })).json().items).toHaveLength(
      deals.items.length,
    );
  });

  it('gives the CSV its own ETag and Vary: Accept, so no cache serves one for the other', async () => {
    const asJson = await get('/api/releases');
    const asCsv = await get('/api/releases', { accept: 'text/csv' });
    const tag = (r: typeof asJson) => String(r.headers.etag);
    expect(tag(asJson)).toMatch(/^W\//);
    expect(tag(asCsv)).toMatch(/^W\//);
    expect(tag(asCsv)).not.toBe(tag(asJson));
    for (const r of [asJson, asCsv]) expect(String(r.headers.vary)).toContain('Accept');
    // The JSON's tag does not revalidate the CSV, and the CSV's own does.
    const stale = await get('/api/releases', {
      accept: 'text/csv',
      'if-none-match': tag(asJson),
    });
    expect(stale.statusCode).toBe(200);
    expect(stale.headers['content-type']).toBe('text/csv; charset=utf-8');
    const fresh = await get('/api/releases', { accept: 'text/csv', 'if-none-match': tag(asCsv) });
    expect(fresh.statusCode).toBe(304);
  });

  it("honours the page's filters", async () => {
    const filtered = await json('/api/persons/filter?status=released&limit=1000');
    expect(filtered.total).toBeGreaterThan(1);
    const csv = await get('/api/persons/filter?status=released&format=csv', staff);
    const rows = table(csv.body);
    expect(rows.map((x) => x.id)).toEqual(filtered.items.map((p: { id: string }) => p.id));
    expect(rows.every((x) => x.status === 'released')).toBe(true);
    const none = table((await get('/api/releases?country=ZZ&format=csv')).body);
    expect(none).toEqual([]);
    const series = await get('/api/counts/series?country=BY&from=2024-01&to=2025-12&format=csv');
    const months = table(series.body);
    const points = (await json('/api/counts/series?country=BY&from=2024-01&to=2025-12')).points;
    expect(months).toHaveLength(24);
    expect(months.map((m) => Number(m.held_at_month_end))).toEqual(
      points.map((p: { count: number }) => p.count),
    );
    expect(series.headers['content-disposition']).toContain('habeas-counts-BY-2024-01-2025-12.csv');
  });

  it('gives a page with limit and offset, and refuses a format it does not know', async () => {
    const all = table((await get('/api/sources?format=csv')).body);
    expect(all.length).toBeGreaterThan(3);
    const page = await get('/api/sources?format=csv&limit=2&offset=1');
    expect(table(page.body).map((x) => x.id)).toEqual(all.slice(1, 3).map((x) => x.id));
    expect(page.headers['x-total-count']).toBe(String(all.length));
    const bad = await get('/api/sources?format=xlsx');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('querystring.format');
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const at = ctx.clock.now();
    await ctx.db.entities.createEntities([
      { id: 'rel_formula', type: 'release_event', createdAt: at },
    ]);
    await ctx.db.claims.appendClaims(
      [
        ['clm_f1', 'title', { type: 'text', text: '=HYPERLINK("http://evil.example","x")' }],
        ['clm_f2', 'country', { type: 'text', text: 'BY' }],
        ['clm_f3', 'destination', { type: 'text', text: '@SUM(A1:A9)' }],
      ].map(([id, property, value]) => ({
        id: id as string,
        subjectId: 'rel_formula',
        subjectType: 'release_event' as const,
        property: property as string,
        value: value as { type: 'text'; text: string },
        sourceId: null,
        evidence: null,
        author: { kind: 'user' as const, id: 'editor' },
        createdAt: at,
        confidence: 1,
        initialState: 'accepted' as const,
        supersedes: null,
      })),
    );
    const r = await get('/api/releases?format=csv&country=BY');
    const row = table(r.body).find((x) => x.id === 'rel_formula');
    expect(row?.title).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(row?.destinations).toBe("'@SUM(A1:A9)");
    expect(r.body).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe.each(backends())('CSV downloads of a private ledger on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;

  beforeAll(async () => {
    ({ ctx, app } = await ledgerApp(backend, privateLedger()));
    await app.ready();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });

  it('gives the public the published rows only, and staff every row', async () => {
    const staff = await signIn(app, ctx, 'viewer');
    for (const url of [
      '/api/persons/filter?format=csv',
      '/api/releases?format=csv',
      '/api/sources?format=csv',
      '/api/sources/search?format=csv',
      '/api/deals?format=csv',
    ]) {
      const anonymous = await app.inject({ method: 'GET', url });
      expect(anonymous.statusCode, url).toBe(200);
      expect(leaks(anonymous.body), url).toEqual([]);
    }
    const people = (headers = {}) =>
      app.inject({ method: 'GET', url: '/api/persons/filter?format=csv', headers });
    const open = table((await people()).body);
    expect(open.map((p) => p.name)).toEqual(['Alpha Publicperson']);
    const all = table((await people(staff)).body);
    expect(all.map((p) => p.name)).toContain(markers.privateName);
    const sources = table(
      (await app.inject({ method: 'GET', url: '/api/sources?format=csv' })).body,
    );
    expect(sources.map((s) => s.title)).toContain('confidential source');
  });
});

describe('a download past the cap', () => {
  it(`stops at ${readLimits.csvRows} rows and says where the rest starts`, async () => {
    const total = readLimits.csvRows + 1500;
    const asked: Array<[number, number]> = [];
    const pageOf = async (offset: number, limit: number) => {
      asked.push([offset, limit]);
      const n = Math.max(0, Math.min(limit, total - offset));
      return { items: Array.from({ length: n }, (_, i) => offset + i), total };
    };
    const rows = { columns: ['n'], rows: (n: number) => [[n]] };
    const whole = await listCsv(rows, pageOf, { offset: 10 });
    const lines: string[] = [];
    for await (const l of whole.lines) lines.push(l);
    expect(lines).toHaveLength(readLimits.csvRows + 1);
    expect(lines[1]).toBe('10\r\n');
    expect(lines.at(-1)).toBe(`${readLimits.csvRows + 9}\r\n`);
    expect(whole).toMatchObject({ total, next: readLimits.csvRows + 10 });
    // Read a page at a time, never more than a page of items at once.
    expect(Math.max(...asked.map(([, l]) => l))).toBe(readLimits.pageItems);
    const rest = await listCsv(rows, pageOf, { offset: whole.next! });
    let n = 0;
    for await (const _ of rest.lines) n += 1;
    expect(n).toBe(total - whole.next! + 1);
    expect(rest.next).toBeNull();
  });
});
