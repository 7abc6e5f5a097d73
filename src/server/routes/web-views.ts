import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { cachedCountData } from '../../app/read/count-cache.ts';
import { filterPersons } from '../../app/read/filter-persons.ts';
import { heldOverTime } from '../../app/read/held-over-time.ts';
import { pendingCount, reviewQueue } from '../../app/review/review-queue.ts';
import { listCsv, personTable, seriesTable, tableCsv } from '../../app/transfer/list-csv.ts';
import { statuses } from '../../core/model/properties.ts';
import { readerLanguages } from '../../core/names/headline.ts';
import { csvRange, format, sendListCsv, sendTableCsv, wantsCsv } from '../csv-answer.ts';
import { requireStaff, storesFor } from '../read-scope.ts';
import { cacheFor } from '../request-cache.ts';
import { heldSeries } from '../schemas/counts.ts';
import { filteredPersons } from '../schemas/persons.ts';
import { plainJson } from '../schemas/plain-json.ts';
import { country, monthRangeWith, page, term } from '../schemas/query.ts';
import { pendingTotal, queuePage } from '../schemas/review.ts';
import type { Api } from './common.ts';

/** Above this many status changes the server does not load the counts on start (see below). */
export const preloadMaxStatusChanges = 100_000;

/** Read views the web app draws: counts over time, filtered persons, the review queue. */
export async function webViewRoutes(api: Api, ctx: AppContext) {
  // Load the counts once the server is up, so the first visitor's dashboard is served from memory.
  // Not over a large registry: the load then takes minutes and gigabytes, and would compete with
  // every request served meanwhile (counts at a date use the held-spans read model anyway).
  api.addHook('onReady', async () => {
    ctx.db.entities
      .countEntities('status_change')
      .then((n) => (n <= preloadMaxStatusChanges ? cachedCountData(ctx.cache, ctx.db) : null))
      .catch((e: unknown) => api.log.warn({ err: e }, 'could not preload the counts'));
  });
  api.get(
    '/counts/series',
    {
      // Search, a whole list or counts over the ledger: its own, lower per-client limit.
      config: { expensive: true, etag: true, csv: true },
      schema: {
        operationId: 'getHeldSeries',
        tags: ['counts'],
        summary:
          'Political prisoners held at each month end (from status changes), every figure reported by others with its attribution, and monthly flows',
        querystring: monthRangeWith({ format }),
        response: { 200: heldSeries },
      },
    },
    async (req, reply) => {
      const { country, from, to } = req.query;
      const series = await heldOverTime(
        cacheFor(ctx, req),
        await storesFor(ctx, req),
        country,
        from,
        to,
      );
      if (!wantsCsv(req)) return series;
      return sendTableCsv(reply, `counts-${country}-${from}-${to}`, tableCsv(seriesTable, series));
    },
  );
  api.get(
    '/persons/filter',
    {
      // Search, a whole list or counts over the ledger: its own, lower per-client limit. `held`
      // filters by who is held today, so the answer changes with the date too.
      config: { expensive: true, etag: { today: true }, csv: true },
      schema: {
        operationId: 'filterPersons',
        tags: ['persons'],
        summary: 'Persons by name (any script or spelling) and filters, with status facets',
        querystring: page.extend({
          q: term.optional(),
          status: z.enum(statuses).optional(),
          country: country.optional(),
          occupation: term.optional(),
          release: term.optional(),
          held: country.optional(),
          lang: z
            .enum(readerLanguages)
            .optional()
            .describe(
              "The reader's language: persons in the order of the name each row is headed by for that reader (their spelling in the language and its script, else one in its script), as the language collates it; a search's equally good matches so too. Without it: by id",
            ),
          format,
        }),
        response: { 200: filteredPersons },
      },
      serializerCompiler: plainJson,
    },
    async (req, reply) => {
      const stores = await storesFor(ctx, req);
      const now = Date.parse(ctx.clock.now());
      const { format: _format, ...filter } = req.query;
      // What changed since a version, for the reader's order kept across versions (person-order.ts).
      const reads = ctx.db.reads;
      const changes = reads && ((since: number) => reads.changedSince(since));
      const cache = cacheFor(ctx, req);
      if (!wantsCsv(req)) return filterPersons(cache, stores, filter, now, changes);
      const download = await listCsv(
        personTable,
        (offset, limit) => filterPersons(cache, stores, { ...filter, offset, limit }, now, changes),
        csvRange(req, req.query),
      );
      return sendListCsv(req, reply, 'people', download);
    },
  );
  api.get(
    '/review-queue/count',
    {
      // Any signed-in role: the auth hook answers the public 401 (and OpenAPI says so).
      config: { role: 'viewer', etag: true },
      schema: {
        operationId: 'countPendingClaims',
        tags: ['claims'],
        summary: 'How many claims await review (kept in memory with the counts; see docs/web.md)',
        response: { 200: pendingTotal },
      },
    },
    async (req) => pendingCount(cacheFor(ctx, req), ctx.db),
  );
  api.get(
    '/review-queue',
    {
      // A page of claims with their evidence in context (the public: one report's accepted
      // ones): its own, lower per-client limit, as every public list.
      config: { expensive: true, etag: true },
      schema: {
        operationId: 'listReviewQueue',
        tags: ['claims'],
        summary:
          'Claims awaiting review (or in another state), each with its subject, source and the evidence in context; the public may ask for the accepted claims of one report (state=accepted&sourceId=...)',
        querystring: page.extend({
          state: z.enum(['proposed', 'accepted', 'rejected', 'any']).optional(),
          sourceId: term.optional(),
        }),
        response: { 200: queuePage },
      },
    },
    async (req) => {
      // The public may read a report's published claims (the report page highlights them);
      // anything not yet accepted, or the queue across reports, is for staff.
      if (req.query.state !== 'accepted' || !req.query.sourceId)
        requireStaff(req, 'the review queue');
      return reviewQueue(await storesFor(ctx, req), req.query, cacheFor(ctx, req));
    },
  );
}
