import type { AppContext } from '../../app/context.ts';
import { keptAnswer, keptAnswers, readerOver } from '../../app/read/read-models.ts';
import { listReleaseEvents } from '../../app/read/release-events.ts';
import { releasePage } from '../../app/read/release-list.ts';
import { listCsv, releaseTable } from '../../app/transfer/list-csv.ts';
import { csvRange, format, sendListCsv, wantsCsv } from '../csv-answer.ts';
import { readerFor, storesFor } from '../read-scope.ts';
import { cacheFor } from '../request-cache.ts';
import { plainJson } from '../schemas/plain-json.ts';
import { country, idParams, page } from '../schemas/query.ts';
import { releaseEventView, releaseList } from '../schemas/releases.ts';
import { type Api, sendJson } from './common.ts';

export async function releaseRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/releases',
    {
      // Search, a whole list or counts over the ledger: its own, lower per-client limit.
      config: { expensive: true, etag: true, csv: true },
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
      if (wantsCsv(req)) {
        const { country } = req.query;
        const download = await listCsv(
          releaseTable,
          (offset, limit) =>
            listReleaseEvents(cacheFor(ctx, req), stores, { country, offset, limit }),
          csvRange(req, req.query),
        );
        return sendListCsv(req, reply, 'releases', download);
      }
      const reads = ctx.db.reads;
      const page = reads
        ? await releasePage(cacheFor(ctx, req), stores, req.query, (v) => reads.changedSince(v))
        : null;
      if (!page) return listReleaseEvents(cacheFor(ctx, req), stores, req.query);
      // The page from the kept answers, joined as they are: no parse, no serialisation.
      const bodies = await keptAnswers(
        ctx.db,
        readerOver(stores),
        'release',
        page.ids,
        cacheFor(ctx, req),
      );
      const items = page.ids.flatMap((id) => bodies.get(id) ?? []);
      return sendJson(reply, `{"items":[${items.join(',')}],"total":${page.total}}`);
    },
  );
  api.get(
    '/releases/:id',
    {
      config: { etag: true },
      schema: {
        operationId: 'getRelease',
        tags: ['releases'],
        summary: 'One release event',
        params: idParams,
        response: { 200: releaseEventView },
      },
    },
    async (req, reply) =>
      sendJson(
        reply,
        await keptAnswer(ctx.db, readerFor(ctx, req), 'release', req.params.id, cacheFor(ctx, req)),
      ),
  );
}
