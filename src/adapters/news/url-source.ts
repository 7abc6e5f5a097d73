/**
 * `habeas ingest URL`: one fetch decides what the URL is. An HTML page is one report (its
 * markup sanitised for text extraction), an RSS or Atom feed is one report per item, plain text
 * is one report. Failures come back as problems, never as a throw.
 */
import { ValidationError } from '../../core/errors.ts';
import {
  type FeedEntry,
  type FeedOptions,
  type FetchedReport,
  feedReports,
  parseFeed,
  withArticle,
} from './feed.ts';
import { FetchError, FetchStatusError, type SafeFetchOptions, safeFetch } from './fetch.ts';
import { sanitiseForExtraction } from './sanitise.ts';

export type UrlReaderOptions = FeedOptions;

/** True for an http:// or https:// argument (anything else is a file, a folder or '-'). */
export function isUrlArgument(arg: string): boolean {
  return /^https?:\/\//i.test(arg.trim());
}

export async function* readUrl(arg: string, opts: UrlReaderOptions): AsyncGenerator<FeedEntry> {
  const fetcher = opts.fetcher ?? safeFetch;
  let doc: Awaited<ReturnType<typeof fetcher>>;
  try {
    doc = await fetcher(arg.trim(), opts.fetch);
  } catch (e) {
    yield { problem: (e as Error).message };
    return;
  }
  if (doc.kind === 'feed') {
    yield* feedReports(doc.body, doc.url, opts);
    return;
  }
  if (doc.kind === 'html')
    yield { report: { url: doc.url, html: sanitiseForExtraction(doc.body) } };
  else yield { report: { url: doc.url, text: doc.body } };
}

/** An acquirer for the ingest command's acquire step: claims URL arguments. */
export function urlAcquirer(opts: UrlReaderOptions) {
  return {
    name: 'url',
    canHandle: isUrlArgument,
    read: (arg: string) => readUrl(arg, opts),
  };
}

/** What one fetched page gives the ingest (app/context.ts FetchReport). */
export interface FetchedPage {
  url: string;
  text?: string;
  html?: string;
}

/**
 * Fetches one report page for `POST /api/reports { url }`: an HTML page (sanitised for text
 * extraction) or plain text, under the same address checks, deadline and size cap as `habeas
 * ingest URL`. A feed is many reports, which one answer cannot carry, so it is refused with a
 * message pointing at `habeas ingest`. A refused or failed fetch is the caller's input problem:
 * a ValidationError naming `url` (HTTP 400), never a fault of the server.
 */
export function reportPageFetcher(
  opts: SafeFetchOptions,
  fetcher: typeof safeFetch = safeFetch,
): (url: string) => Promise<FetchedPage> {
  return async (url) => {
    let doc: Awaited<ReturnType<typeof safeFetch>>;
    try {
      doc = await fetcher(url.trim(), { ...opts, accept: ['html', 'text', 'feed'] });
    } catch (e) {
      if (e instanceof FetchError) throw new ValidationError(e.message, 'url');
      throw e;
    }
    if (doc.kind === 'feed')
      throw new ValidationError(
        `${doc.url} is an RSS or Atom feed, which holds many reports; add it with \`habeas ingest ${doc.url}\` or give one article's address`,
        'url',
      );
    if (doc.kind === 'html') return { url: doc.url, html: sanitiseForExtraction(doc.body) };
    return { url: doc.url, text: doc.body };
  };
}

/** A report as a watched read gives it (app/ingest/watch-poll.ts ReportInput). */
type WatchedReport = FetchedReport & { language?: string };

/** One item of a watched read: a feed item (`itemUrl` its link) or the page itself. */
export interface WatchedEntry {
  origin: string;
  itemUrl: string | null;
  input: WatchedReport;
}

/** A conditional read of a watched address (app/ingest/watch-poll.ts WatchRead). */
export type WatchedRead =
  | { kind: 'not_modified'; etag: string | null; lastModified: string | null }
  | {
      kind: 'read';
      entries: WatchedEntry[];
      problems: Array<{ origin: string; problem: string }>;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: 'failed'; reason: string; retryAfter: string | null };

export type WatchedItem =
  | { origin: string; input: WatchedReport }
  | { origin: string; problem: string };

/**
 * Reads watched pages and feeds (docs/watch.md) under the fetcher's rules, sending the last
 * copy's validators. Nothing throws: a fetch that fails (with the server's Retry-After, if it
 * sent one) and a feed that does not parse are failed reads; an item without text or link is a
 * problem. Articles are fetched only by `complete`, for the items the caller has not read yet.
 */
export function watchedReader(opts: UrlReaderOptions): {
  read(
    url: string,
    validators: { etag: string | null; lastModified: string | null },
  ): Promise<WatchedRead>;
  complete(entry: WatchedEntry): Promise<WatchedItem[]>;
} {
  const fetcher = opts.fetcher ?? safeFetch;
  return {
    async read(url, validators) {
      let doc: Awaited<ReturnType<typeof fetcher>>;
      try {
        doc = await fetcher(url, {
          ...opts.fetch,
          ifNoneMatch: validators.etag,
          ifModifiedSince: validators.lastModified,
        });
      } catch (e) {
        const retryAfter = e instanceof FetchStatusError ? e.retryAfter : null;
        return { kind: 'failed', reason: (e as Error).message, retryAfter };
      }
      const etag = doc.etag ?? null;
      const lastModified = doc.lastModified ?? null;
      if (doc.notModified) return { kind: 'not_modified', etag, lastModified };
      if (doc.kind !== 'feed') {
        const input =
          doc.kind === 'html' ? { html: sanitiseForExtraction(doc.body) } : { text: doc.body };
        const entry = { origin: doc.url, itemUrl: null, input: { url: doc.url, ...input } };
        return { kind: 'read', entries: [entry], problems: [], etag, lastModified };
      }
      const feed = await parseFeed(doc.body, doc.url);
      if (feed.error) return { kind: 'failed', reason: feed.error, retryAfter: null };
      const entries: WatchedEntry[] = [];
      const problems: Array<{ origin: string; problem: string }> = [];
      feed.entries.forEach((e, i) => {
        if ('problem' in e) problems.push({ origin: url, problem: e.problem });
        else {
          const itemUrl = e.report.url ?? null;
          entries.push({ origin: itemUrl ?? `${url} item ${i + 1}`, itemUrl, input: e.report });
        }
      });
      return { kind: 'read', entries, problems, etag, lastModified };
    },
    async complete(entry) {
      if (!entry.itemUrl) return [{ origin: entry.origin, input: entry.input }];
      const got = await withArticle(entry.input, opts);
      return got.map((g) =>
        'problem' in g
          ? { origin: entry.origin, problem: g.problem }
          : { origin: entry.origin, input: g.report },
      );
    },
  };
}
