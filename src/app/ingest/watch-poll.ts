/**
 * Reading watched sources (docs/watch.md). A reader first takes the sources it will read
 * (claimDue: atomically, so two readers, in one process or many, never read one source at
 * once), then reads each conditionally (the validators of the last copy: an unchanged feed
 * costs a 304 and stores nothing). A read gives items by the source's kind (core/watch.ts): a
 * feed's items, the articles a page of links leads to, or the page itself. Items read before,
 * by address or by content, are skipped before anything else is fetched or ingested, across
 * polls and restarts (the keys are stored); at most `linksPerRead` new links are fetched a
 * read. What is new is ingested like `habeas ingest URL`. A failed read (an answer not 2xx, no answer,
 * a feed that is not one) waits twice as long each time in a row, and never less than a
 * server's Retry-After (core/watch.ts).
 */

import type { By } from '../../core/model/audit.ts';
import type { Digest } from '../../core/ports.ts';
import {
  addSeconds,
  articleUrlKey,
  contentKey,
  leaseSeconds,
  linksPerRead,
  nextCheckAt,
  type ReadKind,
  retryAfterSeconds,
  type WatchedSource,
  type WatchKind,
} from '../../core/watch.ts';
import type { AppContext } from '../context.ts';
import type { AcquiredItem } from './acquire.ts';
import { type BatchResult, ingestBatch } from './ingest-batch.ts';
import type { ReportInput } from './ingest-report.ts';

/** One item of a read: a feed's item, or the page itself. */
export interface WatchEntry {
  /** Where it came from, for messages: the item's address, or the feed's with its number. */
  origin: string;
  /**
   * The item's own address (a feed item's link): read once. Null for the page itself, whose
   * address stays while its text changes, so only its content says whether it is new.
   */
  itemUrl: string | null;
  /**
   * An article linked from a page of links (kind `links`): only its address is known until
   * `complete` fetches it. Such items count against the cap on fetches per read.
   */
  link?: boolean;
  input: ReportInput;
}

/** What one read of a watched address gave. */
export type WatchRead =
  | { kind: 'not_modified'; etag: string | null; lastModified: string | null }
  | {
      kind: 'read';
      /** What the source was read as (a source of kind `auto` keeps it from then on). */
      seenAs: ReadKind;
      entries: WatchEntry[];
      /** Items that cannot be reports (no text and no link...), with why. */
      problems: Array<{ origin: string; problem: string }>;
      etag: string | null;
      lastModified: string | null;
    }
  /** No answer, an answer not 2xx, or a body that is not what it says; Retry-After as sent. */
  | { kind: 'failed'; reason: string; retryAfter: string | null };

/** Reads watched addresses (adapters/news: the SSRF-safe fetcher). */
export interface ReadWatched {
  read(
    url: string,
    validators: { etag: string | null; lastModified: string | null },
    how: { kind: WatchKind; linkHosts: readonly string[] },
  ): Promise<WatchRead>;
  /**
   * The report of an entry that carries only a summary: its article fetched when the reader
   * fetches articles (HABEAS_FEED_FETCH_ARTICLES), the entry as it is otherwise. Never throws:
   * an article that cannot be read is a problem item.
   */
  complete(entry: WatchEntry): Promise<AcquiredItem[]>;
}

export interface PollOptions {
  by: By;
  /**
   * Runs the ingest step. PostgreSQL workers pass their ledger lock, so reports are reconciled
   * one at a time across processes (cli/ingest-jobs.ts); fetching stays outside it.
   */
  exclusive?: <T>(fn: () => Promise<T>) => Promise<T>;
  /** New article links fetched per read at most (core/watch.ts linksPerRead). */
  linksPerRead?: number;
}

export interface PollResult {
  id: string;
  url: string;
  status: 'new' | 'not_modified' | 'failed';
  /** Reports stored by this read (new ones; copies of stored reports are not counted). */
  stored: number;
  /** Items skipped because they were read before (by address or content). */
  seen: number;
  /** New article links left for the next reads (over the cap on fetches per read). */
  deferred: number;
  problems: string[];
  error: string | null;
  nextCheckAt: string;
}

