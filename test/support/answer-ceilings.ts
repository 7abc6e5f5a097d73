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
 * plus index entries, by the database's own statistics: SqlDatabase.rowsRead), asked its widest
 * over the sample ledger with what the process keeps in memory for this ledger version already
 * loaded. About three times what each reads on either database (PostgreSQL's plans read more
 * than PGlite's on some lists); the lists that count their total read every matching row for
 * it, so those ceilings follow the sample's size, not the page's. Used by answer-bounds.test.ts
 * and bench/hostile.bench.ts.
 */
export const rowCeilings: Record<string, number> = {
  '/api/persons': 1000,
  // Filters and facets over every person of the registry.
  '/api/persons/filter': 8000,
  '/api/persons/:id': 100,
  '/api/releases': 500,
  '/api/releases/:id': 200,
  '/api/deals': 500,
  '/api/deals/:id': 100,
  '/api/sources': 200,
  '/api/sources/search': 400,
  '/api/sources/:id': 200,
  // Counting the total reads every claim the filter matches.
  '/api/claims': 5000,
  '/api/claims/:id': 100,
  // Kept in memory per ledger version (count-cache.ts): a request reads the version and a page of ids.
  '/api/counts': 200,
  '/api/counts/flow': 100,
  '/api/counts/series': 100,
  // Every claim of the state asked, to order them and count the total.
  '/api/review-queue': 10_000,
  '/api/review-queue/count': 100,
  '/api/health': 100,
  '/api/auth/me': 100,
  '/api/users': 100,
  '/api/audit': 200,
  '/api/audit.csv': 200,
  '/api/audit/:id': 100,
  '/api/watched-sources': 100,
  '/api/docs': 100,
  '/api/docs/': 100,
  '/api/docs/static/index.html': 100,
  '/api/docs/static/swagger-initializer.js': 100,
  '/api/docs/*': 100,
  '/api/docs/json': 100,
  '/api/docs/yaml': 100,
  // At most whatsNewLimits.subjects entities' claims and reviews in the span.
  '/api/whats-new': 1000,
  '/feeds/releases.atom': 100,
};

/**
 * The most rows the first request after a ledger change may read, whichever route it is: it
 * loads what the process keeps per ledger version (the counts' input, the release order, the
 * name index), which every later request shares. For the sample ledger.
 */
export const firstRequestRows = 20_000;
