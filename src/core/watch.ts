/**
 * Watched sources (docs/watch.md): addresses Habeas reads again on a schedule. The rules here
 * are pure: how often, and how long to wait after failures. Storage is a port.
 */
import { ValidationError } from './errors.ts';

/** A source read again every `everySeconds`; validators make the next read conditional. */
export interface WatchedSource {
  id: string;
  url: string;
  everySeconds: number;
  /** ETag and Last-Modified of the last copy read (conditional GET). */
  etag: string | null;
  lastModified: string | null;
  /** ISO time of the next read. */
  nextCheckAt: string;
  /** Failed reads in a row; each doubles the wait (backoff). */
  failures: number;
  lastCheckedAt: string | null;
  /** What the last read gave: 'new 3', 'not modified', 'failed'. */
  lastStatus: string | null;
  lastError: string | null;
  createdAt: string;
}

export interface WatchedSourceStore {
  /** Adds a source; one already watched at that address is returned as it is. */
  add(source: WatchedSource): Promise<{ source: WatchedSource; created: boolean }>;
  list(): Promise<WatchedSource[]>;
  remove(id: string): Promise<boolean>;
  /** Sources whose next read is at or before `now`, soonest first. */
  due(now: string, limit: number): Promise<WatchedSource[]>;
  update(
    id: string,
    patch: Partial<Omit<WatchedSource, 'id' | 'url' | 'createdAt'>>,
  ): Promise<void>;
}

export const minEverySeconds = 60;
export const maxEverySeconds = 7 * 86_400;
/** The longest wait backoff gives (unless the schedule itself is longer). */
export const maxBackoffSeconds = 86_400;

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

/**
 * When to read again: after the schedule's interval, doubled for each failure in a row, at
 * most a day (or the interval, when that is longer). A source that keeps failing is still
 * tried daily, and one success brings it back to its schedule.
 */
export function nextCheckAt(nowIso: string, everySeconds: number, failures: number): string {
  const cap = Math.max(everySeconds, maxBackoffSeconds);
  const wait = Math.min(cap, everySeconds * 2 ** Math.min(failures, 20));
  return new Date(Date.parse(nowIso) + wait * 1000).toISOString();
}
