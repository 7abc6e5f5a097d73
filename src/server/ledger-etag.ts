/**
 * Conditional GETs of the reads that answer from the ledger (docs/api.md, "Caching"). Such an
 * answer stays the same until the next commit, so its ETag is made from the ledger version the
 * database keeps (adapters/db/stamps.ts: every writing transaction raises it, whichever process
 * writes) with what else the answer depends on: which database that version counts in, the
 * build of the code, who reads (the public, or one signed-in user: staff read more) and,
 * where a route uses it, today's date. A request
 * whose If-None-Match holds the current ETag is answered 304 before its route runs, so a
 * repeat reader costs one version read, shared with the requests arriving beside it.
 *
 * Routes opt in with `config: { etag: true }` (or `{ etag: { today: true } }`, ...); a route
 * whose answer comes from anything else (accounts, the audit log, the health check) must not.
 * The version is read before the handler: an answer may then be newer than its ETag (a commit
 * landed between), never older, so the next request fetches again rather than keeping stale data.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { wantsCsv } from './csv-answer.ts';
import { cacheFor } from './request-cache.ts';
import { viewerOf } from './viewer.ts';

/** What an opted-in route's answer depends on besides its address and the ledger. */
export interface ETagOptions {
  /** The public's answer whoever asks (the Atom feed): one validator, no Vary on who asks. */
  everyone?: boolean;
  /** Today's date (UTC) too: persons held today. */
  today?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** This GET answers from the ledger alone: an ETag from the ledger version, 304 on a match. */
    etag?: true | ETagOptions;
  }
}

interface Validator {
  etag: string;
  /** Signed-in staff: kept out of shared caches and off disk. */
  staff: boolean;
  everyone: boolean;
  /** JSON or CSV by the Accept header (csv-answer.ts): caches must tell them apart. */
  negotiated: boolean;
}

/** For the public: any cache may keep the answer but must ask before reusing it. */
export const publicCaching = 'no-cache';
/** For staff: private records, so no cache keeps them (a shared computer's browser neither). */
export const staffCaching = 'private, no-store';
/** The request headers that change who reads, so the answer. */
export const varyOn = 'Cookie, Authorization';

function optionsOf(req: FastifyRequest): ETagOptions | null {
  const method = req.method;
  if (method !== 'GET' && method !== 'HEAD') return null;
  const etag = req.routeOptions.config?.etag;
  if (!etag) return null;
  return etag === true ? {} : etag;
}

/** Whose answer this is: the public's, or one user's (with the role it was made for). */
function readerOf(req: FastifyRequest, options: ETagOptions): string {
  const v = viewerOf(req);
  if (options.everyone || v.role === null) return 'public';
  return `staff ${v.role} ${v.userId ?? v.username ?? ''}`;
}

/**
 * The validator of an answer: a digest, so the tag is short and does not spell out the
 * version (how many commits) or who asked. Weak: equal tags mean the same content, not
 * byte-for-byte the same body.
 */
export function validatorOf(parts: {
  build: string;
  database: string;
  version: number;
  reader: string;
  day: string | null;
}): string {
  const { build, database, version, reader, day } = parts;
  const text = [build, database, version, reader, day ?? ''].join('\n');
  return `W/"${createHash('sha256').update(text).digest('base64url').slice(0, 22)}"`;
}

/**
 * Whether If-None-Match names this tag: a list of tags compared weakly (W/ ignored), as RFC
 * 9110 asks for GET. `*` is not honoured: whether the resource exists (a person made private
 * is a 404) is known only by running the route.
 */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === opaque);
}

function setHeaders(reply: FastifyReply, v: Validator): void {
  reply.header('etag', v.etag);
  reply.header('cache-control', v.staff ? staffCaching : publicCaching);
  const on = [v.everyone ? null : varyOn, v.negotiated ? 'Accept' : null].filter(Boolean);
  if (!on.length) return;
  const vary = reply.getHeader('vary');
  reply.header('vary', [...(vary ? [String(vary)] : []), ...on].join(', '));
}

/**
 * read's value, read once and kept (a failure is not kept: the next call reads again). A
 * database's identity does not change while a server runs on it.
 */
function lasting<T>(read: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | null = null;
  return () => {
    kept ??= read().catch((e: unknown) => {
      kept = null;
      throw e;
    });
    return kept;
  };
}

/**
 * Installs the hooks; after the auth hook (who reads decides the tag) and before the per-client
 * limits, whose hooks are the routes' own and so run later: a 304 is not counted
 * (docs/security.md, "Rate limits").
 */
export function installLedgerETags(app: FastifyInstance, ctx: AppContext, build: string): void {
  const database = lasting(() => ctx.db.stamps?.identity() ?? Promise.resolve(''));
  // Null where the stores keep no version (fakes): nothing to compare then. The request's own
  // version read (request-cache.ts): the route answering it reads at the same version.
  const version = async (req: FastifyRequest) => {
    const n = await cacheFor(ctx, req).current();
    return n === null ? null : { n, database: await database() };
  };
  const made = new WeakMap<FastifyRequest, Promise<Validator | null>>();
  const settled = new WeakMap<FastifyRequest, Validator>();

  const validator = (req: FastifyRequest, options: ETagOptions) => {
    let v = made.get(req);
    if (!v) {
      v = version(req).then((at) => {
        if (at === null) return null;
        const reader = readerOf(req, options);
        const day = options.today ? ctx.clock.now().slice(0, 10) : null;
        // A list's CSV is another representation of its address (csv-answer.ts): its own tag.
        const csv = req.routeOptions.config?.csv === true;
        const etag = validatorOf({
          build,
          database: at.database,
          version: at.n,
          reader: csv && wantsCsv(req) ? `${reader}\ntext/csv` : reader,
          day,
        });
        const out = {
          etag,
          staff: reader !== 'public',
          everyone: options.everyone === true,
          negotiated: csv,
        };
        settled.set(req, out);
        return out;
      });
      made.set(req, v);
    }
    return v;
  };

  // Before the query is even checked: the cheapest answer goes first. A tag can only match a
  // 200 of this reader at this version, and an If-None-Match a client sends without ever
  // having had that 200 from this address tells it nothing it did not have.
  app.addHook('onRequest', async (req, reply) => {
    const options = optionsOf(req);
    const asked = req.headers['if-none-match'];
    if (!options || !asked) return;
    const v = await validator(req, options);
    if (v && noneMatch(asked, v.etag)) {
      setHeaders(reply, v);
      return reply.code(304).send();
    }
  });

  // Every other request of an opted-in route reads the version before its handler runs.
  app.addHook('preHandler', async (req) => {
    const options = optionsOf(req);
    if (options) await validator(req, options);
  });

  // Only a success carries the tag: an error is no representation to revalidate.
  app.addHook('onSend', async (req, reply, payload) => {
    const v = settled.get(req);
    if (v && reply.statusCode === 200) setHeaders(reply, v);
    return payload;
  });
}
