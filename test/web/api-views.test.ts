/**
 * The server side of the web app: the read views it draws (counts over time, filtered persons,
 * the review queue) over the sample ledger, and serving the built app beside the API.
 */

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSampleLedger } from '../../src/adapters/sample-ledger.ts';
import type { AppContext } from '../../src/app/context.ts';
import { cachedCountData } from '../../src/app/read/count-cache.ts';
import { evidenceContext } from '../../src/app/review/review-queue.ts';
import { loadSampleIfEmpty } from '../../src/app/transfer/load-sample.ts';
import { headlineName, type NameLike } from '../../src/core/names/headline.ts';
import { buildServer } from '../../src/server/app.ts';
import { appContext } from '../support/app-context.ts';
import { signIn } from '../support/auth.ts';
import { pgliteBackend } from '../support/databases.ts';
import { FixedClock } from '../support/factories.ts';

let ctx: AppContext;
let app: FastifyInstance;
// The views the web app draws for signed-in staff (the public's are in test/server/privacy.test.ts).
let staff: Record<string, string>;

async function get<T = Record<string, unknown>>(url: string): Promise<{ status: number; body: T }> {
  const res = await app.inject({ method: 'GET', url, headers: staff });
  return { status: res.statusCode, body: res.json() as T };
}

beforeAll(async () => {
  const db = await pgliteBackend.open();
  // Random ids: the sample ledger already uses the first sequential ones.
  ctx = appContext(db, { clock: new FixedClock() });
  await loadSampleIfEmpty(db, readSampleLedger);
  app = await buildServer(ctx, { webDist: join(tmpdir(), 'habeas-no-web-app') });
  staff = await signIn(app, ctx, 'viewer');
});

afterAll(async () => {
  await app.close();
  await ctx.db.close();
});

