/**
 * What every feed format (RSS, Atom, JSON Feed) turns its items into, and the field rules they
 * share: item addresses resolved against the feed's and held to the rule of every stored
 * address, dates cut to the day.
 */
import { checkReportUrl } from '../../core/report-address.ts';

/** One report as `habeas ingest` takes it (the shape of a JSONL line). */
export interface FetchedReport {
  url?: string;
  title?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
  /** An article page's HTML (sanitised for extraction); feed items carry `text`. */
  html?: string;
  text?: string;
  /** ISO 639-1, when the feed says (JSON Feed's `language`); else detected. */
  language?: string;
}

export type FeedEntry = { report: FetchedReport } | { problem: string };

/** A feed's items in feed order, or (`error`) why the feed cannot be read at all. */
export interface ParsedFeed {
  title: string | null;
  entries: FeedEntry[];
  error: string | null;
}

/** An item's link made absolute against the feed's address; undefined if it is no report address. */
export function absoluteLink(link: string | undefined | null, base: string | undefined) {
  if (!link) return undefined;
  try {
    const checked = checkReportUrl(new URL(link.trim(), base).href);
    return checked.ok ? checked.url : undefined;
  } catch {
    return undefined;
  }
}

/** A feed date (RFC 822, RFC 3339) as YYYY-MM-DD; undefined when unreadable. */
export function feedDay(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/** 'en', 'en-GB', 'be_BY' -> the ISO 639-1 code; undefined for anything else. */
export function languageCode(tag: string | undefined | null): string | undefined {
  const m = /^([a-z]{2})(?:[-_][a-z0-9]+)*$/i.exec((tag ?? '').trim());
  return m ? m[1]!.toLowerCase() : undefined;
}
