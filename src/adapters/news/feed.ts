/**
 * RSS and Atom feeds -> report inputs. The feed is fetched by safeFetch and only its text is
 * handed to rss-parser (`parseString`): rss-parser's own fetching knows nothing of the address
 * rules, the size cap or the deadline. Item HTML is sanitised before it goes anywhere; an item
 * that carries only a summary can have its article fetched (through safeFetch as well).
 */
import Parser from 'rss-parser';
import { checkReportUrl } from '../../core/report-address.ts';
import { type FetchedDocument, type SafeFetchOptions, safeFetch } from './fetch.ts';
import { sanitiseForExtraction, sanitiseHtml, sanitiseTitle } from './sanitise.ts';

/** One report as `habeas ingest` takes it (the shape of a JSONL line). */
export interface FetchedReport {
  url?: string;
  title?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
  html?: string;
  text?: string;
}

export type FeedEntry = { report: FetchedReport } | { problem: string };

export interface FeedOptions {
  /** Fetch an item's article when the feed gives only a summary (shorter than minTextChars). */
  fetchArticles?: boolean;
  minTextChars?: number;
  fetch: SafeFetchOptions;
  /** Replaceable for tests; defaults to safeFetch. */
  fetcher?: (url: string, opts: SafeFetchOptions) => Promise<FetchedDocument>;
}

type Item = Parser.Item & { 'content:encoded'?: string; id?: string; summary?: string };

// xml2js (sax) resolves no external entities, so a feed cannot make the parser read files.
const parser = new Parser<Record<string, unknown>, Item>();

function absolute(link: string | undefined, base: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    // Resolved against the feed's own address, then the rule every stored address follows.
    const checked = checkReportUrl(new URL(link.trim(), base).href);
    return checked.ok ? checked.url : undefined;
  } catch {
    return undefined;
  }
}

function day(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

function plainLength(html: string): number {
  return sanitiseTitle(html, Number.MAX_SAFE_INTEGER).length;
}

function itemReport(item: Item, feedUrl: string | undefined): FetchedReport {
  const report: FetchedReport = {};
  const url = absolute(
    item.link ?? (item.guid?.startsWith('http') ? item.guid : undefined),
    feedUrl,
  );
  if (url) report.url = url;
  const title = item.title ? sanitiseTitle(item.title) : '';
  if (title) report.title = title;
  const published = day(item.isoDate ?? item.pubDate);
  if (published) report.publishedAt = published;
  const body = item['content:encoded'] || item.content || item.summary || '';
  const html = sanitiseHtml(body);
  if (html.trim()) report.html = html;
  return report;
}

/**
 * The items of a feed's XML, in feed order, without fetching anything. Unreadable XML gives
 * one problem entry, and `error` says why (a watched source counts it as a failed read).
 */
export async function parseFeed(
  xml: string,
  feedUrl?: string,
): Promise<{ title: string | null; entries: FeedEntry[]; error: string | null }> {
  let feed: Parser.Output<Item>;
  try {
    feed = await parser.parseString(xml);
  } catch (e) {
    const where = feedUrl ? `${feedUrl}: ` : '';
    const error = `${where}not a readable RSS or Atom feed: ${oneLine((e as Error).message)}`;
    return { title: null, entries: [{ problem: error }], error };
  }
  const seen = new Set<string>();
  const entries: FeedEntry[] = [];
  feed.items.forEach((item, i) => {
    const report = itemReport(item, feedUrl);
    const key = report.url ?? item.guid ?? item.id;
    if (key && seen.has(key)) return;
    if (key) seen.add(key);
    if (!report.html && !report.url) {
      entries.push({ problem: `${feedUrl ?? 'feed'} item ${i + 1}: neither text nor a link` });
      return;
    }
    entries.push({ report });
  });
  return { title: feed.title ? sanitiseTitle(feed.title) : null, entries, error: null };
}

/** xml2js reports 'Unclosed root tag\nLine: 0\nColumn: 20\nChar: ': one line for a log. */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ', ').replace(/,?\s*Char:\s*.?$/, '');
}

/** Replaces a summary-only item's HTML with its article page; keeps the summary on failure. */
export async function withArticle(report: FetchedReport, opts: FeedOptions): Promise<FeedEntry[]> {
  const short = !report.html || plainLength(report.html) < (opts.minTextChars ?? 500);
  if (!opts.fetchArticles || !short || !report.url) return [{ report }];
  try {
    const page = await (opts.fetcher ?? safeFetch)(report.url, {
      ...opts.fetch,
      accept: ['html', 'text'],
    });
    const full: FetchedReport = { ...report, url: page.url };
    if (page.kind === 'html') full.html = sanitiseForExtraction(page.body);
    else {
      delete full.html;
      full.text = page.body;
    }
    return [{ report: full }];
  } catch (e) {
    const kept = report.html ? '; the feed summary is used instead' : '';
    const problem = {
      problem: `${report.url}: article not fetched: ${(e as Error).message}${kept}`,
    };
    return report.html ? [problem, { report }] : [problem];
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
