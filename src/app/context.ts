import type { Clock, Database, Digest, IdGenerator } from '../core/ports.ts';
import type { LedgerCache } from './ledger-cache.ts';

/** What every use case gets: the database, the two sources of non-determinism, hashing. */
export interface AppContext {
  db: Database;
  clock: Clock;
  ids: IdGenerator;
  /** SHA-256 hex (adapters/digest.ts): a report's content hash, a watched item's key. */
  digest: Digest;
  /** What this process keeps in memory about db's ledger; one per database (ledger-cache.ts). */
  cache: LedgerCache;
  /** HTML page -> main text (adapters/news/html-to-text.ts); absent where HTML is not accepted. */
  htmlToText?: HtmlToText;
  /** Fetches a report by URL (SSRF-safe fetcher, adapters/news); absent: URL input refused. */
  fetchReport?: FetchReport;
}

/** What a fetched URL gives: its text or (sanitised) HTML, with what the page says of itself. */
export type FetchReport = (url: string) => Promise<{
  url: string;
  text?: string;
  html?: string;
  title?: string;
  publishedAt?: string;
}>;

/** Turns an HTML page into its article text; markup is dropped, never stored. */
export type HtmlToText = (html: string) => {
  text: string;
  title: string | null;
  problems: string[];
};