describe('GET /api/counts/series', () => {
  it('gives the held count at each month end, reported figures with attribution, and flows', async () => {
    const { status, body } = await get<{
      points: Array<{ date: string; count: number }>;
      reported: Array<{
        asOf: { value: string };
        attributedTo: string | null;
        sourceTitle: string | null;
        sourceId: string | null;
      }>;
      flow: Array<{ month: string; inflow: number; outflow: number }>;
    }>('/api/counts/series?country=BY&from=2024-06&to=2025-12');
    expect(status).toBe(200);
    expect(body.points).toHaveLength(19);
    expect(body.points[0]!.date).toBe('2024-06-30');
    expect(body.points.at(-1)!.date).toBe('2025-12-31');
    expect(body.flow.map((m) => m.month)).toEqual(body.points.map((p) => p.date.slice(0, 7)));
    // The same figures as the one-day count, month by month.
    const dec = await get<{ registry: { count: number } }>('/api/counts?country=BY&at=2025-12-31');
    expect(body.points.at(-1)!.count).toBe(dec.body.registry.count);
    expect(body.flow.reduce((n, m) => n + m.outflow, 0)).toBeGreaterThan(0);
    expect(body.reported.length).toBeGreaterThan(1);
    const days = body.reported.map((r) => r.asOf.value);
    expect([...days].sort()).toEqual(days);
    expect(body.reported.some((r) => r.attributedTo === 'Viasna')).toBe(true);
    for (const r of body.reported.filter((x) => x.sourceId)) expect(r.sourceTitle).toBeTruthy();
  });

  it('refuses a bad range with a message naming the field', async () => {
    const bad = await get<{ message: string }>(
      '/api/counts/series?country=BY&from=2025-13&to=2025-12',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('from');
    const reversed = await get<{ message: string }>(
      '/api/counts/series?country=BY&from=2025-12&to=2025-01',
    );
    expect(reversed.status).toBe(400);
    expect(reversed.body.message).toContain("'from' (2025-12) is after 'to' (2025-01)");
  });
});

interface PersonPage {
  items: Array<{
    id: string;
    name: string;
    occupations: string[];
    status: { status: string } | null;
    match?: { name: string };
  }>;
  total: number;
  facets: { statuses: Record<string, number>; countries: Record<string, number> };
}

describe('GET /api/persons/filter', () => {
  it('filters by latest status and reports status facets over the registry', async () => {
    const all = await get<PersonPage>('/api/persons/filter?limit=1000');
    const released = await get<PersonPage>('/api/persons/filter?status=released&limit=1000');
    expect(released.body.total).toBe(all.body.facets.statuses.released);
    expect(released.body.items.length).toBeGreaterThan(0);
    for (const p of released.body.items) expect(p.status?.status).toBe('released');
    expect(all.body.total).toBeGreaterThan(released.body.total);
  });

  it('filters by occupation, by release and by name together', async () => {
    const musicians = await get<PersonPage>('/api/persons/filter?occupation=MUSIC');
    expect(musicians.body.items.map((p) => p.name)).toContain('Maria Kalesnikava');
    for (const p of musicians.body.items)
      expect(p.occupations.some((o) => o.toLowerCase().includes('music'))).toBe(true);
    const december = await get<PersonPage>('/api/persons/filter?release=rel_2025_12_13&limit=1000');
    const ids = december.body.items.map((p) => p.id);
    expect(ids).toContain('per_kalesnikava');
    expect(ids).not.toContain('per_kastusiou');
    const named = await get<PersonPage>(
      `/api/persons/filter?q=${encodeURIComponent('Колесникова')}&release=rel_2025_12_13`,
    );
    expect(named.body.items[0]!.id).toBe('per_kalesnikava');
    expect(named.body.items[0]!.match?.name).toBeTruthy();
    const nobody = await get<PersonPage>(
      `/api/persons/filter?q=${encodeURIComponent('Колесникова')}&release=rel_2024_07_03`,
    );
    expect(nobody.body.items.map((p) => p.id)).not.toContain('per_kalesnikava');
  });

  it('lists the people behind the registry count (held today)', async () => {
    // The test clock stands at 2025-09-12.
    type Count = {
      registry: { named: number; ids: { items: string[]; nextCursor: string | null } };
    };
    const count = await get<Count>('/api/counts?country=BY&at=2025-09-12&limit=1000');
    // The sample holds fewer than a page's 1,000: one page has every id.
    expect(count.body.registry.ids.nextCursor).toBeNull();
    const held = await get<PersonPage>('/api/persons/filter?held=BY&limit=1000');
    expect(held.body.total).toBe(count.body.registry.named);
    expect(held.body.items.map((p) => p.id).sort()).toEqual(
      [...count.body.registry.ids.items].sort(),
    );
    expect(held.body.total).toBeGreaterThan(0);
  });

  it('rejects an unknown status', async () => {
    expect((await get('/api/persons/filter?status=vanished')).status).toBe(400);
  });

  it('lists people in the reader’s order, page after page, and refuses a language it lacks', async () => {
    type Named = PersonPage & { items: Array<{ names: NameLike[] }> };
    for (const lang of ['be', 'ru', 'uk', 'en'] as const) {
      const first = await get<Named>(`/api/persons/filter?lang=${lang}&limit=5`);
      const rest = await get<Named>(`/api/persons/filter?lang=${lang}&limit=1000&offset=5`);
      const names = [...first.body.items, ...rest.body.items].map((p) =>
        headlineName(p.names, p.name, lang),
      );
      expect(names).toHaveLength(first.body.total);
      expect(names, lang).toEqual([...names].sort(new Intl.Collator(lang).compare));
    }
    const bad = await get<{ message: string }>('/api/persons/filter?lang=de');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('lang');
  });
});

interface Queue {
  items: Array<{
    claim: {
      id: string;
      property: string;
      state: string;
      sourceId: string | null;
      evidence: { quote: string } | null;
    };
    subject: {
      id: string;
      type: string;
      label: string;
      parts?: Record<string, unknown>;
      names?: Array<{ value: string }>;
    };
    valueLabel: string | null;
    valueNames?: Array<{ value: string }>;
    context: { before: string; quote: string; after: string } | null;
  }>;
  total: number;
}

describe('GET /api/review-queue', () => {
  it('lists proposed claims with subject labels and the evidence in its context', async () => {
    const { body } = await get<Queue>('/api/review-queue?limit=100');
    const proposed = await get<{ total: number }>('/api/claims?state=proposed&limit=1');
    expect(body.total).toBe(proposed.body.total);
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(item.claim.state).toBe('proposed');
      // Every subject gets words, never its bare id (unnamed groups and figures included).
      expect(item.subject.label).not.toBe(item.subject.id);
      if (item.claim.evidence) expect(item.context?.quote).toBe(item.claim.evidence.quote);
    }
  });

  it('gives the parts of an unnamed group’s and a reported figure’s label, for the reader’s language', async () => {
    const { body } = await get<Queue>('/api/review-queue?state=any&limit=1000');
    const group = body.items.find((i) => i.subject.type === 'aggregate' && i.subject.parts)!;
    expect(group.subject.parts).toEqual({
      kind: 'unnamed',
      count: expect.any(Number),
      description: expect.any(String),
    });
    const { count, description } = group.subject.parts as { count: number; description: string };
    expect(group.subject.label).toBe(`${count} unnamed: ${description}`);
    const figure = body.items.find((i) => i.subject.type === 'count_claim')!;
    expect(figure.subject.parts).toMatchObject({ kind: 'figure', country: 'BY' });
    expect(figure.subject.label).toMatch(/^reported figure for BY/);
    // A person's, a release's subject has a name or a title of its own: no parts.
    const person = body.items.find((i) => i.subject.id === 'per_kalesnikava')!;
    expect(person.subject.parts).toBeUndefined();
    // A person, and the person a status change is about, come with every spelling.
    expect(person.subject.names?.map((n) => n.value)).toContain('Марыя Калеснікава');
    const change = body.items.find((i) => i.subject.type === 'status_change')!;
    expect(change.subject.names?.map((n) => n.value)).toContain(change.subject.label);
    const release = body.items.find((i) => i.subject.type === 'release_event')!;
    expect(release.subject.names).toBeUndefined();
    // A released person as a claim's value: their spellings beside the label.
    const released = body.items.find((i) => i.claim.property === 'released')!;
    expect(released.valueNames?.map((n) => n.value)).toContain(released.valueLabel);
  });

  it("lists every claim of one report with state 'any'", async () => {
    const { body } = await get<Queue>(
      '/api/review-queue?state=any&sourceId=src_2025_12_13_wire&limit=1000',
    );
    const claims = await get<{ total: number }>('/api/claims?sourceId=src_2025_12_13_wire&limit=1');
    expect(body.total).toBe(claims.body.total);
    expect(new Set(body.items.map((i) => i.claim.state)).has('accepted')).toBe(true);
    for (const i of body.items) expect(i.claim.sourceId).toBe('src_2025_12_13_wire');
  });

  it('cuts the context at word boundaries and marks what was left out', () => {
    const text = `${'word '.repeat(60)}Belarus freed 52 people ${'more '.repeat(60)}`;
    const start = text.indexOf('52');
    const c = evidenceContext(text, start, start + 2);
    expect(c.quote).toBe('52');
    expect(c.before.startsWith('…word')).toBe(true);
    expect(c.before.endsWith('Belarus freed ')).toBe(true);
    expect(c.after.startsWith(' people more')).toBe(true);
    expect(c.after.endsWith('…')).toBe(true);
    expect(evidenceContext('52 freed', 0, 2)).toEqual({ before: '', quote: '52', after: ' freed' });
  });
});

