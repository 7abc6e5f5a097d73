import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { type AuthHeaders, signIn } from '../support/auth.ts';
import { backends } from '../support/databases.ts';
import { ledgerApp } from '../support/ledger-app.ts';

describe.each(backends())('HTTP API on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  // Writes need a role (docs/security.md); an editor may do every write these tests make.
  let editor: AuthHeaders;

  beforeAll(async () => {
    ({ ctx, app } = await ledgerApp(backend));
    editor = await signIn(app, ctx, 'editor');
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });

  const get = async (url: string) => {
    const r = await app.inject({ method: 'GET', url });
    return { status: r.statusCode, body: r.json() };
  };
  // Signed-in staff read unpublished claims and reviews (docs/privacy.md).
  const staffGet = async (url: string) => {
    const r = await app.inject({ method: 'GET', url, headers: editor });
    return { status: r.statusCode, body: r.json() };
  };
  const post = async (url: string, payload: unknown) => {
    const r = await app.inject({
      method: 'POST',
      url,
      headers: editor,
      payload: payload as object,
    });
    return { status: r.statusCode, body: r.json() };
  };

  it('lists persons with their display names and latest status', async () => {
    const { status, body } = await get('/api/persons?limit=100');
    expect(status).toBe(200);
    expect(body.total).toBe(body.items.length);
    const kalesnikava = body.items.find((p: { id: string }) => p.id === 'per_kalesnikava');
    expect(kalesnikava.name).toBe('Maria Kalesnikava');
    expect(kalesnikava.status.status).toBe('expelled');
  });

  it('finds a person by a Russian-based spelling in Latin and in Cyrillic', async () => {
    for (const q of ['Kolesnikova', 'Мария Колесникова']) {
      const { status, body } = await get(`/api/persons?q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
      expect(body.items[0].id).toBe('per_kalesnikava');
      expect(body.items[0].match.score).toBeGreaterThan(0.5);
    }
  });

  it('gives a dossier with names in several scripts, a timeline and sources', async () => {
    const { status, body } = await get('/api/persons/per_kalesnikava');
    expect(status).toBe(200);
    const names = body.projection.properties.name.values.map(
      (v: { name: { value: string } }) => v.name.value,
    );
    expect(names).toEqual(expect.arrayContaining(['Maria Kalesnikava', 'Марыя Калеснікава']));
    expect(body.timeline.map((t: { status: string }) => t.status)).toContain('detained');
    expect(body.releases.map((r: { id: string }) => r.id)).toContain('rel_2025_12_13');
    expect(body.sources.length).toBeGreaterThan(0);
  });

  it('lists releases newest first with reconciled counts, conflicts and reports', async () => {
    const { body } = await get('/api/releases?country=BY');
    const dates = body.items.map((r: { date: { value: string } }) => r.date.value);
    expect([...dates].sort().reverse()).toEqual(dates);
    const dec = body.items.find((r: { id: string }) => r.id === 'rel_2025_12_13');
    expect(dec.releasedCount).toEqual({ value: 123, qualifier: 'exact' });
    expect(dec.conflicts.map((c: { property: string }) => c.property)).toContain('releasedCount');
    expect(dec.reports.length).toBeGreaterThan(1);
    expect(dec.released.map((p: { name: string }) => p.name)).toContain('Ales Bialiatski');
  });

  it('answers 404 with a message for an unknown release', async () => {
    const { status, body } = await get('/api/releases/rel_nope');
    expect(status).toBe(404);
    expect(body.message).toContain("release event 'rel_nope' not found");
  });

  it('lists deals with their concessions', async () => {
    const { body } = await get('/api/deals');
    const targets = body.items.flatMap((d: { concessions: Array<{ target: string }> }) =>
      d.concessions.map((c) => c.target),
    );
    expect(targets.join(' ')).toMatch(/Belavia/);
    expect(targets.join(' ')).toMatch(/potash|Belaruskali/i);
  });

  it('counts prisoners on a date with the latest reported figure', async () => {
    const before = await get('/api/counts?country=BY&at=2025-09-10');
    const after = await get('/api/counts?country=BY&at=2025-12-14');
    expect(before.status).toBe(200);
    expect(before.body.registry.count).toBeGreaterThan(after.body.registry.count);
    expect(after.body.reported.latest.value).toBeGreaterThanOrEqual(1000);
    expect(after.body.reported.latest.attributedTo).toBeTruthy();
  });

  it('gives monthly flows with outflow in release months', async () => {
    const { body } = await get('/api/counts/flow?country=BY&from=2025-01&to=2025-12');
    expect(body.months).toHaveLength(12);
    const dec = body.months.find((m: { month: string }) => m.month === '2025-12');
    expect(dec.outflow).toBeGreaterThanOrEqual(123);
  });

  it('names every bad query field', async () => {
    const { status, body } = await get('/api/counts?country=Belarus&at=2025-9-1');
    expect(status).toBe(400);
    const paths = body.errors.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['querystring.country', 'querystring.at']));
    const impossible = await get('/api/counts?country=BY&at=2025-02-30');
    expect(impossible.status).toBe(400);
    expect(impossible.body.message).toBe('querystring.at: not a calendar date');
  });

  it('refuses a claim whose evidence does not match its source, storing nothing', async () => {
    const before = await get('/api/claims?limit=1');
    const bad = await post('/api/claims', {
      subjectId: 'per_kalesnikava',
      property: 'occupation',
      value: { type: 'text', text: 'flautist' },
      sourceId: 'src_2025_12_13_wire',
      evidence: { start: 0, end: 5, quote: 'nope!' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/evidence/);
    const unknownProperty = await post('/api/claims', {
      subjectId: 'per_kalesnikava',
      property: 'shoeSize',
      value: { type: 'number', number: 38, qualifier: 'exact' },
    });
    expect(unknownProperty.status).toBe(400);
    expect(unknownProperty.body.message).toContain("unknown property 'shoeSize'");
    const after = await get('/api/claims?limit=1');
    expect(after.body.total).toBe(before.body.total);
  });

  it('proposes, accepts and refuses to re-accept a claim, keeping the history', async () => {
    const queue = await staffGet('/api/claims?state=proposed');
    const created = await post('/api/claims', {
      subjectId: 'per_kalesnikava',
      property: 'occupation',
      value: { type: 'text', text: 'flautist' },
    });
    expect(created.status).toBe(201);
    expect((await staffGet('/api/claims?state=proposed')).body.total).toBe(queue.body.total + 1);
    const accepted = await post(`/api/claims/${created.body.id}/review`, { state: 'accepted' });
    expect(accepted.body.state).toBe('accepted');
    const again = await post(`/api/claims/${created.body.id}/review`, { state: 'accepted' });
    expect(again.status).toBe(400);
    const history = await staffGet(`/api/claims/${created.body.id}`);
    expect(history.body.reviews).toHaveLength(1);
    const dossier = await get('/api/persons/per_kalesnikava');
    const occupations = dossier.body.projection.properties.occupation.values.map(
      (v: { text: string }) => v.text,
    );
    expect(occupations).toContain('flautist');
  });

  it('publishes an OpenAPI document', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(r.statusCode).toBe(200);
    expect(Object.keys(r.json().paths)).toEqual(
      expect.arrayContaining(['/api/counts', '/api/persons/{id}']),
    );
  });
});
