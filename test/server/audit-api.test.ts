/** The audit log over HTTP on both backends: who may read it, what a change records, export, revert. */

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { parseCsv } from '../../src/core/csv.ts';
import { buildServer } from '../../src/server/app.ts';
import { openAppContext } from '../support/app-context.ts';
import { type AuthHeaders, signIn } from '../support/auth.ts';
import { backends } from '../support/databases.ts';
import { FixedClock } from '../support/factories.ts';

describe.each(backends())('audit API on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let editor: AuthHeaders;
  let reviewer: AuthHeaders;
  let viewer: AuthHeaders;
  let claimId: string;

  beforeAll(async () => {
    const clock = new FixedClock('2026-02-01T08:00:00.000Z');
    ctx = await openAppContext(backend, clock);
    await ctx.db.entities.createEntities([
      { id: 'per_a', type: 'person', createdAt: clock.now() },
      { id: 'per_b', type: 'person', createdAt: clock.now() },
    ]);
    app = await buildServer(ctx);
    editor = await signIn(app, ctx, 'editor', 'erika');
    reviewer = await signIn(app, ctx, 'reviewer', 'rolf');
    viewer = await signIn(app, ctx, 'viewer', 'vera');
    const r = await app.inject({
      method: 'POST',
      url: '/api/claims',
      headers: editor,
      payload: {
        subjectId: 'per_a',
        property: 'occupation',
        value: { type: 'text', text: 'teacher' },
      },
    });
    expect(r.statusCode).toBe(201);
    claimId = r.json().id;
    // Sessions last 12 hours by this clock: stay within them.
    clock.set('2026-02-01T18:00:00.000Z');
    const review = await app.inject({
      method: 'POST',
      url: `/api/claims/${claimId}/review`,
      headers: reviewer,
      payload: { state: 'accepted', note: 'checked' },
    });
    expect(review.statusCode).toBe(200);
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });

  const get = (url: string, headers?: AuthHeaders) =>
    app.inject({ method: 'GET', url, ...(headers ? { headers } : {}) });

  it('is closed to the public and to viewers, open to reviewers and up', async () => {
    expect((await get('/api/audit')).statusCode).toBe(401);
    expect((await get('/api/audit.csv')).statusCode).toBe(401);
    expect((await get('/api/audit', viewer)).statusCode).toBe(403);
    expect((await get('/api/audit', reviewer)).statusCode).toBe(200);
    expect((await get('/api/audit', editor)).statusCode).toBe(200);
  });

  it('records who, with what role, from where, and the before and after', async () => {
    const r = await get(`/api/audit?subject=${claimId}`, reviewer);
    const { items, total } = r.json();
    expect(total).toBe(2);
    const [review, propose] = items;
    expect(propose).toMatchObject({
      action: 'claim.propose',
      actor: 'erika',
      actorRole: 'editor',
      origin: '127.0.0.1',
      at: '2026-02-01T08:00:00.000Z',
      after: { claimId, state: 'proposed' },
    });
    expect(review).toMatchObject({
      action: 'claim.review',
      actor: 'rolf',
      actorRole: 'reviewer',
      before: { state: 'proposed' },
      after: { state: 'accepted', note: 'checked' },
    });
  });

  it('filters by actor, action and time; a bad date is a 400 naming the field', async () => {
    const byRolf = (await get('/api/audit?actor=rolf', reviewer)).json();
    // Newest first: rolf's review, then his sign-in (sign-ins are audited too).
    expect(byRolf.items.map((l: { action: string }) => l.action)).toEqual([
      'claim.review',
      'user.signin',
    ]);
    expect((await get('/api/audit?action=claim.*', reviewer)).json().total).toBe(2);
    // Signing the three users in added user.add lines at 08:00 too: keep to the claim lines.
    const claimsSince = '/api/audit?action=claim.*&since=2026-02-01T12:00:00Z';
    expect((await get(claimsSince, reviewer)).json().total).toBe(1);
    const claimsUntil = '/api/audit?action=claim.*&until=2026-02-01T12:00:00Z';
    expect((await get(claimsUntil, reviewer)).json().total).toBe(1);
    expect((await get('/api/audit?action=user.add', reviewer)).json().total).toBe(3);
    expect((await get('/api/audit?limit=1&offset=1', reviewer)).json().items).toHaveLength(1);
    const bad = await get('/api/audit?since=soon', reviewer);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/^since: /);
  });

  it('exports CSV, at /api/audit.csv and with format=csv', async () => {
    for (const url of ['/api/audit.csv?actor=erika', '/api/audit?format=csv&actor=erika']) {
      const r = await get(url, reviewer);
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toMatch(/^text\/csv/);
      const rows = parseCsv(r.body).filter((row) => row.length > 1);
      expect(rows[0]![0]).toBe('id');
      // Erika's proposal, then her sign-in.
      expect(rows.slice(1).map((row) => row[5])).toEqual(['claim.propose', 'user.signin']);
    }
  });

  it('reverts a change by new records for editors, audited, and refuses what it cannot', async () => {
    const [line] = (await get(`/api/audit?action=claim.review&subject=${claimId}`, editor)).json()
      .items;
    const post = (url: string, headers: AuthHeaders) =>
      app.inject({ method: 'POST', url, headers, payload: {} });
    expect((await post(`/api/audit/${line.id}/revert`, reviewer)).statusCode).toBe(403);
    const r = await post(`/api/audit/${line.id}/revert`, editor);
    expect(r.statusCode).toBe(201);
    expect(r.json().line).toMatchObject({
      action: 'audit.revert',
      reverts: line.id,
      actor: 'erika',
    });
    const claim = (await get(`/api/claims/${claimId}`, editor)).json();
    expect(claim.claim.state).toBe('proposed');
    expect(claim.reviews).toHaveLength(2);
    const again = await post(`/api/audit/${line.id}/revert`, editor);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(/already reverted/);
    const ofRevert = await post(`/api/audit/${r.json().line.id}/revert`, editor);
    expect(ofRevert.statusCode).toBe(400);
    expect(ofRevert.json().message).toMatch(/a revert is not reverted/);
    expect((await post('/api/audit/aud_none/revert', editor)).statusCode).toBe(404);
    const one = (await get(`/api/audit/${line.id}`, reviewer)).json();
    expect(one.revertedBy.id).toBe(r.json().line.id);
  });
});
