/**
 * Per-client rate limits of anonymous API callers (src/server/client-limits.ts): a budget per
 * address on the API and a lower one on each expensive read, 429 with Retry-After past it,
 * signed-in callers not limited, and on the database store one budget for every server on it
 * (also for simultaneous requests).
 */

import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/db/connect.ts';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/core/ports.ts';
import { buildServer } from '../../src/server/app.ts';
import { type ClientLimits, MemoryRequestCounts } from '../../src/server/client-limits.ts';
import { adminQuery } from '../support/admin-query.ts';
import { appContext } from '../support/app-context.ts';
import { bearerFor } from '../support/auth.ts';
import { backends, postgresNotConfigured, postgresTestUrl } from '../support/databases.ts';

const limits: ClientLimits = { max: 5, expensiveMax: 2, windowMs: 60_000 };

async function serve(db: Database, clientLimits: ClientLimits = limits) {
  const ctx = appContext(db);
  const app = await buildServer(ctx, { clientLimits, webDist: '/nonexistent/web-dist' });
  return { ctx, app };
}

const get = (app: FastifyInstance, url: string, ip: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, remoteAddress: ip, headers });

const statuses = async (answers: Promise<{ statusCode: number }>[]) =>
  (await Promise.all(answers)).map((a) => a.statusCode);

describe('the configuration', () => {
  it('has the documented defaults and takes 0 to turn the limits off', () => {
    const c = loadConfig({});
    expect([
      c.HABEAS_RATE_LIMIT,
      c.HABEAS_RATE_LIMIT_EXPENSIVE,
      c.HABEAS_RATE_LIMIT_WINDOW_SECONDS,
    ]).toEqual([300, 60, 60]);
    expect(loadConfig({ HABEAS_RATE_LIMIT: '0' }).HABEAS_RATE_LIMIT).toBe(0);
    expect(() => loadConfig({ HABEAS_RATE_LIMIT: '-1' })).toThrow('HABEAS_RATE_LIMIT');
  });
});

