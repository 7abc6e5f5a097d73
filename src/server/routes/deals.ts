import type { AppContext } from '../../app/context.ts';
import { type DealView, dealPage } from '../../app/read/deals.ts';
import { keptAnswer, keptAnswers, keptValues, readerOver } from '../../app/read/read-models.ts';
import { dealTable, listCsv } from '../../app/transfer/list-csv.ts';
import { csvRange, format, sendListCsv, wantsCsv } from '../csv-answer.ts';
import { readerFor, storesFor } from '../read-scope.ts';
import { cacheFor } from '../request-cache.ts';
import { idParams, page } from '../schemas/query.ts';
import { dealList, dealView } from '../schemas/releases.ts';
import { type Api, sendJson } from './common.ts';

export async function dealRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/deals',
    {
      // Search, a whole list or counts over the ledger: its own, lower per-client limit.
      config: { expensive: true, etag: true, csv: true },
      schema: {
        operationId: 'listDeals',
        tags: ['deals'],
        summary: 'Deals with their parties, releases and concessions (CSV: one row per concession)',
        querystring: page.extend({ format }),
        response: { 200: dealList },
      },
    },
    async (req, reply) => {
      const stores = await storesFor(ctx, req);
      if (wantsCsv(req)) {
        // From the kept answers too: building each deal's view anew read every claim of its
        // parties and concessions on every download (thousands of rows on PostgreSQL).
        const download = await listCsv(
          dealTable,
          async (offset, limit) => {
            const page = await dealPage(stores, { offset, limit });
            const items = await keptValues<DealView>(ctx.db, readerOver(stores), 'deal', page.ids);
            return { items, total: page.total };
          },
          csvRange(req, req.query),
        );
        return sendListCsv(req, reply, 'deals', download);
      }
      // The page's ids and total once per ledger version: every reader of a release day opens
      // the same few pages.
      const { offset, limit } = req.query;
      const page = await cacheFor(ctx, req).memo(stores, `deal-page:${offset}:${limit}`, () =>
        dealPage(stores, req.query),
      );
      // The page from the kept answers, joined as they are: no parse, no serialisation.
      const bodies = await keptAnswers(
        ctx.db,
        readerOver(stores),
        'deal',
        page.ids,
        cacheFor(ctx, req),
      );
      const items = page.ids.flatMap((id) => bodies.get(id) ?? []);
      return sendJson(reply, `{"items":[${items.join(',')}],"total":${page.total}}`);
    },
  );
  api.get(
    '/deals/:id',
    {
      config: { etag: true },
      schema: {
        operationId: 'getDeal',
        tags: ['deals'],
        summary: 'One deal',
        params: idParams,
        response: { 200: dealView },
      },
    },
    async (req, reply) =>
      sendJson(
        reply,
        await keptAnswer(ctx.db, readerFor(ctx, req), 'deal', req.params.id, cacheFor(ctx, req)),
      ),
  );
}
