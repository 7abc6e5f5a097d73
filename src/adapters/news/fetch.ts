/**
 * Fetching a URL handed to Habeas (a report or a feed) without letting it reach places it must
 * not: only http and https; the host name is resolved here and every address checked (no
 * private, loopback, link-local, multicast... unless allowed); the connection goes to the very
 * address that was checked, so a DNS answer cannot change between check and connect; every
 * redirect hop goes through the same checks; one deadline covers the whole fetch, and the body
 * is cut off as soon as it passes the size cap (after decompression).
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { checkReportUrl } from '../../core/report-address.ts';
import { type AddressKind, classifyAddress, describeKind } from './addresses.ts';
import { type ContentKind, decodeBody, detectKind, mimeType } from './content-type.ts';
import {
  FetchContentTypeError,
  FetchError,
  FetchNetworkError,
  FetchRedirectError,
  FetchRefusedError,
  FetchStatusError,
  FetchTimeoutError,
} from './fetch-errors.ts';
import { readCapped } from './read-capped.ts';

export type { ContentKind } from './content-type.ts';
export * from './fetch-errors.ts';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has (injectable for tests). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface SafeFetchOptions {
  /** One deadline for the whole fetch: DNS, every redirect hop and the body. */
  timeoutMs: number;
  /** Cap on the (decompressed) body. */
  maxBytes: number;
  maxRedirects: number;
  /** Allow private, loopback and link-local addresses (HABEAS_ALLOW_PRIVATE_FETCH). */
  allowPrivate?: boolean;
  /** Host names (exact, case-insensitive) allowed to resolve to non-public addresses. */
  allowHosts?: readonly string[];
  /** What the caller can read; default html, feed and text. */
  accept?: readonly ContentKind[];
  lookup?: Resolver;
  userAgent?: string;
  signal?: AbortSignal;
  /**
   * Validators of the copy already read (conditional GET): sent as If-None-Match and
   * If-Modified-Since; a 304 answer is then `notModified`, with no body.
   */
  ifNoneMatch?: string | null;
  ifModifiedSince?: string | null;
}

export interface FetchedDocument {
  requestedUrl: string;
  /** The URL finally answered, after redirects. */
  url: string;
  redirects: string[];
  status: number;
  contentType: string;
  kind: ContentKind;
  charset: string;
  body: string;
  bytes: number;
  /** The answer's ETag and Last-Modified, for the next conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
  /** A 304 to a conditional GET: nothing new, `body` is empty. */
  notModified?: boolean;
}

export const defaultUserAgent = 'Habeas/0.1 (+https://github.com/habeas; news ingestion)';
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const allowFlag = 'set HABEAS_ALLOW_PRIVATE_FETCH=1 to allow';

const systemResolver: Resolver = async (hostname) => {
  const all = await dnsLookup(hostname, { all: true, verbatim: true });
  return all.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export interface Target {
  url: URL;
  host: string;
  pinned: ResolvedAddress;
}

function checkUrl(raw: string | URL, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchRefusedError(`'${String(raw)}' is not a valid URL`, String(raw));
  }
  // The same rule as every address stored (core/report-address.ts): http(s), no credentials.
  const checked = checkReportUrl(url.href);
  if (!checked.ok) throw new FetchRefusedError(`${url.href}: ${checked.problem}`, url.href);
  return url;
}

function refuse(url: URL, shown: string, kind: AddressKind, via?: string): never {
  const through = via ? ` (${via} resolves to it)` : '';
  throw new FetchRefusedError(
    `${shown} is ${describeKind(kind)}${through}; refused (${allowFlag})`,
    url.href,
  );
}

/**
 * Resolves the URL's host and checks every address; returns the one to connect to. Also used
 * by webhook deliveries (adapters/hooks/send.ts): one rule for every address Habeas reaches.
 */
export async function resolveTarget(url: URL, opts: SafeFetchOptions): Promise<Target> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const allowed =
    opts.allowPrivate ||
    (opts.allowHosts ?? []).some((h) => h.toLowerCase() === host.toLowerCase());
  const literal = classifyAddress(host);
  if (literal) {
    if (literal !== 'public' && !allowed) refuse(url, host, literal);
    return { url, host, pinned: { address: host, family: host.includes(':') ? 6 : 4 } };
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await (opts.lookup ?? systemResolver)(host);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FetchNetworkError(url.href, `cannot resolve ${host} (${code ?? String(e)})`, {
      cause: e,
    });
  }
  if (!addresses.length) throw new FetchNetworkError(url.href, `${host} has no address`);
  for (const a of addresses) {
    const kind = classifyAddress(a.address) ?? 'reserved';
    // One bad address is enough to refuse: a name mixing public and internal addresses is
    // either misconfigured or an attempt to slip past the check.
    if (kind !== 'public' && !allowed) refuse(url, a.address, kind, host);
  }
  return { url, host, pinned: addresses[0] as ResolvedAddress };
}

/** A lookup that always answers the checked address: the socket cannot go anywhere else. */
export function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return ((_host: string, options: { all?: boolean }, cb: (...args: unknown[]) => void) => {
    if (options?.all) cb(null, [{ address: pinned.address, family: pinned.family }]);
    else cb(null, pinned.address, pinned.family);
  }) as unknown as LookupFunction;
}

