/**
 * RSS, Atom and JSON feeds -> report inputs. The feed is fetched by safeFetch and only its text
 * is read here: RSS and Atom by feed-xml.ts (one streaming pass, no document tree), JSON Feed by
 * json-feed.ts.
 * Item HTML is sanitised before it goes anywhere, and turned into the text a report stores
 * right then (sanitise.ts fragmentText: one pass; handing the HTML on made ingest sanitise it a
 * second time and parse it twice more, the feed path's own cost beside a plain-text ingest). An
 * item that carries only a summary can have its article fetched (through safeFetch as well).
 */
import {
  absoluteLink,
  type FeedEntry,
  type FetchedReport,
  feedDay,
  type ParsedFeed,
} from './feed-fields.ts';
import { readXmlFeed, type XmlItem } from './feed-xml.ts';
import { type FetchedDocument, type SafeFetchOptions, safeFetch } from './fetch.ts';
import { isJsonBody, parseJsonFeed } from './json-feed.ts';
import { fragmentText, sanitiseForExtraction, sanitiseTitle } from './sanitise.ts';

export type { FeedEntry, FetchedReport } from './feed-fields.ts';

export interface FeedOptions {
  /** Fetch an item's article when the feed gives only a summary (shorter than minTextChars). */
  fetchArticles?: boolean;
  minTextChars?: number;
  fetch: SafeFetchOptions;
  /** Replaceable for tests; defaults to safeFetch. */
  fetcher?: (url: string, opts: SafeFetchOptions) => Promise<FetchedDocument>;
}

function itemReport(item: XmlItem, feedUrl: string | undefined): FetchedReport {
  const report: FetchedReport = {};
  const guidLink = item.guid?.trim().startsWith('http') ? item.guid : undefined;
  const url = absoluteLink(item.link || guidLink, feedUrl);
  if (url) report.url = url;
  const title = item.title ? sanitiseTitle(item.title) : '';
  if (title) report.title = title;
  const published = item.dates.map((d) => feedDay(d.trim())).find(Boolean);
  if (published) report.publishedAt = published;
  const text = item.body ? fragmentText(item.body) : '';
  if (text) report.text = text;
  return report;
}

/**
 * The items of a feed (RSS or Atom XML, or a JSON Feed), in feed order, without fetching
 * anything. An unreadable feed gives one problem entry, and `error` says why (a watched source
 * counts it as a failed read). Each XML item becomes its report as the parser leaves it, so
 * only the reports are held, never the document as objects.
 */
export async function parseFeed(body: string, feedUrl?: string): Promise<ParsedFeed> {
  if (isJsonBody(body)) return parseJsonFeed(body, feedUrl);
  const seen = new Set<string>();
  const entries: FeedEntry[] = [];
  let n = 0;
  const feed = readXmlFeed(body, (item) => {
    const i = n++;
    const report = itemReport(item, feedUrl);
    const key = report.url ?? item.guid ?? item.id;
    if (key && seen.has(key)) return;
    if (key) seen.add(key);
    if (!report.text && !report.url) {
      entries.push({ problem: `${feedUrl ?? 'feed'} item ${i + 1}: neither text nor a link` });
      return;
    }
    entries.push({ report });
  });
  if (!feed.ok) {
    const where = feedUrl ? `${feedUrl}: ` : '';
    const error = `${where}not a readable RSS or Atom feed: ${feed.error}`;
    return { title: null, entries: [{ problem: error }], error };
  }
  return { title: feed.title ? sanitiseTitle(feed.title) : null, entries, error: null };
}

/**
 * An article page as a report: its HTML sanitised for extraction, or its text; throws the
 * fetcher's error (a FetchError saying why) when it cannot be read.
 */
export async function fetchArticle(
  url: string,
  opts: Pick<FeedOptions, 'fetch' | 'fetcher'>,
): Promise<{ url: string; html: string } | { url: string; text: string }> {
  const page = await (opts.fetcher ?? safeFetch)(url, { ...opts.fetch, accept: ['html', 'text'] });
  return page.kind === 'html'
    ? { url: page.url, html: sanitiseForExtraction(page.body) }
    : { url: page.url, text: page.body };
}

/** Replaces a summary-only item's body with its article page; keeps the summary on failure. */
export async function withArticle(report: FetchedReport, opts: FeedOptions): Promise<FeedEntry[]> {
  // Asked first: measuring the text costs a pass over it, for nothing when articles are not fetched.
  if (!opts.fetchArticles || !report.url) return [{ report }];
  if ((report.text?.length ?? 0) >= (opts.minTextChars ?? 500)) return [{ report }];
  try {
    const { html: _html, text: _text, ...meta } = report;
    return [{ report: { ...meta, ...(await fetchArticle(report.url, opts)) } }];
  } catch (e) {
    const summary = Boolean(report.html || report.text);
    const kept = summary ? '; the feed summary is used instead' : '';
    const problem = {
      problem: `${report.url}: article not fetched: ${(e as Error).message}${kept}`,
    };
    return summary ? [problem, { report }] : [problem];
  }
}

/** A feed's reports, each item's article fetched when asked and needed. */
export async function* feedReports(
  xml: string,
  feedUrl: string | undefined,
  opts: FeedOptions,
): AsyncGenerator<FeedEntry> {
  const { entries } = await parseFeed(xml, feedUrl);
  for (const entry of entries) {
    if ('problem' in entry) yield entry;
    else yield* await withArticle(entry.report, opts);
  }
}