/** Takes up to `limit` due sources (with `all`, every unpaused one) for this reader. */
export function claimWatchedSources(
  ctx: AppContext,
  limit: number,
  opts: { all?: boolean } = {},
): Promise<WatchedSource[]> {
  const now = ctx.clock.now();
  return ctx.db.watched.claimDue(now, addSeconds(now, leaseSeconds), limit, opts);
}

/**
 * Takes the due sources (with `all`, every one) and reads them one after another. Stopped
 * (`signal`), it hands the sources it has not read back, due at once, rather than leave them
 * taken until the lease ends.
 */
export async function pollWatchedSources(
  ctx: AppContext,
  read: ReadWatched,
  opts: PollOptions & { all?: boolean; limit?: number; signal?: AbortSignal },
): Promise<PollResult[]> {
  // Due ones a hundred a tick (the next tick takes the rest); `all` means all.
  const limit = opts.limit ?? (opts.all ? 100_000 : 100);
  const taken = await claimWatchedSources(ctx, limit, { all: opts.all === true });
  const results: PollResult[] = [];
  for (const [i, w] of taken.entries()) {
    if (opts.signal?.aborted) {
      const now = ctx.clock.now();
      for (const left of taken.slice(i)) await ctx.db.watched.update(left.id, { nextCheckAt: now });
      break;
    }
    results.push(await pollWatchedSource(ctx, read, w, opts));
  }
  return results;
}

/** Reads one source this reader took; records the outcome on it; never throws for the read. */
export async function pollWatchedSource(
  ctx: AppContext,
  read: ReadWatched,
  w: WatchedSource,
  opts: PollOptions,
): Promise<PollResult> {
  const now = ctx.clock.now();
  let got: WatchRead;
  try {
    got = await read.read(
      w.url,
      { etag: w.etag, lastModified: w.lastModified },
      { kind: w.kind, linkHosts: w.linkHosts },
    );
  } catch (e) {
    got = { kind: 'failed', reason: (e as Error).message, retryAfter: null };
  }
  if (got.kind === 'failed') return failed(ctx, w, now, got.reason, got.retryAfter);
  const validators = {
    // A 304 may carry no validators: keep the ones that made it.
    etag: got.etag ?? w.etag,
    lastModified: got.lastModified ?? w.lastModified,
  };
  if (got.kind === 'not_modified') {
    const next = await succeeded(ctx, w, now, { ...validators, lastStatus: 'not modified' }, 0);
    return result(w, 'not_modified', next, none);
  }
  let batch: Ingested;
  try {
    batch = await ingestNew(ctx, read, w, got, opts);
  } catch (e) {
    // The database, not the source: try again on the backoff, with the source's validators
    // unchanged so the same items come again.
    return failed(ctx, w, now, `ingest failed: ${(e as Error).message}`, null);
  }
  const lastStatus = statusText(batch);
  // Links left for later: the page must come again in full, not as a 304 to these validators.
  const kept = batch.deferred ? { etag: w.etag, lastModified: w.lastModified } : validators;
  // A source of kind auto is what its first read found, from then on.
  const kind = w.kind === 'auto' ? { kind: got.seenAs } : {};
  const next = await succeeded(ctx, w, now, { ...kept, ...kind, lastStatus }, batch.stored);
  return result(w, 'new', next, batch);
}

interface Ingested {
  stored: number;
  seen: number;
  deferred: number;
  problems: string[];
}

const none: Ingested = { stored: 0, seen: 0, deferred: 0, problems: [] };

