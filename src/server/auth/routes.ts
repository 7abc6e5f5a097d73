import { z } from 'zod';
import { SignInRefusedError, signIn } from '../../app/accounts/sign-in.ts';
import { signOut } from '../../app/accounts/sign-out.ts';
import { RateLimitedError } from '../../core/errors.ts';
import type { Api } from '../routes/common.ts';
import { viewerOf } from '../viewer.ts';
import { type AuthState, sessionOf, sessionTokenOf } from './plugin.ts';

const roleEnum = z.enum(['viewer', 'reviewer', 'editor', 'admin']);
export const publicUser = z.object({ id: z.string(), username: z.string(), role: roleEnum });

/** POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me. */
export function authRoutes(state: AuthState) {
  return async (api: Api) => {
    api.post(
      '/auth/login',
      {
        config: { open: true },
        schema: {
          operationId: 'signIn',
          problems: ['sign_in_refused', 'rate_limited'],
          tags: ['auth'],
          summary:
            'Sign in: sets the httpOnly session cookie and returns the CSRF token to send as x-csrf-token on writes',
          body: z.object({
            username: z.string().min(1).max(200),
            password: z.string().min(1).max(1024),
          }),
          response: {
            200: z.object({ user: publicUser, csrfToken: z.string(), expiresAt: z.string() }),
          },
        },
      },
      async (req, reply) => {
        const { username } = req.body;
        const now = Date.now();
        const wait = await state.limits.take(username, req.ip, now);
        if (wait > 0)
          throw new RateLimitedError(
            `too many failed sign-ins; try again in ${wait} seconds`,
            wait,
          );
        // From here the attempt counts as a failure: a refused password leaves it counted, a
        // success or an error of ours gives it back.
        try {
          const { token, session, user } = await signIn(state.accounts, {
            ...req.body,
            ip: req.ip,
          });
          await state.limits.succeed(username, req.ip, now);
          const maxAge = (Date.parse(session.expiresAt) - Date.parse(session.createdAt)) / 1000;
          state.setCookie(req, reply, token, maxAge);
          return {
            user: { id: user.id, username: user.username, role: user.role },
            csrfToken: session.csrfToken,
            expiresAt: session.expiresAt,
          };
        } catch (e) {
          // Refused: stays counted, then answered by the error table (401 sign_in_refused).
          if (!(e instanceof SignInRefusedError))
            await state.limits.giveBack(username, req.ip, now);
          throw e;
        }
      },
    );
    api.post(
      '/auth/logout',
      {
        config: { open: true },
        schema: {
          operationId: 'signOut',
          tags: ['auth'],
          summary: 'Sign out: ends the session and clears the cookie',
          response: { 200: z.object({ signedOut: z.boolean() }) },
        },
      },
      async (req, reply) => {
        const token = sessionTokenOf(req);
        if (token) await signOut(state.accounts, token, req.ip);
        state.setCookie(req, reply, '', 0);
        return { signedOut: true };
      },
    );
    api.get(
      '/auth/me',
      {
        schema: {
          operationId: 'getSignedIn',
          tags: ['auth'],
          summary: 'Who is signed in (user null for the anonymous public), with the CSRF token',
          response: {
            200: z.object({
              user: publicUser.nullable(),
              csrfToken: z.string().nullable(),
              via: z.enum(['session', 'token']).nullable(),
            }),
          },
        },
      },
      async (req) => {
        const v = viewerOf(req);
        const session = sessionOf(req);
        if (v.role === null || v.userId === null || v.username === null)
          return { user: null, csrfToken: null, via: null };
        return {
          user: { id: v.userId, username: v.username, role: v.role },
          csrfToken: session?.csrfToken ?? null,
          via: session ? ('session' as const) : ('token' as const),
        };
      },
    );
  };
}
