import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { countPrisoners } from '../../app/read/count-prisoners.ts';
import { prisonerFlow } from '../../app/read/held-over-time.ts';
import { flowTable, tableCsv } from '../../app/transfer/list-csv.ts';
import { format, sendTableCsv, wantsCsv } from '../csv-answer.ts';
import { storesFor } from '../read-scope.ts';
import { cacheFor } from '../request-cache.ts';
import { heldOnDate, monthlyFlows } from '../schemas/counts.ts';
import { plainJson } from '../schemas/plain-json.ts';
import { country, cursor, isoDay, monthRangeWith, page } from '../schemas/query.ts';
import type { Api } from './common.ts';

export async function countRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/counts',
    {
      // Search, a whole list or counts over the ledger: its own, lower per-client limit.
      config: { expensive: true, etag: true },
      schema: {
        operationId: 'countPrisoners',
        tags: ['counts'],
        summary:
          "Political prisoners held on a date: the registry count, the latest reported figure and one page of the held persons' ids",
        description:
          "registry.ids holds at most `limit` ids (byte order); pass its nextCursor back as `cursor` (same country and at) for the next page, until nextCursor is null. Anonymous callers never get private persons' ids: they count in count and named, not in ids.total.",
        querystring: z.object({
          country,
          at: isoDay,
          ids: z
            .enum(['true', 'false'])
            .default('true')
            .describe("'false' leaves out registry.ids: the figures only"),
          limit: page.shape.limit.describe('ids in the page (1 to 1000, default 100)'),
          cursor: cursor.optional().describe('nextCursor of the page before; none: the first page'),
        }),
        response: { 200: heldOnDate },
      },
      serializerCompiler: plainJson,
    },
    async (req) =>
      countPrisoners(
        await storesFor(ctx, req),
        req.query.country,
        req.query.at,
        { ids: req.query.ids === 'true', limit: req.query.limit, cursor: req.query.cursor ?? null },
        cacheFor(ctx, req),
      ),
  );
  api.get(
    '/counts/flow',
    {
      // Search, a whole list or counts over the ledger: its own, lower per-client limit.
      config: { expensive: true, etag: true, csv: true },
      schema: {
        operationId: 'getPrisonerFlow',
        tags: ['counts'],
        summary: 'Monthly inflow (new political prisoners) and outflow (releases by kind)',
        querystring: monthRangeWith({ format }),
        response: { 200: monthlyFlows },
      },
    },
    async (req, reply) => {
      const { country, from, to } = req.query;
      const flow = await prisonerFlow(
        cacheFor(ctx, req),
        await storesFor(ctx, req),
        country,
        from,
        to,
      );
      if (!wantsCsv(req)) return flow;
      return sendTableCsv(reply, `flow-${country}-${from}-${to}`, tableCsv(flowTable, flow));
    },
  );
}
