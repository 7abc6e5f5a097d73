import type { AppContext } from '../../app/context.ts';
import { getReleaseEvent, listReleaseEvents } from '../../app/release-events.ts';
import { storesFor } from '../read-scope.ts';
import { type Api, country, idParams, page } from './common.ts';

export async function releaseRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/releases',
    {
      schema: {
        operationId: 'listReleases',
        tags: ['releases'],
        summary: 'Release events, newest first, with reconciled values, conflicts and reports',
        querystring: page.extend({ country: country.optional() }),
      },
    },
    async (req) => listReleaseEvents(await storesFor(ctx, req), req.query),
  );
  api.get(
    '/releases/:id',
    {
      schema: {
        operationId: 'getRelease',
        tags: ['releases'],
        summary: 'One release event',
        params: idParams,
      },
    },
    async (req) => getReleaseEvent(await storesFor(ctx, req), req.params.id),
  );
}
