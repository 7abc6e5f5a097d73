/**
 * Privacy (docs/privacy.md): every GET route of the API, asked anonymously, shows none of the
 * private markers of test/support/private-ledger.ts; signed-in staff see them all. The routes
 * come from Fastify's own route table, so a new GET route without an entry in `requests`
 * fails this test until someone decides what to ask it.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { exportLedger } from '../../src/app/transfer/export-ledger.ts';
import { dumpToCsv } from '../../src/app/transfer/ledger-csv.ts';
import { encodeCursor } from '../../src/core/cursor.ts';
import { signIn } from '../support/auth.ts';
import { backends } from '../support/databases.ts';
import { ledgerApp } from '../support/ledger-app.ts';
import {
  confidentialSourceId,
  leaks,
  markers,
  privateLedger,
  publicPersonId,
  publicSourceId,
  releaseId,
} from '../support/private-ledger.ts';
import { routesOf } from '../support/route-table.ts';

const dump = privateLedger();
const q = encodeURIComponent;
const range = 'country=BY&from=2024-01&to=2025-12';

/** What to ask each GET route; the union must show staff every marker. */
const requests: Record<string, string[]> = {
  '/api/persons': [
    '/api/persons?limit=1000',
    `/api/persons?q=${q(markers.privateName)}`,
    `/api/persons?q=${q(markers.proposedName)}`,
    '/api/persons?q=Zzprivname',
    `/api/persons?q=${q(markers.mergedAlias)}`,
  ],
  '/api/persons/filter': [
    '/api/persons/filter?limit=1000',
    '/api/persons/filter?format=csv',
    `/api/persons/filter?format=csv&q=${q(markers.privateName)}`,
    `/api/persons/filter?q=${q(markers.privateName)}`,
    `/api/persons/filter?q=${q(markers.proposedName)}`,
    '/api/persons/filter?held=BY',
    '/api/persons/filter?status=released',
    '/api/persons/filter?country=BY',
    `/api/persons/filter?release=${releaseId}`,
    `/api/persons/filter?occupation=${markers.rejected}`,
    '/api/persons/filter?occupation=lawyer',
  ],
  '/api/persons/:id': [
    `/api/persons/${publicPersonId}`,
    `/api/persons/${markers.privateId}`,
    '/api/persons/per_alias',
  ],
  '/api/releases': [
    '/api/releases?limit=1000',
    '/api/releases?country=BY',
    '/api/releases?format=csv',
  ],
  '/api/releases/:id': [`/api/releases/${releaseId}`],
  '/api/deals': ['/api/deals', '/api/deals?format=csv'],
  '/api/deals/:id': ['/api/deals/deal_june'],
  '/api/sources': ['/api/sources?limit=1000', '/api/sources?format=csv'],
  // Full-text and name search: a confidential report's words, private and proposed names.
  '/api/sources/search': [
    '/api/sources/search?limit=1000',
    `/api/sources/search?q=${q(markers.sourceText)}`,
    `/api/sources/search?q=${q(markers.title)}`,
    `/api/sources/search?q=${q(markers.privateName)}`,
    `/api/sources/search?q=${q(markers.proposedName)}`,
    `/api/sources/search?q=${q(markers.mergedAlias)}`,
    '/api/sources/search?country=BY',
    '/api/sources/search?format=csv',
    `/api/sources/search?format=csv&q=${q(markers.sourceText)}`,
  ],
  '/api/sources/:id': [`/api/sources/${confidentialSourceId}`, `/api/sources/${publicSourceId}`],
  '/api/claims': [
    '/api/claims?limit=1000',
    '/api/claims?state=accepted&limit=1000',
    '/api/claims?state=proposed',
    '/api/claims?state=rejected',
    `/api/claims?sourceId=${confidentialSourceId}`,
    '/api/claims?property=familyContact',
    '/api/claims?subjectType=detention',
  ],
  '/api/claims/:id': dump.claims.map((c) => `/api/claims/${c.id}`),
  // Pages of one id: the private person would be on a page of its own, after the cursor.
  '/api/counts': [
    '/api/counts?country=BY&at=2025-01-01',
    '/api/counts?country=BY&at=2025-01-01&limit=1',
    `/api/counts?country=BY&at=2025-01-01&limit=1&cursor=${encodeCursor(publicPersonId)}`,
    `/api/counts?country=BY&at=2025-01-01&limit=1&cursor=${encodeCursor('per_a')}`,
  ],
  '/api/counts/flow': [`/api/counts/flow?${range}`, `/api/counts/flow?${range}&format=csv`],
  '/api/counts/series': [`/api/counts/series?${range}`, `/api/counts/series?${range}&format=csv`],
  // Staff only (401 for the public): the whole ledger's changes since the mark or a time.
  '/api/whats-new': ['/api/whats-new', '/api/whats-new?since=2024-12-31'],
  '/api/review-queue': [
    '/api/review-queue?state=any&limit=1000',
    `/api/review-queue?sourceId=${confidentialSourceId}&state=any`,
    `/api/review-queue?sourceId=${confidentialSourceId}&state=accepted`,
    `/api/review-queue?sourceId=${publicSourceId}&state=accepted`,
  ],
  '/api/review-queue/count': ['/api/review-queue/count'],
  '/api/health': ['/api/health'],
  '/api/auth/me': ['/api/auth/me'],
  '/api/users': ['/api/users'],
  // Accounts' audit routes, when present, are asked too (see routesOf: unknown GETs fail).
  '/api/audit': ['/api/audit?limit=1000'],
  '/api/audit/export': ['/api/audit/export'],
  '/api/audit/:id': ['/api/audit/aud_none'],
  '/api/audit.csv': ['/api/audit.csv'],
  // Editors' configuration: none in this ledger, and refused to the public.
  '/api/watched-sources': ['/api/watched-sources?limit=1000'],
  '/api/docs': ['/api/docs'],
  '/api/docs/': ['/api/docs/'],
  '/api/docs/static/index.html': ['/api/docs/static/index.html'],
  '/api/docs/static/swagger-initializer.js': ['/api/docs/static/swagger-initializer.js'],
  '/api/docs/*': ['/api/docs/static/index.css'],
  '/api/docs/json': ['/api/docs/json'],
  '/api/docs/yaml': ['/api/docs/yaml'],
  // Published releases only, whoever asks (test/server/releases-feed.test.ts).
  '/feeds/releases.atom': ['/feeds/releases.atom', '/feeds/releases.atom?country=BY'],
  // The web app (when built) is static: it reads the API above.
  '/': ['/'],
  '/*': ['/people', '/assets/none.js'],
};

