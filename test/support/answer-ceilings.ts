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
