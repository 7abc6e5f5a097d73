/**
 * Every write route refuses the public (401) and roles below the one it needs (403), and lets
 * that role through (to validation: the bodies here are deliberately empty). The list of write
 * routes comes from the OpenAPI document, so a new route missing from `needs` fails the test.
 */

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSampleLedger } from '../../src/adapters/sample-ledger.ts';
import type { AppContext } from '../../src/app/context.ts';
import { importLedger } from '../../src/app/transfer/import-ledger.ts';
import type { Role } from '../../src/core/accounts.ts';
import { buildServer } from '../../src/server/app.ts';
import { appContext } from '../support/app-context.ts';
import { bearerFor, signIn } from '../support/auth.ts';
import { backends } from '../support/databases.ts';

const needs: Record<string, Role> = {
  'POST /api/claims': 'editor',
  'POST /api/claims/{id}/review': 'reviewer',
  'POST /api/claims/accept-above': 'editor',
  'POST /api/claims/{id}/correct': 'editor',
  'POST /api/persons/{id}/merge': 'editor',
  'POST /api/persons/{id}/different': 'editor',
  'POST /api/persons/{id}/split': 'editor',
  'POST /api/releases/{id}/merge': 'editor',
  'POST /api/releases/{id}/different': 'editor',
  'POST /api/releases/{id}/split': 'editor',
  'POST /api/reports': 'editor',
  'POST /api/reports/batch': 'editor',
  'POST /api/audit/{id}/revert': 'editor',
  'POST /api/sources/{id}/confidential': 'editor',
  'POST /api/watched-sources': 'editor',
  'POST /api/watched-sources/{id}/pause': 'editor',
  'POST /api/watched-sources/{id}/resume': 'editor',
  'DELETE /api/watched-sources/{id}': 'editor',
  'POST /api/import': 'admin',
  'POST /api/users': 'admin',
  'PATCH /api/users/{id}': 'admin',
  // Each signed-in user's own mark of What is new (docs/whats-new.md).
  'POST /api/whats-new/seen': 'viewer',
};
/** Writes anyone may make. */
const open = ['POST /api/auth/login', 'POST /api/auth/logout'];
const order: Role[] = ['viewer', 'reviewer', 'editor', 'admin'];

describe.each(backends())('role guards on every write route on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;
  const tokens = {} as Record<Role, { authorization: string }>;
  let writes: string[] = [];

  beforeAll(async () => {
    const db = await backend.open();
    await importLedger(db, await readSampleLedger());
    ctx = appContext(db);
    app = await buildServer(ctx);
    for (const role of order) tokens[role] = await bearerFor(ctx, role);
    const doc = (await app.inject({ url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => !['get', 'head', 'options'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });

  const call = (route: string, headers: Record<string, string> = {}) => {
    const [method, path] = route.split(' ') as [string, string];
    return app.inject({
      method: method as 'POST' | 'DELETE',
      url: path.replace('{id}', 'x_nope'),
      headers,
      payload: {},
    });
  };

  it('knows the role of every write route the API documents', () => {
    expect(writes.length).toBeGreaterThanOrEqual(Object.keys(needs).length);
    expect(writes.filter((w) => !(w in needs) && !open.includes(w))).toEqual([]);
  });

  it('documents the needed role in OpenAPI', async () => {
    const doc = (await app.inject({ url: '/api/docs/json' })).json();
    expect(doc.paths['/api/claims/{id}/review'].post.description).toContain('reviewer role');
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it.each(Object.entries(needs))('%s needs %s', async (route, needed) => {
    const anon = await call(route);
    expect(anon.statusCode).toBe(401);
    expect(anon.json()).toMatchObject({ error: 'unauthenticated' });
    expect(anon.json().message).toContain(`needs the ${needed} role`);
    for (const role of order) {
      const r = await call(route, tokens[role]);
      if (order.indexOf(role) < order.indexOf(needed)) {
        expect(r.statusCode, `${role} on ${route}`).toBe(403);
        expect(r.json().message).toContain(`needs the ${needed} role`);
        expect(r.json().message).toContain(`is ${role}`);
      } else {
        expect([401, 403], `${role} on ${route}: ${r.body}`).not.toContain(r.statusCode);
      }
    }
  });

  it('lets a reviewer review and records the reviewer as the author', async () => {
    const headers = await signIn(app, ctx, 'reviewer', `rev-${backend.name}`);
    const queue = (await app.inject({ url: '/api/claims?state=proposed&limit=1', headers })).json();
    const id = queue.items[0].id as string;
    const r = await app.inject({
      method: 'POST',
      url: `/api/claims/${id}/review`,
      headers,
      payload: { state: 'rejected' },
    });
    expect(r.statusCode).toBe(200);
    const reviews = (await app.inject({ url: `/api/claims/${id}`, headers })).json().reviews;
    expect(reviews.at(-1).author).toEqual({ kind: 'user', id: `rev-${backend.name}` });
  });
});
