import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSampleLedger } from '../../src/adapters/sample-ledger.ts';
import { issueApiToken } from '../../src/app/accounts/issue-api-token.ts';
import type { AppContext } from '../../src/app/context.ts';
import { importLedger } from '../../src/app/transfer/import-ledger.ts';
import { buildServer } from '../../src/server/app.ts';
import { accountsOf } from '../../src/wiring.ts';
import { appContext } from '../support/app-context.ts';
import {
  addUser,
  bearerFor,
  sessionCookieOf,
  signIn,
  signInAs,
  testPassword,
} from '../support/auth.ts';
import { backends } from '../support/databases.ts';

describe.each(backends())('sign-in, sessions and CSRF on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;

  beforeAll(async () => {
    const db = await backend.open();
    await importLedger(db, await readSampleLedger());
    ctx = appContext(db);
    app = await buildServer(ctx);
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });

  it('signs in with the right password and sets an httpOnly, SameSite=Strict cookie', async () => {
    const user = await addUser(ctx, 'reviewer');
    const r = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username.toUpperCase(), password: testPassword },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().user).toEqual({ id: user.id, username: user.username, role: 'reviewer' });
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(/^habeas_session=[A-Za-z0-9_-]{43}; /);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    const me = await app.inject({
      url: '/api/auth/me',
      headers: { cookie: sessionCookieOf(cookie) },
    });
    expect(me.json()).toMatchObject({ user: { username: user.username }, via: 'session' });
    expect(me.json().csrfToken).toBe(r.json().csrfToken);
  });

  it('refuses anonymous writes with 401 and reviewers proposing claims with 403', async () => {
    const anon = await app.inject({
      method: 'POST',
      url: '/api/claims/accept-above',
      payload: { threshold: 0.99 },
    });
    expect(anon.statusCode).toBe(401);
    expect(anon.json().message).toContain('sign in');
    const headers = await signIn(app, ctx, 'reviewer');
    const low = await app.inject({
      method: 'POST',
      url: '/api/claims/accept-above',
      headers,
      payload: { threshold: 0.99 },
    });
    expect(low.statusCode).toBe(403);
    expect(low.json().message).toContain('editor');
  });

  it('accepts a bearer token without CSRF', async () => {
    const auth = await bearerFor(ctx, 'editor');
    const r = await app.inject({
      method: 'POST',
      url: '/api/claims/accept-above',
      headers: auth,
      payload: { threshold: 1 },
    });
    expect(r.statusCode).toBe(200);
  });

  it('wants the csrf header on cookie writes', async () => {
    const u = await addUser(ctx, 'editor');
    const h = await signInAs(app, u);
    const r = await app.inject({
      method: 'POST',
      url: '/api/claims/accept-above',
      headers: { cookie: h.cookie },
      payload: { threshold: 1 },
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().error).toBe('csrf');
  });
});

