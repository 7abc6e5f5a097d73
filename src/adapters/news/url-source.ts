/**
 * `habeas ingest URL`: one fetch decides what the URL is. An HTML page is one report (its
 * markup sanitised for text extraction), an RSS or Atom feed is one report per item, plain text
 * is one report. Failures come back as problems, never as a throw.
 */
import { type FeedEntry, type FeedOptions, feedReports } from './feed.ts';
import { safeFetch } from './fetch.ts';
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
