/**
 * The acquirer for URL arguments of `habeas ingest`: an HTML page is one report, an RSS or
 * Atom feed one report per item, plain text one report. Fetching follows docs/fetching.md
 * (address checks on every hop, deadline, size cap), configured from the environment.
 */
import type { SafeFetchOptions } from '../adapters/news/fetch.ts';
import { isUrlArgument, readUrl } from '../adapters/news/url-source.ts';
import type { AcquiredItem, Acquirer } from '../app/ingest/acquire.ts';
import { type Config, loadConfig } from '../config.ts';
import type { CliIo } from './command.ts';

export const maxRedirects = 5;

export function fetchOptions(
  config: Pick<
    Config,
    'HABEAS_ALLOW_PRIVATE_FETCH' | 'HABEAS_FETCH_TIMEOUT_MS' | 'HABEAS_FETCH_MAX_BYTES'
  >,
): SafeFetchOptions {
  return {
    timeoutMs: config.HABEAS_FETCH_TIMEOUT_MS,
    maxBytes: config.HABEAS_FETCH_MAX_BYTES,
    maxRedirects,
    allowPrivate: config.HABEAS_ALLOW_PRIVATE_FETCH,
  };
}

export function urlAcquirer(io: CliIo): Acquirer {
  const config = loadConfig(io.env);
  const opts = {
    fetch: fetchOptions(config),
    fetchArticles: config.HABEAS_FEED_FETCH_ARTICLES,
  };
  return {
    name: 'url',
    canHandle: isUrlArgument,
    async *read(arg): AsyncIterable<AcquiredItem> {
      let n = 0;
      for await (const entry of readUrl(arg, opts)) {
        n++;
        if ('problem' in entry) yield { origin: arg, problem: entry.problem };
        else yield { origin: entry.report.url ?? `${arg} item ${n}`, input: entry.report };
      }
    },
  };
}
