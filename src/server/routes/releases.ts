import type { AppContext } from '../../app/context.ts';
import { getReleaseEvent, listReleaseEvents } from '../../app/read/release-events.ts';
import { listCsv, releaseTable } from '../../app/transfer/list-csv.ts';
import { csvRange, format, sendListCsv, wantsCsv } from '../csv-answer.ts';
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
      config: { expensive: true, csv: true },
      schema: {
        operationId: 'listReleases',
        tags: ['releases'],
        summary: 'Release events, newest first, with reconciled values, conflicts and reports',
        querystring: page.extend({ country: country.optional(), format }),
        response: { 200: releaseList },
      },
      serializerCompiler: plainJson,
    },
    async (req, reply) => {
      const stores = await storesFor(ctx, req);
      if (!wantsCsv(req)) return listReleaseEvents(ctx.cache, stores, req.query);
      const { country } = req.query;
      const download = await listCsv(
        releaseTable,
        (offset, limit) => listReleaseEvents(ctx.cache, stores, { country, offset, limit }),
        csvRange(req, req.query),
      );
      return sendListCsv(req, reply, 'releases', download);
    },
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