function request(
  target: Target,
  opts: SafeFetchOptions,
  signal: AbortSignal,
): Promise<http.IncomingMessage> {
  const { url } = target;
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(
      {
        protocol: url.protocol,
        host: target.host,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        lookup: pinnedLookup(target.pinned),
        servername: classifyAddress(target.host) ? undefined : target.host,
        agent: false,
        signal,
        headers: {
          'user-agent': opts.userAgent ?? defaultUserAgent,
          accept:
            'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,application/json;q=0.8,text/plain;q=0.8',
          'accept-encoding': 'gzip, deflate, br',
          ...(opts.ifNoneMatch ? { 'if-none-match': opts.ifNoneMatch } : {}),
          ...(opts.ifModifiedSince ? { 'if-modified-since': opts.ifModifiedSince } : {}),
        },
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}

function networkError(url: URL, e: unknown): FetchError {
  if (e instanceof FetchError) return e;
  const err = e as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset by the server',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
  };
  const reason = (err.code && reasons[err.code]) ?? err.message ?? String(e);
  return new FetchNetworkError(url.href, reason, { cause: e });
}

async function fetchHops(
  start: URL,
  opts: SafeFetchOptions,
  signal: AbortSignal,
): Promise<FetchedDocument> {
  const redirects: string[] = [];
  let url = start;
  for (;;) {
    const target = await resolveTarget(url, opts);
    signal.throwIfAborted();
    let res: http.IncomingMessage;
    try {
      res = await request(target, opts, signal);
    } catch (e) {
      throw signal.aborted ? signal.reason : networkError(url, e);
    }
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (redirectStatuses.has(status) && location) {
      res.resume();
      if (redirects.length >= opts.maxRedirects)
        throw new FetchRedirectError(
          `${start.href}: more than ${opts.maxRedirects} redirects (last to ${location})`,
          start.href,
        );
      url = checkUrl(location, url);
      redirects.push(url.href);
      continue;
    }
    if (status === 304 && (opts.ifNoneMatch || opts.ifModifiedSince)) {
      res.resume();
      return {
        requestedUrl: start.href,
        url: url.href,
        redirects,
        status,
        contentType: '',
        kind: 'text',
        charset: 'utf-8',
        body: '',
        bytes: 0,
        ...validators(res),
        notModified: true,
      };
    }
    if (status < 200 || status > 299) {
      res.resume();
      const retryAfter = res.headers['retry-after'];
      throw new FetchStatusError(
        url.href,
        status,
        typeof retryAfter === 'string' ? retryAfter : null,
      );
    }
    return readDocument(url, start, redirects, res, opts, signal);
  }
}

async function readDocument(
  url: URL,
  start: URL,
  redirects: string[],
  res: http.IncomingMessage,
  opts: SafeFetchOptions,
  signal: AbortSignal,
): Promise<FetchedDocument> {
  const contentType = res.headers['content-type'] ?? '';
  const accept = opts.accept ?? ['html', 'feed', 'text'];
  const mime = mimeType(contentType);
  if (!/^(text\/|application\/(?:[\w.+-]*xml|octet-stream|feed\+json|json)$)|^$/.test(mime)) {
    res.resume();
    throw new FetchContentTypeError(url.href, mime, expectedText(accept));
  }
  const bytes = await readCapped(res, url.href, opts.maxBytes, signal);
  const kind = detectKind(contentType, bytes);
  if (!kind || !accept.includes(kind))
    throw new FetchContentTypeError(url.href, mime, expectedText(accept));
  const { text, charset } = decodeBody(bytes, contentType, kind);
  return {
    requestedUrl: start.href,
    url: url.href,
    redirects,
    status: res.statusCode ?? 200,
    contentType: mime,
    kind,
    charset,
    body: text,
    bytes: bytes.length,
    ...validators(res),
  };
}

function validators(res: http.IncomingMessage): {
  etag: string | null;
  lastModified: string | null;
} {
  const header = (v: string | string[] | undefined) => (typeof v === 'string' && v ? v : null);
  return { etag: header(res.headers.etag), lastModified: header(res.headers['last-modified']) };
}

function expectedText(accept: readonly ContentKind[]): string {
  const names = { html: 'an HTML page', feed: 'an RSS, Atom or JSON feed', text: 'plain text' };
  return accept.map((k) => names[k]).join(' or ');
}

/** Fetches one document under the rules above; throws a FetchError subclass saying why not. */
export async function safeFetch(raw: string, opts: SafeFetchOptions): Promise<FetchedDocument> {
  const start = checkUrl(raw);
  const controller = new AbortController();
  const timeout = new FetchTimeoutError(start.href, opts.timeoutMs);
  const timer = setTimeout(() => controller.abort(timeout), opts.timeoutMs);
  const onAbort = () => controller.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const aborted = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason), {
        once: true,
      });
    });
    aborted.catch(() => undefined);
    // The race makes the deadline hold even where a step (DNS) cannot be cancelled.
    return await Promise.race([fetchHops(start, opts, controller.signal), aborted]);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
    controller.abort(timeout);
  }
}