describe.each(backends())('accounts, tokens and rate limits on $name', (backend) => {
  let ctx: AppContext;
  let app: FastifyInstance;

  beforeAll(async () => {
    const db = await backend.open();
    ctx = appContext(db);
    app = await buildServer(ctx, {
      auth: { userLimit: { maxFailures: 3, windowMs: 60_000 }, cookieSecure: true },
    });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.db.close();
  });

  const login = (username: string, password: string, ip = '127.0.0.1') =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: ip,
      payload: { username, password },
    });

  it('stores passwords as argon2id hashes only', async () => {
    const user = await addUser(ctx, 'viewer');
    const stored = await ctx.db.accounts.findUserByName(user.username);
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored?.passwordHash).not.toContain(testPassword);
  });

  it('refuses a wrong password, an unknown user and a disabled user alike', async () => {
    const user = await addUser(ctx, 'editor');
    const wrong = await login(user.username, 'not the password', '10.0.0.1');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json(;|$)/);
    expect(wrong.json()).toEqual({
      type: 'urn:habeas:problem:sign_in_refused',
      title: 'Sign-in refused',
      status: 401,
      detail: 'wrong username or password',
      instance: '/api/auth/login',
      error: 'sign_in_refused',
      message: 'wrong username or password',
    });
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const unknown = await login('nobody-here', testPassword, '10.0.0.2');
    expect(unknown.json().message).toBe('wrong username or password');
    await ctx.db.accounts.updateUser(user.id, { disabled: true });
    const disabled = await login(user.username, testPassword, '10.0.0.3');
    expect(disabled.statusCode).toBe(401);
    expect(disabled.json().message).toBe('this account is disabled');
  });

  it('marks the cookie Secure when configured, and logout ends the session', async () => {
    const user = await addUser(ctx, 'viewer');
    const r = await login(user.username, testPassword, '10.0.1.1');
    expect(String(r.headers['set-cookie'])).toContain('; Secure');
    const cookie = sessionCookieOf(r.headers['set-cookie']);
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    const me = await app.inject({ url: '/api/auth/me', headers: { cookie } });
    expect(me.json().user).toBeNull();
  });

  it('audits sign-ins, refused sign-ins and sign-outs with who and from where', async () => {
    const user = await addUser(ctx, 'reviewer');
    expect((await login(user.username, 'not the password', '10.0.4.1')).statusCode).toBe(401);
    expect((await login('nobody-at-all', testPassword, '10.0.4.2')).statusCode).toBe(401);
    const r = await login(user.username, testPassword, '10.0.4.3');
    expect(r.statusCode).toBe(200);
    const cookie = sessionCookieOf(r.headers['set-cookie']);
    await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      remoteAddress: '10.0.4.4',
      headers: { cookie },
    });
    const lines = await ctx.db.audit.listLines({ limit: 1000 });
    const of = (action: string, origin: string) =>
      lines.find((l) => l.action === action && l.origin === origin);
    expect(of('user.signin_refused', '10.0.4.1')).toMatchObject({
      actor: user.username,
      subjectIds: [user.id],
      after: { username: user.username, reason: 'wrong password' },
    });
    expect(of('user.signin_refused', '10.0.4.2')).toMatchObject({
      actor: 'nobody-at-all',
      subjectIds: [],
      after: { username: 'nobody-at-all', reason: 'unknown user' },
    });
    expect(of('user.signin', '10.0.4.3')).toMatchObject({
      actor: user.username,
      actorRole: 'reviewer',
      subjectIds: [user.id],
    });
    expect(of('user.signout', '10.0.4.4')).toMatchObject({ actor: user.username });
    // The password typed never reaches the log.
    expect(JSON.stringify(lines)).not.toContain(testPassword);
    expect(JSON.stringify(lines)).not.toContain('not the password');
  });

  it('refuses a wrong CSRF token', async () => {
    const headers = await signIn(app, ctx, 'admin');
    const r = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { ...headers, 'x-csrf-token': 'forged' },
      payload: { username: 'mallory', role: 'admin' },
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().error).toBe('csrf');
    expect(await ctx.db.accounts.findUserByName('mallory')).toBeNull();
  });

  it('limits failed sign-ins per username with 429 and Retry-After', async () => {
    const user = await addUser(ctx, 'viewer');
    for (let i = 0; i < 3; i++)
      expect((await login(user.username, 'guess-number-x', `10.0.2.${i}`)).statusCode).toBe(401);
    const limited = await login(user.username, testPassword, '10.0.2.9');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(limited.json().message).toContain('too many failed sign-ins');
  });

  it('limits failed sign-ins per IP across usernames', async () => {
    const ip = '10.0.3.1';
    for (let i = 0; i < 20; i++) await login(`someone-${i}`, 'guess-number-x', ip);
    const user = await addUser(ctx, 'viewer');
    expect((await login(user.username, testPassword, ip)).statusCode).toBe(429);
    expect((await login(user.username, testPassword, '10.0.3.2')).statusCode).toBe(200);
  });

  it('lets admins manage users; disabling ends sessions and tokens at once', async () => {
    const admin = await signIn(app, ctx, 'admin');
    const created = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: { username: 'Dora', role: 'reviewer' },
    });
    expect(created.statusCode).toBe(201);
    const { user, generatedPassword } = created.json();
    expect(user).toMatchObject({ username: 'dora', role: 'reviewer', disabled: false });
    expect(generatedPassword).toMatch(/^\S{20}$/);
    const dora = await signInAs(app, { username: 'dora', password: generatedPassword });
    const { token } = await issueApiToken(accountsOf(ctx), { username: 'dora' });
    const bearer = { authorization: `Bearer ${token}` };
    expect((await app.inject({ url: '/api/auth/me', headers: bearer })).json().via).toBe('token');
    const listed = await app.inject({ url: '/api/users', headers: admin });
    expect(listed.body).not.toContain('argon2');
    expect((await app.inject({ url: '/api/users', headers: dora })).statusCode).toBe(403);

    const off = await app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: admin,
      payload: { disabled: true },
    });
    expect(off.json()).toMatchObject({ endedSessions: 1, revokedTokens: 1 });
    expect((await app.inject({ url: '/api/auth/me', headers: dora })).json().user).toBeNull();
    const revoked = await app.inject({ url: '/api/auth/me', headers: bearer });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().message).toBe('invalid or revoked API token');
  });
});
