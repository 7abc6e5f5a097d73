/**
 * What a request may read (docs/privacy.md): signed-in staff read the whole ledger, the
 * anonymous public its published part. Every read route takes its stores from here.
 */
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { readerStores } from '../app/publish/public-view.ts';
import type { Reader } from '../app/read/read-models.ts';
import { UnauthenticatedError } from '../core/errors.ts';
import type { Stores } from '../core/ports.ts';
import { cacheFor } from './request-cache.ts';
import { isStaff, viewerOf } from './viewer.ts';

/** The stores this request reads: everything for staff, published data for the public. */
export function storesFor(ctx: AppContext, req: FastifyRequest): Promise<Stores> {
  return readerStores(ctx.db, isStaff(viewerOf(req)), cacheFor(ctx, req));
}

/**
 * Who reads, for the read models (app/read/read-models.ts): the scope without a read, the
 * stores only when an answer must be built.
 */
export function readerFor(ctx: AppContext, req: FastifyRequest): Reader {
  return {
    scope: isStaff(viewerOf(req)) ? 'staff' : 'public',
    stores: () => storesFor(ctx, req),
  };
}

/** Throws UnauthenticatedError (401) for the anonymous public; `what` names what was asked for. */
export function requireStaff(req: FastifyRequest, what: string): void {
  if (isStaff(viewerOf(req))) return;
  throw new UnauthenticatedError(
    `sign in first: ${what} is for signed-in staff only; the public reads published data`,
  );
}
