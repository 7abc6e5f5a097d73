/**
 * Per-client rate limits on the API for anonymous callers (docs/security.md, "Rate limits"),
 * with @fastify/rate-limit: each client address may make `max` API requests per window, and
 * `expensiveMax` per window on each expensive read (search, lists, counts: routes marked
 * `config: { expensive: true }`), then gets 429 with Retry-After. Signed-in users and API
 * tokens are not limited. With `shared` (the default on PostgreSQL) the counts live in the
 * database (table request_counts), so every server process on it counts the same requests;
 * otherwise in this process's memory (PGlite is one process anyway). Both go through the same
 * store adapter: the plugin's own in-memory store hands every caller one shared result object,
 * so a burst of simultaneous requests all read the burst's final count and all are refused.
 */
import rateLimit, {
  type FastifyRateLimitStore,
  type FastifyRateLimitStoreCtor,
} from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { RateLimitedError } from '../core/errors.ts';
import type { RequestCounter } from '../core/ports.ts';
import { viewerOf } from './viewer.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A read that costs the server much (search, whole lists, counts): its own, lower limit. */
    expensive?: boolean;
    /** A route answering another media type than JSON (the Atom feed): its 200 in the OpenAPI document. */
    mediaType?: string;
  }
}

export interface ClientLimits {
  /** API requests per window an anonymous client may make (all routes but the expensive ones). */
  max: number;
  /** Requests per window an anonymous client may make to each expensive read. */
  expensiveMax: number;
  windowMs: number;
  /** Count in the database (every process shares the budget); default: on PostgreSQL. */
  shared?: boolean;
}

/** The defaults, documented in docs/security.md and the README (HABEAS_RATE_LIMIT*). */
export const defaultClientLimits: ClientLimits = { max: 300, expensiveMax: 60, windowMs: 60_000 };

/** Keeps the request_counts table to running windows: pruned at most once per window. */
function pruner(counter: RequestCounter, windowMs: number) {
  let next = 0;
  return (now: number) => {
    if (now < next) return;
    next = now + windowMs;
    counter.prune(now).catch(() => undefined);
  };
}

/** Counters in this process's memory, for one process (PGlite); at most `cap` keys. */
export class MemoryRequestCounts implements RequestCounter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly cap = 100_000) {}

  async hit(key: string, now: number, windowMs: number) {
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      if (!w && this.windows.size >= this.cap) await this.prune(now);
      // Still full of running windows (a flood of addresses): the oldest key makes room.
      if (!w && this.windows.size >= this.cap) {
        const oldest = this.windows.keys().next();
        if (!oldest.done) this.windows.delete(oldest.value);
      }
      w = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, w);
    }
    w.count++;
    return { count: w.count, resetAt: w.resetAt };
  }

  async prune(now: number): Promise<void> {
    for (const [key, w] of this.windows) if (w.resetAt < now) this.windows.delete(key);
  }
}

/** A @fastify/rate-limit store over request counters; each route's child gets its own keys. */
function counterStore(counter: RequestCounter, windowMs: number): FastifyRateLimitStoreCtor {
  const prune = pruner(counter, windowMs);
  return class DatabaseStore implements FastifyRateLimitStore {
    // The plugin passes its options first; a child names its route.
    constructor(
      _options?: unknown,
      private readonly prefix = 'api ',
    ) {}

    incr(
      key: string,
      callback: (e: Error | null, r?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      const now = Date.now();
      prune(now);
      counter.hit(`${this.prefix}${key}`, now, timeWindow).then(
        ({ count, resetAt }) => callback(null, { current: count, ttl: Math.max(0, resetAt - now) }),
        (e: Error) => callback(e),
      );
    }

    // The plugin hands its merged options for the route, the route itself under routeInfo.
    child(params: unknown): FastifyRateLimitStore {
      const route = (params as { routeInfo: RouteOptions }).routeInfo;
      return new DatabaseStore(undefined, `${String(route.method)} ${route.url} `);
    }
  };
}

/** Not counted: anything outside the API and feeds (the web app's files), its docs and health check, staff. */
function exempt(req: FastifyRequest): boolean {
  const url = req.url;
  const counted = url.startsWith('/api/') || url.startsWith('/feeds/');
  if (!counted || url.startsWith('/api/docs') || url.startsWith('/api/health')) return true;
  return viewerOf(req).role !== null;
}

const refusal = (_req: FastifyRequest, c: { ttl: number }) => {
  const seconds = Math.max(1, Math.ceil(c.ttl / 1000));
  return new RateLimitedError(
    `too many requests from this address; try again in ${seconds} seconds (sign in, or ask the operator for an API token, for more)`,
    seconds,
  );
};

/**
 * Installs the limits; call before any route is added (the expensive routes get their limit as
 * they are added). The auth hook must already be installed: who is signed in decides.
 */
export async function installClientLimits(
  app: FastifyInstance,
  ctx: AppContext,
  limits: ClientLimits,
): Promise<void> {
  const expensive = { max: limits.expensiveMax, timeWindow: limits.windowMs };
  // Before the plugin's own onRoute hook: an expensive route gets a limit of its own.
  app.addHook('onRoute', (route) => {
    if (route.config?.expensive) route.config = { ...route.config, rateLimit: expensive };
  });
  const shared = limits.shared ?? ctx.db.kind === 'postgres';
  await app.register(rateLimit, {
    global: true,
    max: limits.max,
    timeWindow: limits.windowMs,
    allowList: exempt,
    // Counting must not become a way to take the API down: a failing store lets requests by.
    skipOnError: true,
    errorResponseBuilder: refusal,
    store: counterStore(shared ? ctx.db.requestCounts : new MemoryRequestCounts(), limits.windowMs),
  });
}
