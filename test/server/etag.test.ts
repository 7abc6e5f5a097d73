/**
 * Conditional GETs of the public reads (src/server/ledger-etag.ts, docs/api.md "Caching"), on
 * both databases through the real server: the ETag follows the ledger version, a matching
 * If-None-Match is answered 304 before the route runs, any commit (through the API, or by
 * another connection standing for another process) changes every tag, staff and the public
 * never share one, errors carry none, and a 304 is not counted against the per-client limit.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/adapters/db/connect.ts';
import { SqlDatabase } from '../../src/adapters/db/sql-database.ts';
import type { AppContext } from '../../src/app/context.ts';
import { LedgerCache } from '../../src/app/ledger-cache.ts';
import { importLedger } from '../../src/app/transfer/import-ledger.ts';
import type { Database } from '../../src/core/ports.ts';
import { buildServer } from '../../src/server/app.ts';
import { openApiDocument } from '../../src/server/openapi-document.ts';
import { bearerFor, signIn } from '../support/auth.ts';
import { backends, postgresTestUrl } from '../support/databases.ts';
import type { FixedClock } from '../support/factories.ts';
import { ledgerApp } from '../support/ledger-app.ts';
import { markers, privateLedger, publicPersonId, releaseId } from '../support/private-ledger.ts';

const person = `/api/persons/${publicPersonId}`;

/** The claim proposing a name for the public person: accepting it changes the dossier. */
const proposedName = privateLedger().claims.find(
  (c) => c.value.type === 'name' && c.value.name.value === markers.proposedName,
)!.id;

/** Another handle on the same PostgreSQL database, as another process would hold. */
async function otherProcess(db: Database): Promise<Database> {
  if (!(db instanceof SqlDatabase)) throw new Error('expected a SqlDatabase');
  const [row] = await db.rawQuery('select current_database() as name');
  const url = new URL(postgresTestUrl()!);
  url.pathname = `/${row!.name as string}`;
  return openDatabase({ databaseUrl: url.toString() });
}

function etagOf(r: LightMyRequestResponse): string {
  const tag = r.headers.etag;
  expect(tag, `${r.statusCode} ${r.body.slice(0, 200)}`).toMatch(/^W\/"[A-Za-z0-9_-]{22}"$/);
  return tag as string;
}

/** GETs whose answers do not come from the ledger alone: no ETag (docs/api.md, "Caching"). */
const notFromTheLedger = [
  '/api/audit', // the audit log: not the ledger (no version raised by a sign-in, say)
  '/api/audit.csv',
  '/api/audit/{id}',
  '/api/auth/me', // the session
  '/api/users', // the accounts
  '/api/whats-new', // one user's mark and the clock
  '/api/watched-sources', // configuration: pausing a source raises no ledger version
];

describe('the OpenAPI document', () => {
  it('documents If-None-Match, the caching headers and 304 on every GET but those not from the ledger', async () => {
    type Op = {
      parameters?: Array<{ $ref?: string }>;
      responses: Record<string, { headers?: Record<string, unknown> }>;
    };
    const doc = (await openApiDocument()) as { paths: Record<string, { get?: Op }> };
    const gets = Object.entries(doc.paths).flatMap(([path, ops]) =>
      ops.get ? [[path, ops.get] as const] : [],
    );
    const uncached = gets.filter(([, op]) => !op.responses['304']).map(([path]) => path);
    expect(uncached.sort()).toEqual([...notFromTheLedger].sort());
    for (const [path, op] of gets) {
      if (!op.responses['304']) continue;
      expect(op.responses['304'], path).toEqual({ $ref: '#/components/responses/NotModified' });
      expect(op.parameters, path).toContainEqual({ $ref: '#/components/parameters/IfNoneMatch' });
      // A list that answers CSV too says the headers of a download after them (csv-answer.ts).
      const csvHeaders = ['X-Total-Count', 'Link'];
      expect(
        Object.keys(op.responses['200']?.headers ?? {}).filter((h) => !csvHeaders.includes(h)),
        path,
      ).toEqual(['ETag', 'Cache-Control', 'Vary']);
    }
  });
});