/** Ingests the entries never read before; remembers every entry ingested (stored or a copy). */
async function ingestNew(
  ctx: AppContext,
  read: ReadWatched,
  w: WatchedSource,
  got: Extract<WatchRead, { kind: 'read' }>,
  opts: PollOptions,
): Promise<Ingested> {
  const keyed = got.entries.map((entry) => ({ entry, keys: keysOf(entry, ctx.digest) }));
  const known = await ctx.db.watched.seen(keyed.flatMap((k) => k.keys));
  const fresh: typeof keyed = [];
  let links = 0;
  let deferred = 0;
  const cap = opts.linksPerRead ?? linksPerRead;
  for (const k of keyed) {
    if (k.keys.some((key) => known.has(key))) continue;
    // Over the cap, a link waits (unmarked) for the next read: a page is no crawl.
    if (k.entry.link && ++links > cap) {
      deferred++;
      continue;
    }
    // The same item twice in one read counts once.
    for (const key of k.keys) known.add(key);
    fresh.push(k);
  }
  const items: AcquiredItem[] = [];
  for (const { entry } of fresh) {
    const language = w.language ? { language: w.language } : {};
    for (const item of await read.complete(entry))
      items.push('input' in item ? { ...item, input: { ...item.input, ...language } } : item);
  }
  const run = opts.exclusive ?? (<T>(fn: () => Promise<T>) => fn());
  const batch: BatchResult = await run(() => ingestBatch(ctx, items, { by: opts.by }));
  // Read once: what went in (stored, or a copy of a stored report). An item that could not be
  // fetched or stored is tried again when the source changes.
  const done = new Set(batch.items.map((i) => i.origin));
  const keys = fresh.filter((k) => done.has(k.entry.origin)).flatMap((k) => k.keys);
  await ctx.db.watched.markSeen(keys, w.id, ctx.clock.now());
  const problems = [
    ...got.problems.map((p) => p.problem),
    ...batch.problems.map((p) => `${p.origin}: ${p.message}`),
  ];
  const seen = keyed.length - fresh.length - deferred;
  return { stored: batch.summary.stored, seen, deferred, problems };
}

/**
 * An entry's keys: its address (feed items only) and the hash of what it came with, title and
 * body together, so that two articles whose feed gives the same boilerplate summary ('Read
 * more') are still two, while a syndicated copy under another address is one.
 */
function keysOf(entry: WatchEntry, digest: Digest): string[] {
  const keys: string[] = [];
  const byUrl = entry.itemUrl ? articleUrlKey(entry.itemUrl) : null;
  if (byUrl) keys.push(byUrl);
  const body = entry.input.html ?? entry.input.text;
  if (body) keys.push(contentKey(digest(`${entry.input.title ?? ''}\n${body}`)));
  return keys;
}

function statusText({ stored, deferred, problems }: Ingested): string {
  const later = deferred ? `; ${deferred} link(s) left for the next read` : '';
  if (!problems.length) return `new ${stored}${later}`;
  const first = problems[0]!.slice(0, 300);
  return `new ${stored}${later}; ${problems.length} item(s) not stored, first: ${first}`;
}

async function succeeded(
  ctx: AppContext,
  w: WatchedSource,
  now: string,
  patch: {
    etag: string | null;
    lastModified: string | null;
    lastStatus: string;
    kind?: ReadKind;
  },
  stored: number,
): Promise<string> {
  const next = nextCheckAt(now, w.everySeconds, 0);
  await ctx.db.watched.update(
    w.id,
    {
      ...patch,
      failures: 0,
      lastCheckedAt: now,
      lastError: null,
      nextCheckAt: next,
      ...(stored > 0 ? { lastNewAt: now } : {}),
    },
    stored,
  );
  return next;
}

async function failed(
  ctx: AppContext,
  w: WatchedSource,
  now: string,
  reason: string,
  retryAfter: string | null,
): Promise<PollResult> {
  const failures = w.failures + 1;
  const next = nextCheckAt(now, w.everySeconds, failures, retryAfterSeconds(retryAfter, now));
  const error = reason.slice(0, 2000);
  await ctx.db.watched.update(w.id, {
    failures,
    lastCheckedAt: now,
    lastStatus: 'failed',
    lastError: error,
    nextCheckAt: next,
  });
  return { ...result(w, 'failed', next, none), error };
}

function result(
  w: WatchedSource,
  status: PollResult['status'],
  next: string,
  got: Ingested,
): PollResult {
  return { id: w.id, url: w.url, status, ...got, error: null, nextCheckAt: next };
}
