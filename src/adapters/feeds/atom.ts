/**
 * Atom 1.0 documents, written by the `feed` library (escaping, dates and the required elements
 * are its business). Callers give plain entries; nothing here reads the ledger.
 */
import { Feed } from 'feed';

export interface AtomEntry {
  /** An absolute IRI, stable for the entry. */
  id: string;
  title: string;
  link: string;
  /** When it happened; Atom's `updated` and `published`. */
  date: Date;
  summary: string;
  categories: string[];
}

export interface AtomFeedInfo {
  id: string;
  title: string;
  description: string;
  /** The HTML page the feed is about. */
  link: string;
  /** The feed's own address (rel="self"). */
  self: string;
}

/** The feed's `updated` is its newest entry's date (the epoch when it has none): stable between requests. */
export function atomFeed(info: AtomFeedInfo, entries: readonly AtomEntry[]): string {
  const updated = new Date(Math.max(0, ...entries.map((e) => e.date.getTime())));
  const feed = new Feed({
    id: info.id,
    title: info.title,
    description: info.description,
    link: info.link,
    updated,
    generator: 'Habeas',
    feedLinks: { atom: info.self },
    copyright: 'Habeas ledger; every fact cites its reports',
  });
  for (const e of entries)
    feed.addItem({
      id: e.id,
      title: e.title,
      link: e.link,
      date: e.date,
      published: e.date,
      description: e.summary,
      category: e.categories.map((term) => ({ term, name: term })),
    });
  return feed.atom1();
}
