import { Argon2PasswordHasher } from './adapters/auth/argon2.ts';
import { NodeSecrets } from './adapters/auth/secrets.ts';
import { openDatabase } from './adapters/db/connect.ts';
import { sha256Hex } from './adapters/digest.ts';
import type { SafeFetchOptions } from './adapters/news/fetch.ts';
import { htmlToText } from './adapters/news/html-to-text.ts';
import { sanitiseForExtraction } from './adapters/news/sanitise.ts';
import { reportPageFetcher } from './adapters/news/url-source.ts';
import { watchedReader } from './adapters/news/watched-reader.ts';
import { RandomIds, SystemClock } from './adapters/system.ts';
import { type Accounts, defaultSessionTtlMs } from './app/accounts/accounts.ts';
import type { AppContext, FetchReport, HtmlToText } from './app/context.ts';
import type { ReadWatched } from './app/ingest/watch-poll.ts';
import { LedgerCache } from './app/ledger-cache.ts';
import { type Config, loadConfig } from './config.ts';

export const maxRedirects = 5;

type FetchConfig = Pick<
  Config,
  'HABEAS_ALLOW_PRIVATE_FETCH' | 'HABEAS_FETCH_TIMEOUT_MS' | 'HABEAS_FETCH_MAX_BYTES'
>;

/** The fetcher's rules from the environment (docs/fetching.md): one place for CLI and server. */
export function fetchOptions(config: FetchConfig): SafeFetchOptions {
  return {
    timeoutMs: config.HABEAS_FETCH_TIMEOUT_MS,
    maxBytes: config.HABEAS_FETCH_MAX_BYTES,
    maxRedirects,
    allowPrivate: config.HABEAS_ALLOW_PRIVATE_FETCH,
  };
}

/**
 * How the app reads the web: HTML to text (web HTML is untrusted, so it goes through the
 * allow-list before the main text is taken from it), and `POST /api/reports { url }`'s fetcher,
 * the SSRF-safe one (adapters/news/fetch.ts) under the configured rules: private addresses only
 * with HABEAS_ALLOW_PRIVATE_FETCH=1.
 */
export function newsPorts(config: FetchConfig): {
  htmlToText: HtmlToText;
  fetchReport: FetchReport;
} {
  return {
    htmlToText: (html) => htmlToText(sanitiseForExtraction(html)),
    fetchReport: reportPageFetcher(fetchOptions(config)),
  };
}

/**
 * How watched sources are read (docs/watch.md): the same fetcher and rules as `habeas ingest
 * URL`, articles of summary-only feed items fetched with HABEAS_FEED_FETCH_ARTICLES=1.
 */
export function watchReader(
  config: FetchConfig & Pick<Config, 'HABEAS_FEED_FETCH_ARTICLES'>,
): ReadWatched {
  return watchedReader({
    fetch: fetchOptions(config),
    fetchArticles: config.HABEAS_FEED_FETCH_ARTICLES,
  });
}

/** The one place that chooses implementations: PostgreSQL when DATABASE_URL is set, else PGlite. */
export async function openApp(
  config: Pick<Config, 'DATABASE_URL' | 'HABEAS_DATA_DIR'> &
    Partial<FetchConfig & Pick<Config, 'HABEAS_READ_MEMORY_MB'>>,
): Promise<AppContext> {
  // Fetch rules not given (tests, tools) are the defaults: private addresses refused.
  const fetching = { ...loadConfig({}), ...config };
  const db = await openDatabase(
    config.DATABASE_URL
      ? { databaseUrl: config.DATABASE_URL }
      : { dataDir: config.HABEAS_DATA_DIR },
  );
  return {
    db,
    clock: new SystemClock(),
    ids: new RandomIds(),
    digest: sha256Hex,
    cache: new LedgerCache(db, { keptBytes: fetching.HABEAS_READ_MEMORY_MB * 1024 * 1024 }),
    ...newsPorts(fetching),
  };
}

// One hasher per process: sign-in's decoy hash for unknown users is made once per hasher.
const passwordHasher = new Argon2PasswordHasher();

/** The account use cases' dependencies (src/app/accounts) over an application context. */
export function accountsOf(ctx: AppContext, sessionTtlMs = defaultSessionTtlMs): Accounts {
  return {
    store: ctx.db.accounts,
    transaction: (fn) => ctx.db.transaction((tx) => fn(tx.accounts, tx.audit)),
    hasher: passwordHasher,
    secrets: new NodeSecrets(),
    clock: ctx.clock,
    ids: ctx.ids,
    sessionTtlMs,
  };
}