describe.each(backends())('privacy of every GET route on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let routes: string[];
  const anonymous = new Map<string, { status: number; body: string }>();
  const staff = new Map<string, { status: number; body: string }>();

  beforeAll(async () => {
    ({ ctx, app } = await ledgerApp(backend, dump));
    await app.ready();
    routes = routesOf(app);
    const headers = await signIn(app, ctx, 'viewer');
    for (const route of routes) {
      for (const url of requests[route] ?? []) {
        const a = await app.inject({ method: 'GET', url });
        anonymous.set(url, { status: a.statusCode, body: a.body });
        const s = await app.inject({ method: 'GET', url, headers });
        staff.set(url, { status: s.statusCode, body: s.body });
      }
    }
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });

  it('knows what to ask every GET route (a new route must be added to this test)', () => {
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((r) => !requests[r])).toEqual([]);
    expect(anonymous.size).toBeGreaterThan(50);
  });

  it('shows the anonymous public no private marker on any route', () => {
    // A 404 may echo the id asked for: that is the asker's own input, not a leak.
    const found = [...anonymous].flatMap(([url, r]) =>
      leaks(r.body)
        .filter((k) => !url.includes(markers[k as keyof typeof markers]))
        .map((k) => `${url}: ${k}`),
    );
    expect(found).toEqual([]);
    // ...while serving the published data on the same routes.
    expect(anonymous.get('/api/persons?limit=1000')!.body).toContain('Alpha Publicperson');
    expect(anonymous.get(`/api/sources/${confidentialSourceId}`)!.body).toContain(
      'confidential source',
    );
  });

  it('shows signed-in staff every marker', () => {
    const all = [...staff.values()].map((r) => r.body).join('\n');
    expect(leaks(all).sort()).toEqual(Object.keys(markers).sort());
  });

  it('keeps the review queue and unpublished claims for staff', () => {
    for (const url of [
      '/api/review-queue?state=any&limit=1000',
      '/api/review-queue/count',
      '/api/claims?state=proposed',
      '/api/claims?state=rejected',
      '/api/whats-new',
      '/api/whats-new?since=2024-12-31',
    ]) {
      expect(anonymous.get(url)!.status, url).toBe(401);
      expect(staff.get(url)!.status, url).toBe(200);
    }
    // A report's published claims are public: the report page highlights them.
    const published = anonymous.get(`/api/review-queue?sourceId=${publicSourceId}&state=accepted`)!;
    expect(published.status).toBe(200);
    expect(JSON.parse(published.body).items.length).toBeGreaterThan(0);
    expect(anonymous.get(`/api/persons/${markers.privateId}`)!.status).toBe(404);
    expect(staff.get(`/api/persons/${markers.privateId}`)!.status).toBe(200);
  });

  it('counts private persons without naming them; release pages say how many names are withheld', () => {
    const count = JSON.parse(anonymous.get('/api/counts?country=BY&at=2025-01-01')!.body);
    expect(count.registry.count).toBe(2);
    expect(count.registry.ids).toEqual({ items: [publicPersonId], nextCursor: null, total: 1 });
    const staffCount = JSON.parse(staff.get('/api/counts?country=BY&at=2025-01-01')!.body);
    expect(staffCount.registry.count).toBe(2);
    expect(staffCount.registry.ids.items.sort()).toEqual(
      [markers.privateId, publicPersonId].sort(),
    );
    expect(staffCount.registry.ids.total).toBe(2);
    const release = JSON.parse(anonymous.get(`/api/releases/${releaseId}`)!.body);
    expect(release.released.map((p: { id: string }) => p.id)).toEqual([publicPersonId]);
    expect(release.namesWithheld).toBe(1);
    expect(release.releasedCount.value).toBe(2);
    const staffRelease = JSON.parse(staff.get(`/api/releases/${releaseId}`)!.body);
    expect(staffRelease.released).toHaveLength(2);
    expect(staffRelease.namesWithheld).toBe(0);
    const persons = JSON.parse(anonymous.get('/api/persons?limit=1000')!.body);
    expect(persons.total).toBe(1);
  });

  it('withholds the quote from a confidential source but keeps the published fact', () => {
    const person = JSON.parse(anonymous.get(`/api/persons/${publicPersonId}`)!.body);
    const journalist = person.claims.find(
      (c: { value: { text?: string } }) => c.value.text === 'journalist',
    );
    expect(journalist.sourceId).toBe(confidentialSourceId);
    expect(journalist.evidence).toBeNull();
    expect(person.sources.find((s: { id: string }) => s.id === confidentialSourceId)).toEqual({
      id: confidentialSourceId,
      title: 'confidential source',
      url: null,
      publishedAt: null,
    });
  });

  it('exports the published ledger by default and everything with all', async () => {
    const open = await exportLedger(ctx.db);
    for (const text of [JSON.stringify(open), dumpToCsv(open)]) expect(leaks(text)).toEqual([]);
    expect(open.reviews).toEqual([]);
    expect(open.claims.every((c) => c.initialState === 'accepted')).toBe(true);
    const full = await exportLedger(ctx.db, { all: true });
    expect(leaks(JSON.stringify(full)).sort()).toEqual(Object.keys(markers).sort());
    expect(leaks(dumpToCsv(full)).sort()).toEqual(Object.keys(markers).sort());
  });

  it('lets an editor make a source confidential and back, through the API', async () => {
    const editor = await signIn(app, ctx, 'editor');
    const set = (confidential: boolean, headers: Record<string, string> = editor) =>
      app.inject({
        method: 'POST',
        url: `/api/sources/${publicSourceId}/confidential`,
        headers,
        payload: { confidential },
      });
    expect((await set(true, {})).statusCode).toBe(401);
    expect((await set(true)).json()).toEqual({ id: publicSourceId, confidential: true });
    const hidden = await app.inject({ method: 'GET', url: `/api/sources/${publicSourceId}` });
    expect(hidden.json().source).toMatchObject({
      title: 'confidential source',
      text: '',
      url: null,
    });
    expect((await set(false)).json()).toEqual({ id: publicSourceId, confidential: false });
    const shown = await app.inject({ method: 'GET', url: `/api/sources/${publicSourceId}` });
    expect(shown.json().source.title).toBe('Two freed');
    // Each change is in the audit log, with who made it.
    const audit = await app.inject({
      method: 'GET',
      url: '/api/audit?action=source.confidential',
      headers: editor,
    });
    const lines = audit.json().items as Array<{ after: { confidential: boolean } }>;
    expect(lines.map((l) => l.after.confidential).sort()).toEqual([false, true]);
  });
});
