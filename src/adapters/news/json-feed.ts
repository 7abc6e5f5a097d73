/**
 * JSON Feed (https://www.jsonfeed.org/version/1.1/, versions 1 and 1.1) -> report inputs, the
 * same entries RSS and Atom give (feed.ts). No maintained npm library parses it with checks
 * (`feed` only writes feeds; the readers found normalise items down to a trimmed description),
 * so a zod schema of the members Habeas reads does it: the feed must have a JSON Feed
 * `version` and an `items` array, or the read fails with the reason; an item that does not fit
 * (no `id`, a title that is not text) is a problem of its own, the other items still read.
 */
import { z } from 'zod';
import { isJsonFeedVersion } from './content-type.ts';
import {
  absoluteLink,
  type FeedEntry,
  type FetchedReport,
  feedDay,
  languageCode,
  type ParsedFeed,
} from './feed-fields.ts';
import { fragmentText, sanitiseTitle } from './sanitise.ts';

// Optional members are often written as null by feed generators: read as absent.
const text = z.string().nullish();

const feedSchema = z.object({
  version: z.string().refine(isJsonFeedVersion, 'expected https://jsonfeed.org/version/1.1 (or 1)'),
  title: text,
  language: text,
  items: z.array(z.unknown()),
});

const itemSchema = z.object({
  // "If an id is presented as a number ... a JSON Feed reader must coerce it to a string."
  id: z.union([z.string().min(1), z.number()]).transform(String),
  url: text,
  external_url: text,
  title: text,
  content_html: text,
  content_text: text,
  summary: text,
  date_published: text,
  date_modified: text,
  language: text,
});

type Item = z.infer<typeof itemSchema>;

/** Zod's issues as 'items: Invalid input: expected array, received undefined'. */
function issues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

function itemReport(item: Item, base: string | undefined, feedLanguage?: string): FetchedReport {
  const report: FetchedReport = {};
  // `url` is the item's own page; `external_url` the page it is about (a link blog's article);
  // an id that is an address is the page when neither is given (as an RSS guid is).
  const url =
    absoluteLink(item.url, base) ??
    absoluteLink(item.external_url, base) ??
    (/^https?:\/\//i.test(item.id) ? absoluteLink(item.id, base) : undefined);
  if (url) report.url = url;
  const title = item.title ? sanitiseTitle(item.title) : '';
  if (title) report.title = title;
  const published = feedDay(item.date_published) ?? feedDay(item.date_modified);
  if (published) report.publishedAt = published;
  const fromHtml = item.content_html ? fragmentText(item.content_html) : '';
  const plain = fromHtml || (item.content_text ?? item.summary ?? '').trim();
  if (plain) report.text = plain;
  const language = languageCode(item.language) ?? feedLanguage;
  if (language) report.language = language;
  return report;
}

/** The items of a JSON Feed's text, in feed order, without fetching anything. */
export function parseJsonFeed(body: string, feedUrl?: string): ParsedFeed {
  const where = feedUrl ? `${feedUrl}: ` : '';
  const fail = (why: string): ParsedFeed => {
    const error = `${where}not a readable JSON Feed: ${why}`;
    return { title: null, entries: [{ problem: error }], error };
  };
  let json: unknown;
  try {
    json = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail((e as Error).message);
  }
  const feed = feedSchema.safeParse(json);
  if (!feed.success) return fail(issues(feed.error));
  // Relative links resolve against the address read, not a `feed_url` the document claims.
  const base = feedUrl;
  const feedLanguage = languageCode(feed.data.language);
  const seen = new Set<string>();
  const entries: FeedEntry[] = [];
  feed.data.items.forEach((raw, i) => {
    const name = `${feedUrl ?? 'feed'} item ${i + 1}`;
    const item = itemSchema.safeParse(raw);
    if (!item.success) {
      entries.push({ problem: `${name}: ${issues(item.error)}` });
      return;
    }
    // Ids are unique in a feed; a repeat is the same item twice.
    if (seen.has(item.data.id)) return;
    seen.add(item.data.id);
    const report = itemReport(item.data, base, feedLanguage);
    if (!report.html && !report.text && !report.url) {
      entries.push({ problem: `${name}: neither text nor a link` });
      return;
    }
    entries.push({ report });
  });
  const title = feed.data.title ? sanitiseTitle(feed.data.title) : null;
  return { title: title || null, entries, error: null };
}

/** True when a feed body is JSON (a JSON Feed) rather than XML. */
export function isJsonBody(body: string): boolean {
  return /^\uFEFF?\s*\{/.test(body);
}