describe.each(
  backends().flatMap((b) => [
    { ...b, store: 'memory', shared: false },
    { ...b, store: 'database', shared: true },
  ]),
)('per-client limits on $name, counted in $store', (backend) => {
  let s: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    s = await serve(await backend.open(), { ...limits, shared: backend.shared });
  });
  afterAll(async () => {
    await s?.app.close();
    await s?.ctx.db.close();
  });

  it('answers 429 with Retry-After once an address has used its budget', async () => {
    const ok = await statuses(
      Array.from({ length: limits.max }, () => get(s.app, '/api/auth/me', '10.50.0.1')),
    );
    expect(ok).toEqual(Array(limits.max).fill(200));
    const refused = await get(s.app, '/api/auth/me', '10.50.0.1');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.json()).toMatchObject({ status: 429, error: 'rate_limited' });
    expect(refused.json().detail).toContain('too many requests from this address');
    // Another address has its own budget; the health check and the web app are not counted.
    expect((await get(s.app, '/api/auth/me', '10.50.0.2')).statusCode).toBe(200);
    expect((await get(s.app, '/api/health', '10.50.0.1')).statusCode).toBe(200);
    expect((await get(s.app, '/', '10.50.0.1')).statusCode).not.toBe(429);
  });

  it('gives each expensive read its own, lower budget', async () => {
    const search = () => get(s.app, '/api/persons?q=Kolesnikova', '10.50.1.1');
    expect(await statuses([search(), search()])).toEqual([200, 200]);
    expect((await search()).statusCode).toBe(429);
    // Releases are another expensive read, and the cheap routes another budget still.
    expect((await get(s.app, '/api/releases', '10.50.1.1')).statusCode).toBe(200);
    expect((await get(s.app, '/api/auth/me', '10.50.1.1')).statusCode).toBe(200);
  });

  it('puts every public list, search, download and feed on the expensive budget, CSV counted with JSON', async () => {
    // From the OpenAPI document, so a new public list or download is checked as it is added: a
    // read the public may call that pages, searches or answers CSV or another document.
    type Param = { in: string; name: string; required?: boolean };
    type Op = {
      security?: unknown[];
      parameters?: Param[];
      responses?: Record<string, { content?: Record<string, unknown> }>;
    };
    await s.app.ready();
    const doc = (
      s.app as unknown as { swagger(): { paths: Record<string, { get?: Op }> } }
    ).swagger();
    const fill: Record<string, string> = {
      country: 'BY',
      at: '2025-01-01',
      from: '2025-01',
      to: '2025-06',
    };
    const expensive: Array<{ path: string; url: string; csv: boolean }> = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      const op = ops.get;
      const open = JSON.stringify(op?.security?.[0]) === '{}';
      if (!op || !open || path.includes('{') || path.startsWith('/api/docs')) continue;
      const params = (op.parameters ?? []).filter((p) => p.in === 'query');
      const names = params.map((p) => p.name);
      const document = Object.keys(op.responses?.['200']?.content ?? {}).some(
        (t) => t !== 'application/json',
      );
      if (!document && !names.some((n) => ['limit', 'q', 'format', 'cursor'].includes(n))) continue;
      const query = new URLSearchParams();
      for (const p of params) if (p.required) query.set(p.name, fill[p.name] ?? 'x');
      // The public reads one report's accepted claims (the review queue's public part).
      if (names.includes('state') && names.includes('sourceId')) {
        query.set('state', 'accepted');
        query.set('sourceId', 'src_x');
      }
      const q = query.toString();
      expensive.push({ path, url: q ? `${path}?${q}` : path, csv: names.includes('format') });
    }
    expect(expensive.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        '/api/persons',
        '/api/persons/filter',
        '/api/releases',
        '/api/deals',
        '/api/sources',
        '/api/sources/search',
        '/api/claims',
        '/api/review-queue',
        '/api/counts',
        '/api/counts/flow',
        '/api/counts/series',
        '/feeds/releases.atom',
      ]),
    );
    const refused: string[] = [];
    for (const [i, e] of expensive.entries()) {
      const ip = `10.50.4.${i + 1}`;
      const csvUrl = `${e.url}${e.url.includes('?') ? '&' : '?'}format=csv`;
      // A CSV download spends the route's budget like its JSON.
      const asked = [e.url, ...Array(limits.expensiveMax - 1).fill(e.csv ? csvUrl : e.url)];
      for (const url of asked) {
        const r = await get(s.app, url, ip);
        if (r.statusCode === 429 || r.statusCode >= 500) refused.push(`${url}: ${r.statusCode}`);
      }
      const past = await get(s.app, e.csv ? csvUrl : e.url, ip);
      if (past.statusCode !== 429 || !past.headers['retry-after'])
        refused.push(`${e.url}: ${past.statusCode} past the budget of ${limits.expensiveMax}`);
    }
    expect(refused).toEqual([]);
  });

  it('does not limit signed-in callers', async () => {
    const token = await bearerFor(s.ctx, 'viewer');
    const answers = await statuses(
      Array.from({ length: 3 * limits.max }, () =>
        get(s.app, '/api/persons?q=Kolesnikova', '10.50.2.1', token),
      ),
    );
    expect(answers).toEqual(Array(3 * limits.max).fill(200));
  });

  it('lets exactly the budget through of 100 simultaneous requests', async () => {
    const wide = await serve(s.ctx.db, {
      max: 20,
      expensiveMax: 20,
      windowMs: 60_000,
      shared: backend.shared,
    });
    try {
      const answers = await statuses(
        Array.from({ length: 100 }, () => get(wide.app, '/api/auth/me', '10.50.3.1')),
      );
      // Which 20 pass is the pool's order, not the array's: only how many is the rule.
      expect(answers.filter((c) => c === 200).length).toBe(20);
      expect(answers.filter((c) => c === 429).length).toBe(80);
    } finally {
      await wide.app.close();
    }
  });
});

