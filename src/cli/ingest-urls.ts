/**
 * The acquirer for URL arguments of `habeas ingest`: an HTML page is one report, an RSS or
 * Atom feed one report per item, plain text one report. Fetching follows docs/fetching.md
 * (address checks on every hop, deadline, size cap), configured from the environment.
 */
import { isUrlArgument, readUrl } from '../adapters/news/url-source.ts';
import type { AcquiredItem, Acquirer } from '../app/ingest/acquire.ts';
import { loadConfig } from '../config.ts';
import { fetchOptions } from '../wiring.ts';
import type { CliIo } from './command.ts';

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
