/**
 * The most bytes each GET route may answer, for the sample ledger (docs/security.md, "Bounded
 * reads"): far above what it needs, far below what an unbounded request could ask (77 MB from
 * /api/counts/flow before ranges were capped). Used by test/server/answer-bounds.test.ts and
 * bench/hostile.bench.ts; a route missing here fails both.
 */
const KB = 1024;
const MB = 1024 * KB;

export const answerCeilings: Record<string, number> = {
  '/api/persons': 4 * MB,
  '/api/persons/filter': 4 * MB,
  '/api/persons/:id': MB,
  '/api/releases': 8 * MB,
  '/api/releases/:id': MB,
  '/api/deals': 4 * MB,
  '/api/deals/:id': MB,
  '/api/sources': 4 * MB,
  // A summary and a passage of about 35 words per report.
  '/api/sources/search': 4 * MB,
  // A report's text is at most limits.reportTextChars (2,000,000) characters.
  '/api/sources/:id': 12 * MB,
  '/api/claims': 4 * MB,
  '/api/claims/:id': MB,
  // The figures, the reported counts and one page of at most readLimits.pageItems (1,000) ids.
  '/api/counts': 64 * KB,
  // readLimits.rangeMonths months, about 70 bytes each (series: points and flows).
  '/api/counts/flow': 200 * KB,
  '/api/counts/series': 400 * KB,
  '/api/review-queue': 8 * MB,
  '/api/review-queue/count': KB,
  '/api/health': 4 * KB,
  '/api/auth/me': 4 * KB,
  '/api/users': 64 * KB,
  '/api/audit': 8 * MB,
  // Staff export every line, streamed a page at a time (audit-log.ts): memory stays flat.
  '/api/audit.csv': 8 * MB,
  '/api/audit/:id': MB,
  // A page of watched sources, under 3 KB each (a URL, a name, the last error).
  '/api/watched-sources': 4 * MB,
  '/api/docs': 4 * KB,
  '/api/docs/': 4 * KB,
  '/api/docs/static/index.html': 4 * KB,
  '/api/docs/static/swagger-initializer.js': 64 * KB,
  '/api/docs/*': 4 * MB,
  '/api/docs/json': 2 * MB,
  '/api/docs/yaml': 2 * MB,
  // At most whatsNewLimits.subjects (200) entities' changes and 100 reports (app/changes).
  '/api/whats-new': 4 * MB,
  // At most 50 entries (routes/feeds.ts), each a summary of one release.
  '/feeds/releases.atom': 512 * KB,
};

/**
 * The most rows one request to each GET route may have the database read (table rows scanned
 * plus index entries read, by the database's own statistics: SqlDatabase.rowsRead), asked its
 * widest over the sample ledger: `first` with nothing in the process's memory (the first request
 * after a start or a ledger change, or one whose parameters no one has asked since: a new date,
 * a new country, which any caller can choose), `again` when the same request is asked again.
 * About twice what each reads on the slower of the two databases, measured with the tables
 * analysed (answer-bounds.test.ts runs ANALYZE first): a small table is then read whole where
 * that is the cheaper plan, which is what a database that has run for a while does. The lists that count their
 * total read every matching row for it, so those ceilings follow the sample's size, not the
 * page's. Used by answer-bounds.test.ts and bench/hostile.bench.ts (which holds every request
 * to `first`).
 */
export const rowCeilings: Record<string, { first: number; again: number }> = {
  '/api/persons': { first: 5000, again: 1000 },
  // Filters and facets over every person of the registry.
  '/api/persons/filter': { first: 10_000, again: 6000 },
  '/api/persons/:id': { first: 3000, again: 100 },
  // The release order, kept per reader and country (release-list.ts).
  '/api/releases': { first: 26_000, again: 500 },
  '/api/releases/:id': { first: 400, again: 200 },
  '/api/deals': { first: 12_000, again: 1400 },
  '/api/deals/:id': { first: 400, again: 100 },
  '/api/sources': { first: 200, again: 200 },
  '/api/sources/search': { first: 400, again: 400 },
  '/api/sources/:id': { first: 200, again: 200 },
  // Counting the total reads every claim the filter matches.
  '/api/claims': { first: 5000, again: 5000 },
  '/api/claims/:id': { first: 100, again: 100 },
  // The count input is read once per ledger version (count-cache.ts); then a request reads the
  // version, and a date's held ids once per date.
  '/api/counts': { first: 6000, again: 200 },
  '/api/counts/flow': { first: 5000, again: 100 },
  '/api/counts/series': { first: 5000, again: 100 },
  // Every claim of the state asked, to order them and count the total.
  '/api/review-queue': { first: 10_000, again: 10_000 },
  '/api/review-queue/count': { first: 6000, again: 100 },
  '/api/health': { first: 300, again: 300 },
  '/api/auth/me': { first: 100, again: 100 },
  '/api/users': { first: 100, again: 100 },
  '/api/audit': { first: 200, again: 200 },
  '/api/audit.csv': { first: 200, again: 200 },
  '/api/audit/:id': { first: 100, again: 100 },
  '/api/watched-sources': { first: 100, again: 100 },
  '/api/docs': { first: 100, again: 100 },
  '/api/docs/': { first: 100, again: 100 },
  '/api/docs/static/index.html': { first: 100, again: 100 },
  '/api/docs/static/swagger-initializer.js': { first: 100, again: 100 },
  '/api/docs/*': { first: 100, again: 100 },
  '/api/docs/json': { first: 100, again: 100 },
  '/api/docs/yaml': { first: 100, again: 100 },
  // At most whatsNewLimits.subjects entities' claims and reviews in the span.
  '/api/whats-new': { first: 1000, again: 1000 },
  // The newest 50 releases' kept answers; the release order read first.
  '/feeds/releases.atom': { first: 8500, again: 100 },
};