describe.each(backends())('the request counter on $name', (backend) => {
  it('counts in fixed windows and forgets ended ones', async () => {
    const db = await backend.open();
    try {
      const c = db.requestCounts;
      expect(await c.hit('k', 1_000, 500)).toEqual({ count: 1, resetAt: 1_500 });
      expect(await c.hit('k', 1_200, 500)).toEqual({ count: 2, resetAt: 1_500 });
      expect(await c.hit('other', 1_200, 500)).toEqual({ count: 1, resetAt: 1_700 });
      // The window has ended: a new one starts.
      expect(await c.hit('k', 1_500, 500)).toEqual({ count: 1, resetAt: 2_000 });
      await c.prune(1_800);
      expect(await c.hit('other', 1_800, 500)).toEqual({ count: 1, resetAt: 2_300 });
    } finally {
      await db.close();
    }
  });
});

describe('the request counter in memory', () => {
  it('counts like the database one and keeps at most its cap of keys', async () => {
    const c = new MemoryRequestCounts(2);
    expect(await c.hit('k', 1_000, 500)).toEqual({ count: 1, resetAt: 1_500 });
    expect(await c.hit('k', 1_200, 500)).toEqual({ count: 2, resetAt: 1_500 });
    expect(await c.hit('k', 1_500, 500)).toEqual({ count: 1, resetAt: 2_000 });
    await c.hit('b', 1_600, 500);
    // Full of running windows: the oldest key makes room for a new one.
    expect(await c.hit('c', 1_700, 500)).toEqual({ count: 1, resetAt: 2_200 });
    expect(await c.hit('k', 1_700, 500)).toEqual({ count: 1, resetAt: 2_200 });
  });
});

const url = postgresTestUrl();
if (!url) postgresNotConfigured('per-client limits shared by two servers');
else
  describe('two servers on one PostgreSQL database share one budget per client', () => {
    const name = `habeas_t_${randomBytes(6).toString('hex')}`;
    const target = new URL(url);
    target.pathname = `/${name}`;
    let a: Awaited<ReturnType<typeof serve>>;
    let b: Awaited<ReturnType<typeof serve>>;

    afterAll(async () => {
      for (const s of [a, b]) {
        await s?.app.close();
        await s?.ctx.db.close();
      }
      await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });

    it('refuses through one server what the client spent through the other', async () => {
      await adminQuery(url, `CREATE DATABASE ${name}`);
      a = await serve(await openDatabase({ databaseUrl: target.toString() }));
      b = await serve(await openDatabase({ databaseUrl: target.toString() }));
      const answers = await statuses(
        Array.from({ length: 3 * limits.max }, (_, i) =>
          get(i % 2 ? a.app : b.app, '/api/auth/me', '10.51.0.1'),
        ),
      );
      expect(answers.filter((c) => c === 200).length).toBe(limits.max);
      expect((await get(a.app, '/api/auth/me', '10.51.0.1')).statusCode).toBe(429);
      expect((await get(b.app, '/api/auth/me', '10.51.0.1')).statusCode).toBe(429);
    });

    it('shares the budget of each expensive read too: CSV downloads, the feed, report search', async () => {
      for (const [i, url] of [
        '/api/releases?format=csv',
        '/api/persons/filter?format=csv',
        '/feeds/releases.atom',
        '/api/sources/search?q=freed',
      ].entries()) {
        const ip = `10.51.1.${i + 1}`;
        const answers = await statuses(
          Array.from({ length: 3 * limits.expensiveMax }, (_, n) =>
            get(n % 2 ? a.app : b.app, url, ip),
          ),
        );
        expect(answers.filter((c) => c === 200).length, url).toBe(limits.expensiveMax);
        expect(answers.filter((c) => c === 429).length, url).toBe(2 * limits.expensiveMax);
        for (const app of [a.app, b.app]) expect((await get(app, url, ip)).statusCode).toBe(429);
      }
    });
  });
