/**
 * Reading watched sources (docs/watch.md) under the fetcher's rules, sending the last copy's
 * validators. One read gives the source's items by its kind: a feed's items (RSS, Atom, JSON
 * Feed), the article links of a page that lists them, or the page itself. Nothing throws: a
 * fetch that fails (with the server's Retry-After, if it sent one), a feed that does not parse
 * and a body that is not what the source's kind says are failed reads; an item without text or
 * link is a problem. Articles are fetched only by `complete`, for the items the caller has not
 * read yet.
 */
import type { ReadKind, WatchKind } from '../../core/watch.ts';
import { type FeedOptions, fetchArticle, parseFeed, withArticle } from './feed.ts';
import type { FetchedReport } from './feed-fields.ts';
import { FetchStatusError, safeFetch } from './fetch.ts';
import { articleLinks } from './page-links.ts';
import { sanitiseForExtraction } from './sanitise.ts';

/** A report as a watched read gives it (app/ingest/watch-poll.ts ReportInput). */
type WatchedReport = FetchedReport & { language?: string };

/** One item of a watched read (app/ingest/watch-poll.ts WatchEntry). */
export interface WatchedEntry {
  origin: string;
  itemUrl: string | null;
  /** An article linked from a page: only its address is known, its page is the report. */
  link?: boolean;
  input: WatchedReport;
}

/** How to read a source: its kind and, for pages of links, the other hosts allowed. */
export interface ReadHow {
  kind: WatchKind;
  linkHosts: readonly string[];
}

/** A conditional read of a watched address (app/ingest/watch-poll.ts WatchRead). */
export type WatchedRead =
  | { kind: 'not_modified'; etag: string | null; lastModified: string | null }
  | {
      kind: 'read';
      seenAs: ReadKind;
      entries: WatchedEntry[];
      problems: Array<{ origin: string; problem: string }>;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: 'failed'; reason: string; retryAfter: string | null };

export type WatchedItem =
  | { origin: string; input: WatchedReport }
  | { origin: string; problem: string };

type Doc = Awaited<ReturnType<typeof safeFetch>>;

const bodyNames = { feed: 'a feed', html: 'an HTML page', text: 'plain text' } as const;

/** What a body is read as under a kind, or why it cannot be (the user chose another kind). */
function readAs(kind: WatchKind, doc: Doc): ReadKind | string {
  const auto = doc.kind === 'feed' ? 'feed' : doc.kind === 'html' ? 'links' : 'page';
  if (kind === 'auto' || kind === auto) return auto;
  if (kind === 'page' && doc.kind !== 'feed') return 'page';
  const fits = doc.kind === 'feed' ? 'feed' : doc.kind === 'html' ? 'links or page' : 'page';
  return `${doc.url}: ${bodyNames[doc.kind]}, not what a source of kind ${kind} reads (watch it as kind ${fits})`;
}

export function watchedReader(opts: FeedOptions): {
  read(
    url: string,
    validators: { etag: string | null; lastModified: string | null },
    how?: ReadHow,
  ): Promise<WatchedRead>;
  complete(entry: WatchedEntry): Promise<WatchedItem[]>;
} {
  const fetcher = opts.fetcher ?? safeFetch;
  return {
    async read(url, validators, how = { kind: 'auto', linkHosts: [] }) {
      let doc: Doc;
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
      const as = readAs(how.kind, doc);
      if (as !== 'feed' && as !== 'links' && as !== 'page')
        return { kind: 'failed', reason: as, retryAfter: null };
      const got =
        as === 'feed'
          ? await feedEntries(doc)
          : as === 'links'
            ? linkEntries(doc, how.linkHosts)
            : pageEntries(doc);
      if ('failed' in got) return { kind: 'failed', reason: got.failed, retryAfter: null };
      return { kind: 'read', seenAs: as, ...got, etag, lastModified };
    },
    async complete(entry) {
      if (!entry.itemUrl) return [{ origin: entry.origin, input: entry.input }];
      if (entry.link) {
        try {
          return [{ origin: entry.origin, input: await fetchArticle(entry.itemUrl, opts) }];
        } catch (e) {
          return [{ origin: entry.origin, problem: (e as Error).message }];
        }
      }
      const got = await withArticle(entry.input, opts);
      return got.map((g) =>
        'problem' in g
          ? { origin: entry.origin, problem: g.problem }
          : { origin: entry.origin, input: g.report },
      );
    },
  };
}

type Entries =
  | { entries: WatchedEntry[]; problems: Array<{ origin: string; problem: string }> }
  | { failed: string };

async function feedEntries(doc: Doc): Promise<Entries> {
  const feed = await parseFeed(doc.body, doc.url);
  if (feed.error) return { failed: feed.error };
  const entries: WatchedEntry[] = [];
  const problems: Array<{ origin: string; problem: string }> = [];
  feed.entries.forEach((e, i) => {
    if ('problem' in e) problems.push({ origin: doc.url, problem: e.problem });
    else {
      const itemUrl = e.report.url ?? null;
      entries.push({ origin: itemUrl ?? `${doc.url} item ${i + 1}`, itemUrl, input: e.report });
    }
  });
  return { entries, problems };
}

function linkEntries(doc: Doc, hosts: readonly string[]): Entries {
  const links = articleLinks(doc.body, doc.url, { hosts });
  const entries = links.map((l) => ({
    origin: l.url,
    itemUrl: l.url,
    link: true,
    input: { url: l.url },
  }));
  const problems = entries.length
    ? []
    : [{ origin: doc.url, problem: `${doc.url}: no links to articles found on the page` }];
  return { entries, problems };
}

function pageEntries(doc: Doc): Entries {
  const input =
    doc.kind === 'html' ? { html: sanitiseForExtraction(doc.body) } : { text: doc.body };
  return {
    entries: [{ origin: doc.url, itemUrl: null, input: { url: doc.url, ...input } }],
    problems: [],
  };
}
