import type { AppContext } from '../../app/context.ts';
import { getSource, listSources } from '../../app/sources.ts';
import { type Api, idParams, page } from './common.ts';

export async function sourceRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/sources',
    {
      schema: {
        tags: ['sources'],
        summary: 'Reports stored (without their text)',
        querystring: page,
      },
    },
    async (req) => listSources(ctx.db, req.query),
  );
  api.get(
    '/sources/:id',
    {
      schema: {
        tags: ['sources'],
        summary: 'One report with its text and every claim drawn from it',
        params: idParams,
      },
    },
    async (req) => getSource(ctx.db, req.params.id),
  );
}
