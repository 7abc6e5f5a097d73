/**
 * /api/watched-sources (docs/watch.md) on both databases: editors list, add, pause, resume and
 * remove watched sources, each change audited under the editor's name; reviewers and the
 * public are refused, a cookie write without its CSRF header too; bad input names its field;
 * paging is bounded.
 */

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { buildServer } from '../../src/server/app.ts';
import { appContext } from '../support/app-context.ts';
import { type AuthHeaders, bearerFor, signIn } from '../support/auth.ts';
import { backends } from '../support/databases.ts';
import { FixedClock } from '../support/factories.ts';

describe.each(backends())('watched sources over HTTP on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let editor: AuthHeaders;
  const clock = new FixedClock('2026-05-01T09:00:00.000Z');

  beforeAll(async () => {
    const db = await backend.open();
    ctx = appContext(db, { clock });
    app = await buildServer(ctx, { webDist: '/nonexistent/web-dist' });
    editor = await signIn(app, ctx, 'editor');
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });

  const call = (
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    payload?: object,
    headers = editor,
  ) => app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

  it('adds a source (201), finds it again by address (200), lists it with its figures', async () => {
    const added = await call('POST', '/api/watched-sources', {
      url: 'https://News.example.org/feed.xml#top',
      every: '2h',
      name: ' Viasna  news ',
      language: 'BE',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({
      created: true,
      source: {
        url: 'https://news.example.org/feed.xml',
        name: 'Viasna news',
        language: 'be',
        everySeconds: 7200,
        paused: false,
        items: 0,
        failures: 0,
        lastCheckedAt: null,
        lastNewAt: null,
        nextCheckAt: clock.now(),
      },
    });
    const again = await call('POST', '/api/watched-sources', {
      url: 'https://news.example.org/feed.xml',
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, source: { id: added.json().source.id } });
    const list = await call('GET', '/api/watched-sources');
    expect(list.json()).toMatchObject({
      total: 1,
      items: [{ name: 'Viasna news', everySeconds: 7200, kind: 'auto', linkHosts: [] }],
    });
  });

  it('takes a kind and other hosts of the articles', async () => {
    const added = await call('POST', '/api/watched-sources', {
      url: 'https://rights.example.org/news/',
      kind: 'links',
      hosts: ['Media.Example.org', 'media.example.org'],
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().source).toMatchObject({ kind: 'links', linkHosts: ['media.example.org'] });
    const [line] = await ctx.db.audit.listLines({ action: 'watch.add', limit: 1 });
    expect(line).toMatchObject({
      actorRole: 'editor',
      subjectIds: [added.json().source.id],
      after: { kind: 'links', linkHosts: ['media.example.org'] },
    });
    expect(line?.origin).not.toBe('app');
  });

  it('refuses bad input, naming the field', async () => {
    for (const [body, path] of [
      [{ url: 'ftp://example.org/feed' }, 'url'],
      [{ url: 'https://example.org/a', every: '10s' }, 'every'],
      [{ url: 'https://example.org/a', every: 'often' }, 'every'],
      [{ url: 'https://example.org/a', language: 'Belarusian' }, 'language'],
      [{ url: 'https://example.org/a', kind: 'rss' }, 'kind'],
      [{ url: 'https://example.org/a', hosts: ['not a host'] }, 'hosts'],
      [{ every: '1h' }, 'url'],
    ] as const) {
      const r = await call('POST', '/api/watched-sources', body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      // The schema's checks say body.url, the domain's url: either names the field.
      const paths = r.json().errors.map((e: { path: string }) => e.path.replace(/^body\./, ''));
      expect(paths, JSON.stringify(body)).toContain(path);
    }
    expect((await call('GET', '/api/watched-sources?limit=100000')).statusCode).toBe(400);
  });

  it('pauses, resumes and removes; an unknown id is a 404', async () => {
    const { source } = (
      await call('POST', '/api/watched-sources', { url: 'https://example.org/pause.xml' })
    ).json();
    const paused = await call('POST', `/api/watched-sources/${source.id}/pause`);
    expect(paused.json()).toMatchObject({ id: source.id, paused: true });
    clock.advance(3_600_000);
    const resumed = await call('POST', `/api/watched-sources/${source.id}/resume`);
    expect(resumed.json()).toMatchObject({ paused: false, nextCheckAt: clock.now() });
    const removed = await call('DELETE', `/api/watched-sources/${source.id}`);
    expect(removed.json()).toMatchObject({ id: source.id });
    expect((await call('DELETE', `/api/watched-sources/${source.id}`)).statusCode).toBe(404);
    expect((await call('POST', '/api/watched-sources/wat_none/pause')).statusCode).toBe(404);
    const left = (await call('GET', '/api/watched-sources')).json();
    expect(left.items.map((w: { id: string }) => w.id)).not.toContain(source.id);
    // Three changes, three lines (the refused ones wrote none).
    const lines = await ctx.db.audit.listLines({ subjectId: source.id });
    expect(lines.map((l) => l.action).reverse()).toEqual([
      'watch.add',
      'watch.pause',
      'watch.resume',
      'watch.remove',
    ]);
  });

  it('pages the list', async () => {
    for (let i = 0; i < 3; i++)
      await call('POST', '/api/watched-sources', { url: `https://example.org/page-${i}.xml` });
    const all = (await call('GET', '/api/watched-sources')).json();
    const page = (await call('GET', '/api/watched-sources?limit=2&offset=1')).json();
    expect(page.total).toBe(all.total);
    expect(page.items.map((w: { id: string }) => w.id)).toEqual(
      all.items.slice(1, 3).map((w: { id: string }) => w.id),
    );
  });

  it('is for editors: the public, viewers and reviewers are refused; writes need the CSRF header', async () => {
    expect(
      (await call('GET', '/api/watched-sources', undefined, {} as AuthHeaders)).statusCode,
    ).toBe(401);
    const reviewer = await bearerFor(ctx, 'reviewer');
    const r = await app.inject({ method: 'GET', url: '/api/watched-sources', headers: reviewer });
    expect(r.statusCode).toBe(403);
    expect(r.json().message).toContain('needs the editor role');
    const { 'x-csrf-token': _token, ...cookieOnly } = editor;
    const noCsrf = await call(
      'POST',
      '/api/watched-sources',
      { url: 'https://example.org/csrf.xml' },
      cookieOnly as AuthHeaders,
    );
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error).toBe('csrf');
    const token = await bearerFor(ctx, 'editor');
    const byToken = await app.inject({
      method: 'POST',
      url: '/api/watched-sources',
      headers: token,
      payload: { url: 'https://example.org/token.xml' },
    });
    expect(byToken.statusCode).toBe(201);
  });

  it('is in the OpenAPI document under its own tag', async () => {
    const doc = (await app.inject({ url: '/api/docs/json' })).json();
    expect(Object.keys(doc.paths['/api/watched-sources'])).toEqual(['get', 'post']);
    expect(doc.paths['/api/watched-sources/{id}'].delete.tags).toEqual(['watch']);
    expect(doc.components.schemas.WatchedSource.properties).toHaveProperty('lastNewAt');
  });
});
