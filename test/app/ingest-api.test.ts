import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { buildServer } from '../../src/server/app.ts';
import { appContext } from '../support/app-context.ts';
import { type AuthHeaders, signIn } from '../support/auth.ts';
import { pgliteBackend } from '../support/databases.ts';
import { FixedClock, SequentialIds } from '../support/factories.ts';

const wire =
  'Belarus freed 14 prisoners on 21 June 2025, among them Siarhei Tsikhanouski, after U.S. envoy Keith Kellogg visited Minsk.';

describe('POST /api/reports', () => {
  let ctx: AppContext;
  let app: FastifyInstance;
  // Ingesting reports needs the editor role (docs/security.md).
  let editor: AuthHeaders;
  const post = (url: string, payload: object) =>
    app.inject({ method: 'POST', url, headers: editor, payload });

  beforeAll(async () => {
    const ids = new SequentialIds();
    const clock = new FixedClock();
    const db = await pgliteBackend.open({ clock, ids });
    ctx = appContext(db, {
      clock,
      ids,
      htmlToText: (html) => ({
        text: html.replace(/<[^>]+>/g, ' ').trim(),
        title: 'From HTML',
        problems: [],
      }),
    });
    app = await buildServer(ctx);
    editor = await signIn(app, ctx, 'editor');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });

  it('ingests a text report (201) and answers a repeat with the stored one (200)', async () => {
    const first = await post('/api/reports', { text: wire, publishedAt: '2025-06-21' });
    expect(first.statusCode, first.body).toBe(201);
    const body = first.json();
    expect(body).toMatchObject({ created: true, duplicateOf: null, problems: [] });
    expect(Object.keys(body).sort()).toEqual(
      ['claims', 'created', 'duplicateOf', 'events', 'problems', 'source'].sort(),
    );
    expect(body.events[0]).toMatchObject({ role: 'main', created: true });
    const again = await post('/api/reports', { text: `${wire}\n`, publishedAt: '2025-06-21' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, duplicateOf: body.source.id, claims: 0 });
    expect(again.json().events[0].id).toBe(body.events[0].id);
  });

  it('takes HTML through the injected converter', async () => {
    const r = await post('/api/reports', {
      html: `<p>Russia released Evan Gershkovich on 1 August 2024 in a swap of 24 prisoners.</p>`,
      publishedAt: '2024-08-01',
    });
    expect(r.statusCode).toBe(201);
    expect(r.json().source.title).toBe('From HTML');
  });

  it('refuses two bodies, none, and a URL while no fetcher is wired', async () => {
    expect((await post('/api/reports', { text: 'a', html: '<p>a</p>' })).statusCode).toBe(400);
    expect((await post('/api/reports', { title: 'nothing' })).statusCode).toBe(400);
    const url = await post('/api/reports', { url: 'https://example.org/a' });
    expect(url.statusCode).toBe(400);
    expect(url.json().message).toMatch(/url ingestion not available/);
  });

  it('ingests a batch and lists each bad item as a problem with its index', async () => {
    const r = await post('/api/reports/batch', {
      items: [
        { text: 'Cuba released 553 prisoners on 14 January 2025 after talks with the Vatican.' },
        { text: '' },
        { publishedAt: 'yesterday', text: 'x' },
      ],
    });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.items.map((i: { index: number }) => i.index)).toEqual([0]);
    expect(body.problems.map((p: { index: number }) => p.index)).toEqual([1, 2]);
  });

  it('merges one release event into another and hides it from the list', async () => {
    const a = (
      await post('/api/reports', { text: wire.replace('14', '15'), publishedAt: '2025-06-21' })
    ).json();
    const list = async () =>
      (await app.inject({ method: 'GET', url: '/api/releases?limit=100' })).json().items as Array<{
        id: string;
      }>;
    const ids = (await list()).map((e) => e.id);
    const other = ids.find((id) => id !== a.events[0].id)!;
    const r = await post(`/api/releases/${a.events[0].id}/merge`, { into: other });
    expect(r.statusCode).toBe(200);
    expect((await list()).map((e) => e.id)).not.toContain(a.events[0].id);
    const bad = await post(`/api/releases/${other}/merge`, { into: other });
    expect(bad.statusCode).toBe(400);
  });
});
