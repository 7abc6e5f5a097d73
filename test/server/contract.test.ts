/**
 * The API contract (docs/api.md): the OpenAPI document client generators read, and the one
 * problem format every error is answered in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignInRefusedError } from '../../src/app/accounts/sign-in.ts';
import { UsernameTakenError } from '../../src/core/accounts.ts';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
} from '../../src/core/errors.ts';
import { InvalidEvidenceError } from '../../src/core/model/claim.ts';
import { InvalidDateError } from '../../src/core/model/dates.ts';
import { InvalidClaimError } from '../../src/core/model/properties.ts';
import { CsrfError } from '../../src/server/auth/guard.ts';
import { problemCodeOf } from '../../src/server/errors.ts';
import { openApiDocument, openApiJson } from '../../src/server/openapi-document.ts';
import { problemKinds, problemSchema } from '../../src/server/problem.ts';
import { bearerFor, type SignedInServer, signedInServer } from '../support/auth.ts';
import { backends } from '../support/databases.ts';

interface Operation {
  operationId?: string;
  security?: Array<Record<string, string[]>>;
  description?: string;
  responses: Record<string, { $ref?: string }>;
}
interface Doc {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, { content: Record<string, { schema: unknown }> }> };
}

const writes = new Set(['post', 'put', 'patch', 'delete']);

describe('the OpenAPI document', () => {
  let doc: Doc;
  let ops: Array<[string, Operation]>;

  beforeAll(async () => {
    doc = (await openApiDocument()) as unknown as Doc;
    ops = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(
        ([m, op]) => [`${m.toUpperCase()} ${path}`, op] as [string, Operation],
      ),
    );
  });

  it('is the committed docs/openapi.json (npm run api:doc writes it)', async () => {
    const committed = readFileSync(join(import.meta.dirname, '../../docs/openapi.json'), 'utf8');
    expect(committed).toBe(await openApiJson());
  });

  it('gives every operation a unique camelCase operationId', () => {
    expect(ops.length).toBeGreaterThanOrEqual(40);
    const ids = ops.map(([, op]) => op.operationId);
    for (const [name, op] of ops) expect(op.operationId, name).toMatch(/^[a-z]+[A-Z][A-Za-z]*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says who may call each operation: staff ones never allow the anonymous public', () => {
    for (const [name, op] of ops) {
      expect(op.security, name).toBeDefined();
      const anonymous = op.security!.some((s) => Object.keys(s).length === 0);
      const staffOnly = /Needs the \w+ role/.test(op.description ?? '');
      const method = name.split(' ')[0]!.toLowerCase();
      const open = name === 'POST /api/auth/login' || name === 'POST /api/auth/logout';
      if (staffOnly || (writes.has(method) && !open)) expect(anonymous, name).toBe(false);
      // A cookie write needs the CSRF header beside the cookie.
      if (writes.has(method) && !open)
        expect(op.security, name).toEqual([{ session: [], csrf: [] }, { bearer: [] }]);
    }
    expect(doc.paths['/api/persons']!.get!.security).toEqual([{}, { session: [] }, { bearer: [] }]);
    expect(doc.paths['/api/audit']!.get!.security).toEqual([{ session: [] }, { bearer: [] }]);
  });

  it('documents a problem response for every 4xx and 5xx of every operation', () => {
    for (const [name, op] of ops) {
      const errors = Object.keys(op.responses).filter((s) => /^[45]/.test(s));
      expect(errors, name).toEqual(expect.arrayContaining(['400', '401', '500', '503']));
      for (const status of errors) {
        const ref = op.responses[status]!.$ref ?? '';
        const component = doc.components.responses[ref.replace('#/components/responses/', '')];
        expect(component?.content, `${name} ${status}`).toEqual({
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        });
      }
    }
    const of = (path: string, method: string) => Object.keys(doc.paths[path]![method]!.responses);
    expect(of('/api/persons/{id}', 'get')).toContain('404');
    expect(of('/api/persons/{id}', 'get')).not.toContain('403');
    expect(of('/api/claims', 'post')).toEqual(expect.arrayContaining(['403', '404', '413']));
    expect(of('/api/users', 'post')).toContain('409');
    expect(of('/api/auth/login', 'post')).toContain('429');
  });
});

describe('the error table', () => {
  it('maps each error of the family to its problem, subclasses before their bases', () => {
    const cases: Array<[Error, string]> = [
      [new NotFoundError('person', 'x'), 'not_found'],
      [new ValidationError('bad', 'body.x'), 'invalid_input'],
      [new InvalidDateError('2025-13'), 'invalid_input'],
      [new InvalidClaimError('unknown property'), 'invalid_input'],
      [new InvalidEvidenceError('quote differs'), 'invalid_input'],
      [new ConflictError('clash'), 'conflict'],
      [new UsernameTakenError('ann'), 'conflict'],
      [new UnauthenticatedError('sign in'), 'unauthenticated'],
      [new SignInRefusedError('credentials'), 'sign_in_refused'],
      [new ForbiddenError('role'), 'forbidden'],
      [new CsrfError('no token'), 'csrf'],
      [new RateLimitedError('wait', 3), 'rate_limited'],
      [new DomainError('other'), 'invalid_input'],
    ];
    for (const [err, code] of cases) {
      expect(err, err.name).toBeInstanceOf(DomainError);
      expect(problemCodeOf(err), err.name).toBe(code);
    }
    expect(problemCodeOf(new Error('a bug'))).toBeNull();
  });
});

describe.each(backends())('problem responses on $name', (backend) => {
  let s: SignedInServer;
  let app: FastifyInstance;

  beforeAll(async () => {
    s = await signedInServer(backend, { role: 'admin' });
    app = s.app;
  }, 60_000);
  afterAll(() => s?.close());

  /** Checks the RFC 9457 shape and returns the body. */
  function problem(r: LightMyRequestResponse, status: number, error: string, instance: string) {
    expect(r.statusCode, r.body).toBe(status);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json(;|$)/);
    const body = problemSchema.strict().parse(r.json());
    expect(body).toMatchObject({
      type: `urn:habeas:problem:${error}`,
      title: problemKinds[body.error].title,
      status,
      error,
      instance,
    });
    expect(body.message).toBe(body.detail);
    return body;
  }

  it('400 names each field that failed', async () => {
    const r = await app.inject({ url: '/api/counts?country=Belarus&at=2025-9-1' });
    const body = problem(r, 400, 'invalid_input', '/api/counts');
    // 'at' breaks two rules (the pattern, and being a calendar date): each is named.
    const paths = new Set(body.errors?.map((e) => e.path));
    expect([...paths].sort()).toEqual(['querystring.at', 'querystring.country']);
    expect(body.detail).toContain(
      'querystring.country: expected an ISO 3166 two-letter country code',
    );
    const nul = await app.inject({
      method: 'POST',
      url: '/api/claims/accept-above',
      headers: s.headers,
      payload: { threshold: 0.5, note: 'a\u0000b' },
    });
    const nulBody = problem(nul, 400, 'invalid_input', '/api/claims/accept-above');
    expect(nulBody.errors).toEqual([
      { path: 'body.note', message: expect.stringContaining('NUL character') },
    ]);
  });

  it('401 for the anonymous public on a staff operation', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/claims', payload: {} });
    const body = problem(r, 401, 'unauthenticated', '/api/claims');
    expect(body.detail).toContain('needs the editor role');
    const badToken = await app.inject({
      url: '/api/persons?limit=1',
      headers: { authorization: 'Bearer hbs_not_a_token' },
    });
    problem(badToken, 401, 'unauthenticated', '/api/persons');
  });

  it('403 for a role too low, and for a cookie write without its CSRF token', async () => {
    const viewer = await bearerFor(s.ctx, 'viewer');
    const r = await app.inject({
      method: 'POST',
      url: '/api/claims/accept-above',
      headers: viewer,
      payload: { threshold: 0.9 },
    });
    expect(problem(r, 403, 'forbidden', '/api/claims/accept-above').detail).toContain(
      'needs the editor role',
    );
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/api/claims/accept-above',
      headers: { cookie: s.headers.cookie },
      payload: { threshold: 0.9 },
    });
    problem(noCsrf, 403, 'csrf', '/api/claims/accept-above');
  });

  it('404 for an id that does not exist and for a path with no route', async () => {
    const r = await app.inject({ url: '/api/persons/per_nobody' });
    expect(problem(r, 404, 'not_found', '/api/persons/per_nobody').detail).toContain('per_nobody');
    problem(
      await app.inject({ url: '/api/nothing-here?x=1' }),
      404,
      'not_found',
      '/api/nothing-here',
    );
  });

  it('409 for a clash with what is stored', async () => {
    const create = () =>
      app.inject({
        method: 'POST',
        url: '/api/users',
        headers: s.headers,
        payload: { username: `twice-${backend.name}`, role: 'viewer' },
      });
    expect((await create()).statusCode).toBe(201);
    const body = problem(await create(), 409, 'conflict', '/api/users');
    expect(body.detail).toContain(`twice-${backend.name}`);
  });
});