describe('counts kept in memory', () => {
  it('are reused while the ledger version stands and rebuilt after any commit', async () => {
    const a = await cachedCountData(ctx.cache, ctx.db);
    expect(await cachedCountData(ctx.cache, ctx.db)).toBe(a);
    // A commit no HTTP request made (straight through the stores, as another process would),
    // and one that adds no claim: the source's confidentiality set to what it already is.
    const [source] = await ctx.db.sources.listSources({ limit: 1 });
    await ctx.db.sources.setConfidential(source!.id, source!.confidential === true);
    const b = await cachedCountData(ctx.cache, ctx.db);
    expect(b).not.toBe(a);
    expect(b).toEqual(a);
    expect(await cachedCountData(ctx.cache, ctx.db)).toBe(b);
  });

  it('the pending count and the series follow a review made through the API', async () => {
    const before = await get<{ total: number }>('/api/review-queue/count');
    const proposed = await get<{ items: Array<{ id: string }>; total: number }>(
      '/api/claims?state=proposed&limit=1',
    );
    expect(before.body.total).toBe(proposed.body.total);
    const res = await app.inject({
      method: 'POST',
      url: `/api/claims/${proposed.body.items[0]!.id}/review`,
      headers: await signIn(app, ctx, 'reviewer'),
      payload: { state: 'rejected' },
    });
    expect(res.statusCode).toBe(200);
    expect((await get<{ total: number }>('/api/review-queue/count')).body.total).toBe(
      before.body.total - 1,
    );
  });
});

describe('serving the web app', () => {
  it('without a built app the API still answers and other paths are JSON 404s', async () => {
    expect((await get('/api/health')).status).toBe(200);
    const res = await app.inject({ method: 'GET', url: '/people/per_x' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not_found' });
  });

  it('with a built app: index.html for page addresses, cached assets, JSON 404 under /api', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'habeas-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html lang="en"><head></head><body><div id="root"></div></body></html>',
    );
    writeFileSync(join(dist, 'assets/index-abc.js'), 'console.log(1)');
    const web = await buildServer(ctx, { webDist: dist });
    try {
      for (const url of ['/', '/people/per_kalesnikava', '/releases?view=timeline']) {
        const page = await web.inject({ method: 'GET', url });
        expect(page.statusCode, url).toBe(200);
        expect(page.headers['content-type']).toContain('text/html');
        expect(page.headers['cache-control']).toBe('no-cache');
      }
      // The page's language from Accept-Language, before any script runs.
      const lang = async (accept?: string) => {
        const res = await web.inject({
          method: 'GET',
          url: '/people',
          headers: accept ? { 'accept-language': accept } : {},
        });
        expect(res.headers.vary).toContain('Accept-Language');
        return /<html lang="(\w+)" data-lang-from="accept-language">/.exec(res.body)?.[1];
      };
      expect(await lang('be-BY,be;q=0.9,ru;q=0.8')).toBe('be');
      expect(await lang('de-DE,de;q=0.9,uk;q=0.5,ru;q=0.4')).toBe('uk');
      expect(await lang('en;q=0.2, ru')).toBe('ru');
      expect(await lang('ru;q=0, fr')).toBe('en');
      expect(await lang()).toBe('en');
      const asset = await web.inject({ method: 'GET', url: '/assets/index-abc.js' });
      expect(asset.body).toBe('console.log(1)');
      expect(asset.headers['cache-control']).toContain('immutable');
      const api = await web.inject({ method: 'GET', url: '/api/nothing' });
      expect(api.statusCode).toBe(404);
      expect(api.json()).toMatchObject({ error: 'not_found' });
      expect((await web.inject({ method: 'GET', url: '/api/releases?limit=1' })).statusCode).toBe(
        200,
      );
    } finally {
      await web.close();
    }
  });
});
