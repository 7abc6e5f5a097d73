/**
 * Role guards. Routes declare the least role they need in their options,
 * `config: { role: 'editor' }`; the auth hook (plugin.ts) refuses anyone below it. A write route
 * (anything but GET/HEAD/OPTIONS) that declares nothing needs admin: new routes are closed until
 * someone decides who may use them. `config: { open: true }` marks the few writes anyone may
 * make (signing in and out).
 */
import type { FastifyRequest } from 'fastify';
import type { Role } from '../../core/accounts.ts';
import { hasRole, type Viewer } from '../viewer.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The least role this route needs (viewer < reviewer < editor < admin). */
    role?: Role;
    /** A write anyone may make, signed in or not (sign-in, sign-out); no CSRF check either. */
    open?: boolean;
  }
}

/** 401 or 403 with a message saying what to do; the error handler sends statusCode and code. */
export class AccessError extends Error {
  override name = 'AccessError';
  constructor(
    readonly statusCode: 401 | 403,
    readonly code: 'unauthenticated' | 'forbidden' | 'csrf',
    message: string,
  ) {
    super(message);
  }
}

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

/** Throws AccessError unless the viewer has the role. */
export function requireRole(viewer: Viewer, needed: Role): void {
  if (hasRole(viewer, needed)) return;
  if (viewer.role === null) {
    throw new AccessError(
      401,
      'unauthenticated',
      `sign in first: this needs the ${needed} role (POST /api/auth/login, or send Authorization: Bearer <API token>)`,
    );
  }
  throw new AccessError(
    403,
    'forbidden',
    `this needs the ${needed} role; ${viewer.username} is ${viewer.role}`,
  );
}
