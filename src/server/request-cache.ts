/**
 * The ledger cache a request reads through (app/ledger-cache.ts). A read-only request (GET,
 * HEAD) reads the ledger version once and uses it for every step: its ETag, its stores, each
 * memo and kept answer, where each step would otherwise wait for a fresh read of its own (on
 * PGlite each one a statement run in this process). A request that may write uses the cache
 * itself, so it sees its own commit.
 */
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../app/context.ts';
import type { LedgerCache } from '../app/ledger-cache.ts';

const pinned = new WeakMap<FastifyRequest, LedgerCache>();

export function cacheFor(ctx: Pick<AppContext, 'cache'>, req: FastifyRequest): LedgerCache {
  if (req.method !== 'GET' && req.method !== 'HEAD') return ctx.cache;
  let cache = pinned.get(req);
  if (!cache) {
    cache = ctx.cache.pinned();
    pinned.set(req, cache);
  }
  return cache;
}
