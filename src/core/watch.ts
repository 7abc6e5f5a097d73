/**
 * Watched sources (docs/watch.md): addresses Habeas reads again on a schedule. The rules here
 * are pure: how often, how long to wait after failures (and after a server's Retry-After),
 * what an item is called so it is never read twice, and the checks on what a user types.
 * Storage is a port.
 */
import { ValidationError } from './errors.ts';
import { textLimits } from './limits.ts';
import { checkReportUrl } from './report-address.ts';

/**
 * How a source is read: `feed` (RSS, Atom or JSON Feed: one report per item), `links` (an HTML
 * page listing articles: each article linked is fetched and is one report), `page` (the page
 * itself is one report, read again when it changes). `auto` is decided by the first read that
 * works (a feed, else an HTML page as `links`, plain text as `page`) and kept from then on, so
 * a feed that once answers with an HTML error page is not taken for a page of links.
 */
export const watchKinds = ['auto', 'feed', 'links', 'page'] as const;
export type WatchKind = (typeof watchKinds)[number];
/** What a read found a source to be (`auto` resolved). */
export type ReadKind = Exclude<WatchKind, 'auto'>;

/** A source read again every `everySeconds`; validators make the next read conditional. */
export interface WatchedSource {
  id: string;
  url: string;
  kind: WatchKind;
  /**
   * For `links`: hosts besides the page's own (and its `www.` twin) whose articles it lists
   * (a group publishing on a second domain). Lower-case host names.
   */
  linkHosts: string[];
  /** What editors call it ('Viasna news'); null: shown by its address. */
  name: string | null;
  /** ISO 639-1 language of its reports, given to extraction; null: detected per report. */
  language: string | null;
  everySeconds: number;
  /** A paused source is never read until it is resumed. */
  paused: boolean;
  /** ETag and Last-Modified of the last copy read (conditional GET). */
  etag: string | null;
  lastModified: string | null;
  /** ISO time of the next read (while a reader holds it: the end of that reader's lease). */
  nextCheckAt: string;
  /** Failed reads in a row; each doubles the wait (backoff). */
  failures: number;
  /** ISO time of the last read, failed or not. */
  lastCheckedAt: string | null;
  /** ISO time of the last read that stored a new report. */
  lastNewAt: string | null;
  /** Reports stored from this source so far (copies of stored reports not counted). */
  items: number;
  /** What the last read gave: 'new 3', 'not modified', 'failed'. */
  lastStatus: string | null;
  /** Why the last read failed; cleared by a read that works. */
  lastError: string | null;
  createdAt: string;
}

/** What a read changes on its source; `addItems` is added to the count, not set. */
export type WatchedPatch = Partial<Omit<WatchedSource, 'id' | 'url' | 'createdAt' | 'items'>>;

export interface WatchedSourceStore {
  /** Adds a source; one already watched at that address is returned as it is. */
  add(source: WatchedSource): Promise<{ source: WatchedSource; created: boolean }>;
  /** Oldest first; a page of them with `limit` and `offset`. */
  list(page?: { limit: number; offset: number }): Promise<WatchedSource[]>;
  count(): Promise<number>;
  get(id: string): Promise<WatchedSource | null>;
  findByUrl(url: string): Promise<WatchedSource | null>;
  remove(id: string): Promise<boolean>;
  /**
   * Takes up to `limit` sources that are not paused and due at `now` (with `all`, due or not),
   * soonest first, and in the same statement moves their next read to `leaseUntil`, so that no
   * other caller, in this process or another, takes them until then. Rows another caller is
   * taking at that moment are skipped, not waited for.
   */
  claimDue(
    now: string,
    leaseUntil: string,
    limit: number,
    opts?: { all?: boolean },
  ): Promise<WatchedSource[]>;
  update(id: string, patch: WatchedPatch, addItems?: number): Promise<WatchedSource | null>;
  /** Which of these item keys (itemKeys) were read before, by any source. */
  seen(keys: readonly string[]): Promise<Set<string>>;
  /** Remembers item keys as read (by `sourceId`, at `at`); keys known already stay as they are. */
  markSeen(keys: readonly string[], sourceId: string, at: string): Promise<void>;
}

export const minEverySeconds = 60;
export const maxEverySeconds = 7 * 86_400;
export const defaultEverySeconds = 1800;
/** The longest wait backoff gives (unless the schedule itself is longer). */
export const maxBackoffSeconds = 86_400;
/** A server's Retry-After is honoured up to a week: longer, and the source is read anyway. */
export const maxRetryAfterSeconds = maxEverySeconds;
/**
 * How long a reader holds a source it took (claimDue). Longer than any read (a feed, its
 * articles, their ingest): a reader that died lets the source be taken again after it.
 */
export const leaseSeconds = 15 * 60;
/** A watched source's name (textLimits, the one table of stored text lengths). */
export const nameChars = textLimits.sourceName;
/** New article links a `links` read fetches at most; the rest wait for the next reads. */
export const linksPerRead = 30;
export const maxLinkHosts = 20;

