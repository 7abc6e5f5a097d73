/** Who made a change through the API, for the use cases' audit lines (docs/audit.md). */
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../core/model/audit.ts';
import { authorOf, hasRole, type Role, viewerOf } from './viewer.ts';

export function requestActor(req: FastifyRequest): Actor {
  const v = viewerOf(req);
  return {
    name: v.username ?? v.userId ?? 'anonymous',
    role: v.role,
    origin: v.ip,
    author: authorOf(v),
  };
}

/** 401/403 sent with statusCode and code by the error handler (server/errors.ts). */
export class RoleError extends Error {
  override name = 'RoleError';
  constructor(
    readonly statusCode: 401 | 403,
    readonly code: 'unauthenticated' | 'forbidden',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The handler's own check, beside the auth hook's route guard: the audit log names staff and
 * their addresses, so it stays closed even where the hook is not installed.
 */
export function mustHaveRole(req: FastifyRequest, needed: Role): void {
  const v = viewerOf(req);
  if (hasRole(v, needed)) return;
  if (v.role === null) {
    throw new RoleError(401, 'unauthenticated', `sign in first: this needs the ${needed} role`);
  }
  throw new RoleError(403, 'forbidden', `this needs the ${needed} role; you are ${v.role}`);
}
