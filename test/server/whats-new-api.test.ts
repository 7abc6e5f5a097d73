/**
 * What is new over HTTP (docs/whats-new.md), on both databases: staff only, each user's own
 * mark set by POST /api/whats-new/seen (a cookie write needs its CSRF token), a report added
 * through the API listed until marked seen, a bad `since` refused naming the field.
 */

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSampleLedger } from '../../src/adapters/sample-ledger.ts';
import { RandomIds } from '../../src/adapters/system.ts';
import type { AppContext } from '../../src/app/context.ts';
import { importLedger } from '../../src/app/transfer/import-ledger.ts';
import { buildServer } from '../../src/server/app.ts';
import { appContext } from '../support/app-context.ts';
import { type AuthHeaders, signIn } from '../support/auth.ts';
import { backends } from '../support/databases.ts';
import { FixedClock } from '../support/factories.ts';

describe.each(backends())('What is new over HTTP on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let viewer: AuthHeaders;
  let other: AuthHeaders;
  let editor: AuthHeaders;

  beforeAll(async () => {
    // One clock for the use cases and the stores, which stamp a report's ingestedAt themselves.
    const clock = new FixedClock('2026-03-01T00:00:00.000Z');
    const ids = new RandomIds();
    const db = await backend.open({ clock, ids });
    await importLedger(db, await readSampleLedger());
    ctx = appContext(db, { clock, ids });
    app = await buildServer(ctx, { webDist: '/nonexistent/web-dist' });
    await app.ready();
    viewer = await signIn(app, ctx, 'viewer');
    other = await signIn(app, ctx, 'viewer');
    editor = await signIn(app, ctx, 'editor');
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });

  const view = async (headers: AuthHeaders, query = '') => {
    const r = await app.inject({ method: 'GET', url: `/api/whats-new${query}`, headers });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const seen = (headers: Record<string, string>, payload?: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/api/whats-new/seen', headers, payload });

  it('is for signed-in staff: the public gets 401', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/whats-new' });
    expect(r.statusCode).toBe(401);
    expect((await seen({}, {})).statusCode).toBe(401);
  });

  it("lists a report added through the API until the user marks it seen; another user's mark is their own", async () => {
    const clock = ctx.clock as FixedClock;
    const before = await view(viewer);
    expect(before.mark).toBeNull();
    // The CSRF token is needed for a write with the session cookie.
    const { 'x-csrf-token': _csrf, ...cookieOnly } = viewer;
    expect((await seen(cookieOnly, {})).statusCode).toBe(403);
    expect((await seen(viewer, {})).json()).toEqual({ mark: clock.now() });
    clock.advance(60_000);
    const added = await app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: editor,
      payload: {
        text: 'Belarus released 31 political prisoners on 3 March 2026, the human rights centre said.',
        title: 'Thirty-one freed',
        publishedAt: '2026-03-03',
      },
    });
    expect(added.statusCode, added.body).toBe(201);
    clock.advance(60_000);
    const now = await view(viewer);
    expect(now.reports.items.map((r: { title: string }) => r.title)).toEqual(['Thirty-one freed']);
    const created = now.items.filter((i: { kind: string }) => i.kind === 'release.created');
    expect(created).toHaveLength(1);
    expect(created[0].path).toBe(`/releases/${created[0].id}`);
    expect((await seen(viewer, { at: now.until })).json()).toEqual({ mark: now.until });
    const after = await view(viewer);
    expect(after.items).toEqual([]);
    expect(after.reports.total).toBe(0);
    // The other viewer has no mark: a week back, the new report included.
    const theirs = await view(other);
    expect(theirs.mark).toBeNull();
    expect(theirs.reports.total).toBeGreaterThanOrEqual(1);
  });

  it('refuses a start that is not a time, or one past the cap, naming since', async () => {
    for (const since of ['soon', '2001-01-01']) {
      const r = await app.inject({
        method: 'GET',
        url: `/api/whats-new?since=${since}`,
        headers: viewer,
      });
      expect(r.statusCode).toBe(400);
      expect(r.json().detail).toContain('since');
    }
    expect((await seen(viewer, { at: '2099-01-01' })).statusCode).toBe(400);
  });
});
