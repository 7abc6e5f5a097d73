/**
 * The auth layer: one onRequest hook that learns who is asking (session cookie or bearer API
 * token), checks the CSRF header on cookie-authenticated writes, and applies the route's role
 * guard (guard.ts) before the body is even read.
 */
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Accounts } from '../../app/accounts/accounts.ts';
import { apiTokenUser, sessionFor } from '../../app/accounts/authenticate.ts';
import type { AppContext } from '../../app/context.ts';
import type { Session } from '../../core/accounts.ts';
import { UnauthenticatedError } from '../../core/errors.ts';
import type { LimitRule } from '../../core/sign-in-limits.ts';
import { accountsOf } from '../../wiring.ts';
import { viewerOf } from '../viewer.ts';
import { sessionCookie, sessionCookieOptions } from './cookies.ts';
import { CsrfError, isWrite, neededRole, requireRole } from './guard.ts';
import { SignInLimits } from './rate-limit.ts';

export interface AuthOptions {
  /** Mark the cookie Secure even on plain HTTP (HABEAS_COOKIE_SECURE, behind a TLS proxy). */
  cookieSecure?: boolean;
  sessionTtlMs?: number;
  /** Failed sign-ins allowed per username (default 5 in 15 minutes). */
  userLimit?: LimitRule;
  /** Failed sign-ins allowed per client IP (default 20 in 15 minutes). */
  ipLimit?: LimitRule;
}

export interface AuthState {
  accounts: Accounts;
  limits: SignInLimits;
  /** Sets the session cookie on the answer (maxAge 0 with '' clears it). */
  setCookie(req: FastifyRequest, reply: FastifyReply, token: string, maxAgeSeconds: number): void;
}

export const csrfHeader = 'x-csrf-token';
const fifteenMinutes = 15 * 60 * 1000;

// The session behind a cookie-authenticated request, for /api/auth/me and logout.
const sessions = new WeakMap<FastifyRequest, Session>();

export function sessionOf(req: FastifyRequest): Session | null {
  return sessions.get(req) ?? null;
}

export function sessionTokenOf(req: FastifyRequest): string | null {
  return req.cookies[sessionCookie] ?? null;
}

function bearerOf(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  return m ? (m[1] as string) : null;
}

export async function installAuth(
  app: FastifyInstance,
  ctx: AppContext,
  opts: AuthOptions = {},
): Promise<AuthState> {
  // Cookies read (req.cookies) before the hook below runs, and written with reply.setCookie.
  await app.register(fastifyCookie);
  const state: AuthState = {
    accounts: accountsOf(ctx, opts.sessionTtlMs),
    limits: new SignInLimits(ctx.db.signInFailures, {
      user: opts.userLimit ?? { maxFailures: 5, windowMs: fifteenMinutes },
      ip: opts.ipLimit ?? { maxFailures: 20, windowMs: fifteenMinutes },
    }),
    setCookie: (req, reply, token, maxAge) =>
      reply.setCookie(
        sessionCookie,
        token,
        sessionCookieOptions({
          secure: opts.cookieSecure === true || req.protocol === 'https',
          maxAge,
        }),
      ),
  };

  const authenticate = async (req: FastifyRequest, reply: FastifyReply) => {
    const bearer = bearerOf(req);
    if (bearer !== null) {
      const user = await apiTokenUser(state.accounts, bearer);
      if (!user) throw new UnauthenticatedError('invalid or revoked API token');
      req.viewer = { userId: user.id, username: user.username, role: user.role, ip: req.ip };
      return;
    }
    const token = sessionTokenOf(req);
    if (token === null) return;
    const found = await sessionFor(state.accounts, token, req.ip);
    if (!found) {
      // Expired or ended elsewhere: the browser forgets it and the request goes on anonymous.
      state.setCookie(req, reply, '', 0);
      return;
    }
    sessions.set(req, found.session);
    const { user } = found;
    req.viewer = { userId: user.id, username: user.username, role: user.role, ip: req.ip };
    if (isWrite(req.method) && !req.routeOptions.config?.open) {
      const sent = req.headers[csrfHeader];
      if (sent !== found.session.csrfToken) {
        throw new CsrfError(
          `missing or wrong ${csrfHeader} header: send the csrfToken from POST /api/auth/login or GET /api/auth/me`,
        );
      }
    }
  };

  app.addHook('onRequest', async (req, reply) => {
    await authenticate(req, reply);
    const needed = neededRole(req);
    if (needed) requireRole(viewerOf(req), needed);
  });

  return state;
}
