/** The session cookie, read and written through @fastify/cookie (auth/plugin.ts). */
import type { CookieSerializeOptions } from '@fastify/cookie';

export const sessionCookie = 'habeas_session';

export interface CookieFlags {
  secure: boolean;
  /** Seconds; 0 deletes the cookie. */
  maxAge: number;
}

/** httpOnly (no script reads it), SameSite=Strict (no cross-site request carries it), Path=/. */
export function sessionCookieOptions(flags: CookieFlags): CookieSerializeOptions {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    maxAge: Math.max(0, Math.floor(flags.maxAge)),
    secure: flags.secure,
  };
}
