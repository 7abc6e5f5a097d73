import type { AppContext } from '../../app/context.ts';
import { getDeal, listDeals } from '../../app/deals.ts';
import { storesFor } from '../read-scope.ts';
import { type Api, idParams, page } from './common.ts';

export async function dealRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/deals',
    {
      schema: {
        operationId: 'listDeals',
        tags: ['deals'],
        summary: 'Deals with their parties, releases and concessions',
        querystring: page,
      },
    },
    async (req) => listDeals(await storesFor(ctx, req), req.query),
  );
  api.get(
    '/deals/:id',
    { schema: { operationId: 'getDeal', tags: ['deals'], summary: 'One deal', params: idParams } },
    async (req) => getDeal(await storesFor(ctx, req), req.params.id),
  );
}
