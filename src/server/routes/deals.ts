import type { AppContext } from '../../app/context.ts';
import { type DealView, listDeals } from '../../app/read/deals.ts';
import { keptAnswer, keptValues, readerOver } from '../../app/read/read-models.ts';
import { readerFor, storesFor } from '../read-scope.ts';
import { idParams, page } from '../schemas/query.ts';
import { dealList, dealView } from '../schemas/releases.ts';
import { type Api, sendJson } from './common.ts';

export async function dealRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/deals',
    {
      // Search, a whole list or counts over the ledger: its own, lower per-client limit.
      config: { expensive: true, etag: true },
      schema: {
        operationId: 'listDeals',
        tags: ['deals'],
        summary: 'Deals with their parties, releases and concessions',
        querystring: page,
        response: { 200: dealList },
      },
    },
    async (req) => {
      const stores = await storesFor(ctx, req);
      return listDeals(stores, req.query, (ids) =>
        keptValues<DealView>(ctx.db, readerOver(stores), 'deal', ids),
      );
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
      sendJson(reply, await keptAnswer(ctx.db, readerFor(ctx, req), 'deal', req.params.id)),
  );
}
