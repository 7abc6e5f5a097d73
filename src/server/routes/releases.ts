import type { AppContext } from '../../app/context.ts';
import { getReleaseEvent, listReleaseEvents } from '../../app/read/release-events.ts';
import { storesFor } from '../read-scope.ts';
import { plainJson } from '../schemas/plain-json.ts';
import { country, idParams, page } from '../schemas/query.ts';
import { releaseEventView, releaseList } from '../schemas/releases.ts';
import type { Api } from './common.ts';

export async function releaseRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/releases',
    {
      // Search, a whole list or counts over the ledger: its own, lower per-client limit.
      config: { expensive: true },
      schema: {
        operationId: 'listReleases',
        tags: ['releases'],
        summary: 'Release events, newest first, with reconciled values, conflicts and reports',
        querystring: page.extend({ country: country.optional() }),
        response: { 200: releaseList },
      },
      serializerCompiler: plainJson,
    },
    async (req) => listReleaseEvents(ctx.cache, await storesFor(ctx, req), req.query),
  );
  api.get(
    '/releases/:id',
    {
      schema: {
        operationId: 'getRelease',
        tags: ['releases'],
        summary: 'One release event',
        params: idParams,
        response: { 200: releaseEventView },
      },
    },
    async (req) => getReleaseEvent(await storesFor(ctx, req), req.params.id),
  );
}
