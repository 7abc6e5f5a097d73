/**
 * `habeas ingest URL`: one fetch decides what the URL is. An HTML page is one report (its
 * markup sanitised for text extraction), an RSS, Atom or JSON feed is one report per item, plain text
 * is one report. Failures come back as problems, never as a throw.
 */
import { ValidationError } from '../../core/errors.ts';
import { type FeedEntry, type FeedOptions, feedReports } from './feed.ts';
import { FetchError, type SafeFetchOptions, safeFetch } from './fetch.ts';
import { isJsonBody } from './json-feed.ts';
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
        `${doc.url} is ${isJsonBody(doc.body) ? 'a JSON Feed' : 'an RSS or Atom feed'}, which holds many reports; add it with \`habeas ingest ${doc.url}\` or give one article's address`,
        'url',
      );
    if (doc.kind === 'html') return { url: doc.url, html: sanitiseForExtraction(doc.body) };
    return { url: doc.url, text: doc.body };
  };
}
