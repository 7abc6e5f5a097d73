/**
 * Role guards. Routes declare the least role they need in their options,
 * `config: { role: 'editor' }`; the auth hook (plugin.ts) refuses anyone below it. A write route
 * (anything but GET/HEAD/OPTIONS) that declares nothing needs admin: new routes are closed until
 * someone decides who may use them. `config: { open: true }` marks the few writes anyone may
 * make (signing in and out).
 */
import type { FastifyRequest } from 'fastify';
import type { Role } from '../../core/accounts.ts';
import { ForbiddenError, UnauthenticatedError } from '../../core/errors.ts';
import { hasRole, type Viewer } from '../viewer.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The least role this route needs (viewer < reviewer < editor < admin). */
    role?: Role;
    /** A write anyone may make, signed in or not (sign-in, sign-out); no CSRF check either. */
    open?: boolean;
  }
}

/**
 * A write authenticated by the session cookie without the session's CSRF token: a 403 of its
 * own code ('csrf'), so a client knows to fetch the token rather than ask for a higher role.
 */
export class CsrfError extends ForbiddenError {}

export function isWrite(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
}

/** The role a request's route needs, or null when anyone may call it. */
export function neededRole(req: FastifyRequest): Role | null {
  const config = req.routeOptions.config ?? {};
  if (config.role) return config.role;
  if (config.open || !isWrite(req.method) || !req.routeOptions.url) return null;
  return 'admin';
}

/** Throws UnauthenticatedError (nobody signed in) or ForbiddenError unless the viewer has the role. */
export function requireRole(viewer: Viewer, needed: Role): void {
  if (hasRole(viewer, needed)) return;
  if (viewer.role === null) {
    throw new UnauthenticatedError(
      `sign in first: this needs the ${needed} role (POST /api/auth/login, or send Authorization: Bearer <API token>)`,
    );
  }
  throw new ForbiddenError(`this needs the ${needed} role; ${viewer.username} is ${viewer.role}`);
}
