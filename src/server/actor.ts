/** Who made a change through the API, for the use cases' audit lines (docs/audit.md). */
import type { FastifyRequest } from 'fastify';
import { ForbiddenError, UnauthenticatedError } from '../core/errors.ts';
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

/**
 * The handler's own check, beside the auth hook's route guard: the audit log names staff and
 * their addresses, so it stays closed even where the hook is not installed.
 */
export function mustHaveRole(req: FastifyRequest, needed: Role): void {
  const v = viewerOf(req);
  if (hasRole(v, needed)) return;
  if (v.role === null) {
    throw new UnauthenticatedError(`sign in first: this needs the ${needed} role`);
  }
  throw new ForbiddenError(`this needs the ${needed} role; you are ${v.role}`);
}
