/**
 * Signing in from tests (docs/security.md). Every write route needs a role, so a test that
 * writes through the API signs in first:
 *
 *   const headers = await signIn(app, ctx, 'editor');      // cookie + x-csrf-token
 *   await app.inject({ method: 'POST', url: '/api/claims', headers, payload });
 *
 *   const auth = await bearerFor(ctx, 'reviewer');        // { authorization: 'Bearer hbs_...' }
 *
 * Over real HTTP (a listening server, the e2e browser tests): `signInOverHttp(baseUrl, user)`.
 *
 * A server over a fresh database with one signed-in user, per backend:
 *
 *   describe.each(backends())('my route on $name', (backend) => {
 *     let s: SignedInServer;
 *     beforeAll(async () => { s = await signedInServer(backend); }, 60_000);  // an editor
 *     afterAll(() => s?.close());
 *     it('...', () => s.app.inject({ method: 'POST', url, headers: s.headers, payload }));
 *   });
 *
 * Users are created straight through the account use cases on the context's database, each
 * with a fresh name (`editor-1`, ...) and the password `testPassword`.
 */

import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createUser } from '../../src/app/accounts/create-user.ts';
import { issueApiToken } from '../../src/app/accounts/issue-api-token.ts';
import type { AppContext } from '../../src/app/context.ts';
import type { Role } from '../../src/core/accounts.ts';
import { buildServer, type ServerOptions } from '../../src/server/app.ts';
import { accountsOf } from '../../src/wiring.ts';
import { appContext } from './app-context.ts';
import type { Backend } from './databases.ts';
import { FixedClock, SequentialIds } from './factories.ts';

export const testPassword = 'correct horse battery staple';

export interface TestUser {
  id: string;
  username: string;
  password: string;
  role: Role;
}

/** Headers of a signed-in browser: the session cookie and the CSRF token for writes. */
export interface AuthHeaders {
  cookie: string;
  'x-csrf-token': string;
  [name: string]: string;
}

let counter = 0;

/** A new enabled user of a role, named `<role>-<n>` unless a name is given. */
export async function addUser(ctx: AppContext, role: Role, username?: string): Promise<TestUser> {
  counter += 1;
  const name = username ?? `${role}-${counter}-${process.pid}`;
  const { user } = await createUser(accountsOf(ctx), {
    username: name,
    role,
    password: testPassword,
  });
  return { id: user.id, username: user.username, password: testPassword, role };
}

/** The `name=value` of the session cookie a response sets ('' when it sets none). */
export function sessionCookieOf(setCookie: string | string[] | undefined): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const found = all.find((c) => c.startsWith('habeas_session='));
  return found ? (found.split(';')[0] as string) : '';
}

/** Signs an existing user in through POST /api/auth/login; throws when refused. */
export async function signInAs(
  app: FastifyInstance,
  user: { username: string; password: string },
): Promise<AuthHeaders> {
  const r: LightMyRequestResponse = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: user.username, password: user.password },
  });
  if (r.statusCode !== 200) throw new Error(`sign-in refused (${r.statusCode}): ${r.body}`);
  return { cookie: sessionCookieOf(r.headers['set-cookie']), 'x-csrf-token': r.json().csrfToken };
}

/** Creates a user of the role and signs them in: headers for app.inject. */
export async function signIn(
  app: FastifyInstance,
  ctx: AppContext,
  role: Role,
  username?: string,
): Promise<AuthHeaders> {
  return signInAs(app, await addUser(ctx, role, username));
}

/** Creates a user of the role and an API token for them: `{ authorization: 'Bearer ...' }`. */
export async function bearerFor(
  ctx: AppContext,
  role: Role,
  username?: string,
): Promise<{ authorization: string }> {
  const user = await addUser(ctx, role, username);
  const { token } = await issueApiToken(accountsOf(ctx), { username: user.username });
  return { authorization: `Bearer ${token}` };
}

/** Signs in against a listening server (base like http://127.0.0.1:1234): headers for fetch. */
export async function signInOverHttp(
  base: string,
  user: { username: string; password: string },
): Promise<AuthHeaders> {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user.username, password: user.password }),
  });
  if (r.status !== 200) throw new Error(`sign-in refused (${r.status}): ${await r.text()}`);
  const body = (await r.json()) as { csrfToken: string };
  return { cookie: sessionCookieOf(r.headers.getSetCookie()), 'x-csrf-token': body.csrfToken };
}

/** A built server over a fresh database, a signed-in user's headers, and how to close both. */
export interface SignedInServer {
  ctx: AppContext;
  app: FastifyInstance;
  headers: AuthHeaders;
  /** Closes the server, then the database (on PostgreSQL that drops it). */
  close(): Promise<void>;
}

export interface SignedInServerOptions {
  /** Role of the signed-in user (default 'editor'). */
  role?: Role;
  /** Optional parts of the context, e.g. htmlToText for routes that take HTML. */
  context?: Pick<AppContext, 'htmlToText' | 'fetchReport'>;
  server?: ServerOptions;
}

/**
 * Opens a fresh database of the backend with a fixed clock and sequential ids (so ids and
 * times in answers are the same on every backend), builds the server and signs a user in.
 */
export async function signedInServer(
  backend: Backend,
  options: SignedInServerOptions = {},
): Promise<SignedInServer> {
  const clock = new FixedClock();
  const ids = new SequentialIds();
  const db = await backend.open({ clock, ids });
  const ctx = appContext(db, { clock, ids, ...options.context });
  let app: FastifyInstance | undefined;
  const close = async () => {
    await app?.close();
    await ctx.db.close();
  };
  try {
    app = await buildServer(ctx, options.server);
    const headers = await signIn(app, ctx, options.role ?? 'editor');
    return { ctx, app, headers, close };
  } catch (e) {
    await close();
    throw e;
  }
}
