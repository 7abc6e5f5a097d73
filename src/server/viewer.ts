/**
 * Who is asking: the one place routes learn the caller's identity and role.
 *
 * The auth layer (src/server/auth/) sets `request.viewer` from a session cookie or an API
 * token; everything else reads it through `viewerOf`. A request nobody signed in to is the
 * anonymous public, which may read published data only.
 */
import type { FastifyRequest } from 'fastify';
import type { Author } from '../core/model/claim.ts';

export const roles = ['viewer', 'reviewer', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface Viewer {
  /** The signed-in user's id, or null for the anonymous public. */
  userId: string | null;
  /** The user's login name, for audit lines and the UI. */
  username: string | null;
  role: Role | null;
  /** Where the request came from (client IP), for the audit log. */
  ip: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    viewer?: Viewer;
  }
}

export function viewerOf(req: FastifyRequest): Viewer {
  return req.viewer ?? { userId: null, username: null, role: null, ip: req.ip };
}

/** Signed-in staff of any role may read unpublished and private data; the public may not. */
export function isStaff(v: Viewer): boolean {
  return v.role !== null;
}

/** Role order: each role may do what the roles before it may. */
export function hasRole(v: Viewer, needed: Role): boolean {
  return v.role !== null && roles.indexOf(v.role) >= roles.indexOf(needed);
}

/** The author recorded on claims and reviews a request makes. */
export function authorOf(v: Viewer): Author {
  return { kind: 'user', id: v.username ?? v.userId ?? 'anonymous' };
}