const units: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** '30m', '2h', '1d', '90s' to seconds, between a minute and a week. */
export function parseEvery(text: string): number {
  const m = /^(\d+)\s*([smhd])$/.exec(text.trim());
  if (!m)
    throw new ValidationError(`expected a duration such as 30m, 2h or 1d, got '${text}'`, 'every');
  const seconds = Number(m[1]) * units[m[2]!]!;
  if (seconds < minEverySeconds || seconds > maxEverySeconds)
    throw new ValidationError(
      `must be between 1m and 7d (a source is not read more often than once a minute), got '${text}'`,
      'every',
    );
  return seconds;
}

/** Seconds as the shortest of '90s', '30m', '2h', '1d' that says them exactly. */
export function formatEvery(seconds: number): string {
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3600],
    ['m', 60],
  ] as const)
    if (seconds % size === 0) return `${seconds / size}${unit}`;
  return `${seconds}s`;
}

/** A source's name as typed: trimmed, one line, at most 200 characters; empty is none. */
export function checkName(text: string | null | undefined): string | null {
  const name = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!name) return null;
  if (name.length > nameChars)
    throw new ValidationError(`at most ${nameChars} characters, got ${name.length}`, 'name');
  return name;
}

/** An ISO 639-1 code ('en', 'be'); empty is none (each report's language is then detected). */
export function checkLanguage(text: string | null | undefined): string | null {
  const code = (text ?? '').trim().toLowerCase();
  if (!code) return null;
  if (!/^[a-z]{2}$/.test(code))
    throw new ValidationError(
      `expected an ISO 639-1 two-letter language code such as en or be, got '${text}'`,
      'language',
    );
  return code;
}

/** A kind as typed ('Links', ' feed'); empty or absent is `auto`. */
export function checkKind(text: string | null | undefined): WatchKind {
  const kind = (text ?? '').trim().toLowerCase() || 'auto';
  if (!(watchKinds as readonly string[]).includes(kind))
    throw new ValidationError(`expected one of ${watchKinds.join(', ')}, got '${text}'`, 'kind');
  return kind as WatchKind;
}

/**
 * Host names as typed ('News.Example.org', 'https://b.example/...' is refused: a host, not an
 * address), lower-cased, each once, at most 20.
 */
export function checkLinkHosts(list: readonly string[] | null | undefined): string[] {
  const hosts = [...new Set((list ?? []).map((h) => h.trim().toLowerCase()).filter(Boolean))];
  if (hosts.length > maxLinkHosts)
    throw new ValidationError(`at most ${maxLinkHosts} hosts, got ${hosts.length}`, 'hosts');
  for (const h of hosts)
    if (h.length > 253 || !/^(?!-)[a-z0-9-]{1,63}(?:\.(?!-)[a-z0-9-]{1,63})+$/.test(h))
      throw new ValidationError(
        `expected host names such as news.example.org, got '${h.slice(0, 100)}'`,
        'hosts',
      );
  return hosts;
}

/** The address of a source to watch, in its normal form (core/report-address.ts). */
export function checkWatchUrl(text: string): string {
  const checked = checkReportUrl(text);
  if (!checked.ok) throw new ValidationError(checked.problem.replace(/^url /, ''), 'url');
  return checked.url;
}

/**
 * Seconds a Retry-After header asks to wait at `nowIso` (RFC 9110: delay-seconds or an HTTP
 * date), or null when absent or unreadable. A date in the past is no wait.
 */
export function retryAfterSeconds(value: string | null | undefined, nowIso: string): number | null {
  const v = (value ?? '').trim();
  if (!v) return null;
  if (/^\d+$/.test(v)) return Number(v);
  // An HTTP date names a weekday and a GMT time; a bare number of another shape is no date.
  if (!/[a-z]/i.test(v)) return null;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - Date.parse(nowIso)) / 1000));
}

/**
 * When to read again: after the schedule's interval, doubled for each failure in a row, at
 * most a day (or the interval, when that is longer). A source that keeps failing is still
 * tried daily, and one success brings it back to its schedule. A server that said when to come
 * back (Retry-After, on 429 and 503) is not asked before then, up to a week.
 */
export function nextCheckAt(
  nowIso: string,
  everySeconds: number,
  failures: number,
  retryAfter: number | null = null,
): string {
  const cap = Math.max(everySeconds, maxBackoffSeconds);
  const backoff = Math.min(cap, everySeconds * 2 ** Math.min(failures, 20));
  const asked = retryAfter === null ? 0 : Math.min(retryAfter, maxRetryAfterSeconds);
  return addSeconds(nowIso, Math.max(backoff, asked));
}

export function addSeconds(iso: string, seconds: number): string {
  return new Date(Date.parse(iso) + seconds * 1000).toISOString();
}

// Parameters that say where a reader clicked from, not which article it is.
const trackingParam = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * The key of an item's address, so one article linked twice (from two feeds, with a #fragment,
 * with tracking parameters) is read once: the report address's normal form without tracking
 * parameters. Null for an address that is no report address.
 */
export function articleUrlKey(url: string): string | null {
  const checked = checkReportUrl(url);
  if (!checked.ok) return null;
  const u = new URL(checked.url);
  const tracking = [...u.searchParams.keys()].filter((k) => trackingParam.test(k));
  // Rewritten only when there is something to drop: searchParams re-encodes the whole query.
  for (const name of tracking) u.searchParams.delete(name);
  return `url:${tracking.length ? u.href : checked.url}`;
}

/** The key of an item's content (a hash of its text), for copies under another address. */
export function contentKey(hash: string): string {
  return `sha256:${hash}`;
}
