import type { AppContext } from '../../app/context.ts';
import { getDeal, listDeals } from '../../app/read/deals.ts';
import { storesFor } from '../read-scope.ts';
import { idParams, page } from '../schemas/query.ts';
import { dealList, dealView } from '../schemas/releases.ts';
import type { Api } from './common.ts';

export async function dealRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/deals',
    {
      // Search, a whole list or counts over the ledger: its own, lower per-client limit.
      config: { expensive: true },
      schema: {
        operationId: 'listDeals',
        tags: ['deals'],
        summary: 'Deals with their parties, releases and concessions',
        querystring: page,
        response: { 200: dealList },
      },
    },
    async (req) => listDeals(await storesFor(ctx, req), req.query),
  );
  api.get(
    '/deals/:id',
    {
      schema: {
        operationId: 'getDeal',
        tags: ['deals'],
        summary: 'One deal',
        params: idParams,
        response: { 200: dealView },
      },
    },
    async (req) => getDeal(await storesFor(ctx, req), req.params.id),
  );
}