describe.each(backends())('conditional GETs on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  /** Requests that reached their route: the last hook before the handler saw them. */
  const routed: string[] = [];
  beforeAll(async () => {
    ({ ctx, app } = await ledgerApp(backend, privateLedger()));
    app.addHook('preHandler', async (req) => {
      routed.push(`${req.method} ${req.url}`);
    });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers });

  it('gives a public 200 a version validator, and answers its repeat 304 without running the route', async () => {
    const first = await get(person);
    expect(first.statusCode).toBe(200);
    const tag = etagOf(first);
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers.vary).toBe('Cookie, Authorization');

    // A 304 reads the version once and nothing else: the route, whose first step is the kept
    // dossier of the read models, never runs.
    const versions = vi.spyOn(ctx.db.stamps!, 'ledger');
    const dossiers = vi.spyOn(ctx.db.reads!, 'valid');
    routed.length = 0;
    const again = await get(person, { 'if-none-match': tag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(tag);
    expect(again.headers['cache-control']).toBe('no-cache');
    expect(again.headers.vary).toBe('Cookie, Authorization');
    expect(versions).toHaveBeenCalledTimes(1);
    expect(dossiers).not.toHaveBeenCalled();
    expect(routed).toEqual([]);

    // A 200 without the header runs the route as before, with the same tag; the dossier it
    // sends is the one this process holds in memory since the first read (kept-mirror.ts).
    const plain = await get(person);
    expect(dossiers).not.toHaveBeenCalled();
    expect(routed).toEqual([`GET ${person}`]);
    expect(plain.body).toBe(first.body);
    expect(plain.headers.etag).toBe(tag);
    // Any tag of a list matches, strong or weak; a stale one does not.
    expect((await get(person, { 'if-none-match': `W/"old", ${tag.slice(2)}` })).statusCode).toBe(
      304,
    );
    expect((await get(person, { 'if-none-match': 'W/"old"' })).statusCode).toBe(200);
    // `*` would need the route to know whether the person exists: it runs.
    expect((await get(person, { 'if-none-match': '*' })).statusCode).toBe(200);
  });

  it('changes every tag with a commit through the API, and the new 200 has the new data', async () => {
    const before = await get(person);
    const tag = etagOf(before);
    const releases = etagOf(await get('/api/releases'));
    expect(before.body).not.toContain(markers.proposedName);
    const reviewer = await signIn(app, ctx, 'reviewer');
    // Signing in writes accounts, not the ledger: the tags stand.
    expect((await get(person, { 'if-none-match': tag })).statusCode).toBe(304);
    const review = await app.inject({
      method: 'POST',
      url: `/api/claims/${proposedName}/review`,
      headers: reviewer,
      payload: { state: 'accepted' },
    });
    expect(review.statusCode, review.body).toBe(200);

    const after = await get(person, { 'if-none-match': tag });
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain(markers.proposedName);
    const next = etagOf(after);
    expect(next).not.toBe(tag);
    expect((await get(person, { 'if-none-match': next })).statusCode).toBe(304);
    // Every route's tag moved, not only the changed person's.
    expect((await get('/api/releases', { 'if-none-match': releases })).statusCode).toBe(200);
  });

  it('changes every tag with a commit another process makes', async () => {
    const tag = etagOf(await get(person));
    // On PGlite no other process may open the data folder: a writer that does not go through
    // the server stands for one.
    const other = backend.name === 'postgres' ? await otherProcess(ctx.db) : ctx.db;
    try {
      await other.entities.createEntities([
        { id: 'per_elsewhere', type: 'person', createdAt: '2026-01-01T00:00:00.000Z' },
      ]);
    } finally {
      if (other !== ctx.db) await other.close();
    }
    const after = await get(person, { 'if-none-match': tag });
    expect(after.statusCode).toBe(200);
    expect(etagOf(after)).not.toBe(tag);
  });

  it('keeps staff and public tags apart, and each user its own; staff answers stay off caches', async () => {
    const publicTag = etagOf(await get(person));
    const viewer = await signIn(app, ctx, 'viewer');
    const staff = await get(person, viewer);
    expect(staff.statusCode).toBe(200);
    const staffTag = etagOf(staff);
    expect(staffTag).not.toBe(publicTag);
    expect(staff.headers['cache-control']).toBe('private, no-store');
    expect(staff.headers.vary).toBe('Cookie, Authorization');
    // Staff read more: the private family contact is in their answer, not the public's.
    expect(staff.body).toContain(markers.familyContact);

    expect((await get(person, { ...viewer, 'if-none-match': publicTag })).statusCode).toBe(200);
    expect((await get(person, { 'if-none-match': staffTag })).statusCode).toBe(200);
    const repeat = await get(person, { ...viewer, 'if-none-match': staffTag });
    expect(repeat.statusCode).toBe(304);
    expect(repeat.headers['cache-control']).toBe('private, no-store');

    // Another user, signed in with a token: a tag of their own.
    const token = await bearerFor(ctx, 'viewer');
    const theirs = await get(person, token);
    expect(etagOf(theirs)).not.toBe(staffTag);
    expect((await get(person, { ...token, 'if-none-match': staffTag })).statusCode).toBe(200);
  });

  it('gives no tag to an error, nor to routes that do not answer from the ledger', async () => {
    const missing = await get('/api/persons/per_nobody');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
    expect(missing.headers['cache-control']).toBeUndefined();
    const bad = await get('/api/counts?country=Belarus&at=2025-01-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers.etag).toBeUndefined();
    // A private person is a 404 to the public, however the staff tag would read.
    const hidden = await get(`/api/persons/${markers.privateId}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.headers.etag).toBeUndefined();
    // Staff-only for the public: the 401 has no tag either.
    expect((await get('/api/review-queue')).headers.etag).toBeUndefined();

    const health = await get('/api/health');
    expect(health.statusCode).toBe(200);
    expect(health.headers.etag).toBeUndefined();
    const viewer = await signIn(app, ctx, 'viewer');
    expect((await get('/api/auth/me', viewer)).headers.etag).toBeUndefined();
  });

  it('answers HEAD like GET: the same tag, and 304 on a match', async () => {
    const tag = etagOf(await get('/api/releases'));
    const head = await app.inject({ method: 'HEAD', url: '/api/releases' });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers.etag).toBe(tag);
    const cond = await app.inject({
      method: 'HEAD',
      url: '/api/releases',
      headers: { 'if-none-match': tag },
    });
    expect(cond.statusCode).toBe(304);
  });

  it('gives the feed one public tag whoever asks', async () => {
    const feed = await get('/feeds/releases.atom');
    const tag = etagOf(feed);
    expect(feed.headers['cache-control']).toBe('no-cache');
    expect(feed.headers.vary).toBeUndefined();
    const viewer = await signIn(app, ctx, 'viewer');
    const staff = await get('/feeds/releases.atom', viewer);
    expect(staff.headers.etag).toBe(tag);
    expect(
      (await get('/feeds/releases.atom', { ...viewer, 'if-none-match': tag })).statusCode,
    ).toBe(304);
  });

  it('moves the tag of persons held today with the date, and only theirs', async () => {
    const clock = ctx.clock as FixedClock;
    const now = clock.now();
    try {
      clock.set('2025-01-01T08:00:00.000Z');
      const held = await get('/api/persons/filter?held=BY');
      const tag = etagOf(held);
      // Held in January 2025 (both, one of them private), freed in June.
      expect(held.json().total).toBe(1);
      const releases = etagOf(await get(`/api/releases/${releaseId}`));
      clock.set('2025-01-01T23:00:00.000Z');
      expect((await get('/api/persons/filter?held=BY', { 'if-none-match': tag })).statusCode).toBe(
        304,
      );
      clock.set('2025-07-01T08:00:00.000Z');
      const later = await get('/api/persons/filter?held=BY', { 'if-none-match': tag });
      expect(later.statusCode).toBe(200);
      expect(later.json().total).toBe(0);
      expect(etagOf(later)).not.toBe(tag);
      expect(
        (await get(`/api/releases/${releaseId}`, { 'if-none-match': releases })).statusCode,
      ).toBe(304);
    } finally {
      clock.set(now);
    }
  });

  it('changes every tag with the build', async () => {
    const tag = etagOf(await get(person));
    const next = await buildServer(ctx, { webDist: '/nonexistent', buildId: 'another-build' });
    try {
      const r = await next.inject({ url: person, headers: { 'if-none-match': tag } });
      expect(r.statusCode).toBe(200);
      expect(etagOf(r)).not.toBe(tag);
    } finally {
      await next.close();
    }
  });

  it('tells databases apart: the same ledger at the same version in another one gets another tag', async () => {
    // Fresh databases (on PGlite not from the tests' template dump, whose copies share the
    // cluster they were dumped from), as a new data folder or CREATE DATABASE makes them.
    const open = () =>
      backend.name === 'pglite' ? openDatabase({ memory: true }) : backend.open();
    const dbs = [await open(), await open()];
    try {
      for (const db of dbs) await importLedger(db, privateLedger());
      const [a, b] = dbs as [Database, Database];
      expect(await a.stamps!.ledger()).toBe(await b.stamps!.ledger());
      expect(await a.stamps!.identity()).toBe(await a.stamps!.identity());
      expect(await a.stamps!.identity()).not.toBe(await b.stamps!.identity());
      const tags: string[] = [];
      for (const db of dbs) {
        const other = { ...ctx, db, cache: new LedgerCache(db) };
        const server = await buildServer(other, { webDist: '/nonexistent', buildId: 'one' });
        tags.push(etagOf(await server.inject({ url: person })));
        await server.close();
      }
      expect(tags[0]).not.toBe(tags[1]);
    } finally {
      for (const db of dbs) await db.close();
    }
    // Two PGlite databases made from nothing (initdb and every migration): 13-16 s at load 11
    // on 2 cores, so the default 60 s is too close under a full run's load.
  }, 180_000);

  it('does not count a 304 against the per-client limit', async () => {
    const limited = await buildServer(ctx, {
      webDist: '/nonexistent',
      clientLimits: { max: 2, expensiveMax: 2, windowMs: 60_000, shared: false },
    });
    try {
      const call = (headers: Record<string, string> = {}) =>
        limited.inject({ url: person, headers });
      const tag = etagOf(await call());
      for (let i = 0; i < 5; i++)
        expect((await call({ 'if-none-match': tag })).statusCode).toBe(304);
      // The second counted request of the window, then the third refused.
      expect((await call()).statusCode).toBe(200);
      expect((await call()).statusCode).toBe(429);
      // Refused or not, a matching tag still gets its 304.
      expect((await call({ 'if-none-match': tag })).statusCode).toBe(304);
    } finally {
      await limited.close();
    }
  });

  it('reads the version once for a whole answer, its tag and every step of its route', async () => {
    // Asked once to fill what the route keeps per version, then counted.
    const urls = [
      person,
      '/api/counts?country=BY&at=2025-01-01&ids=false',
      '/api/deals',
      '/api/releases',
    ];
    for (const url of urls) expect((await get(url)).statusCode).toBe(200);
    for (const url of urls) {
      const versions = vi.spyOn(ctx.db.stamps!, 'ledger');
      expect((await get(url)).statusCode, url).toBe(200);
      expect(versions, url).toHaveBeenCalledTimes(1);
      versions.mockRestore();
    }
  });

  it('reads the version once for requests arriving together', async () => {
    const tag = etagOf(await get(person));
    const versions = vi.spyOn(ctx.db.stamps!, 'ledger');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => get(person, { 'if-none-match': tag })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(304));
    // One read running, the rest waiting for one more (fresh-read.ts).
    expect(versions.mock.calls.length).toBeLessThanOrEqual(2);
  });
});
