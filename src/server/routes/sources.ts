import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { getSource, listSources, setSourceConfidential } from '../../app/ingest/sources.ts';
import { requestActor } from '../actor.ts';
import { storesFor } from '../read-scope.ts';
import { idParams, page } from '../schemas/query.ts';
import { confidentialFlag, sourceDetail, sourceList } from '../schemas/sources.ts';
import type { Api } from './common.ts';

export async function sourceRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/sources',
    {
      // Search, a whole list or counts over the ledger: its own, lower per-client limit.
      config: { expensive: true },
      schema: {
        operationId: 'listSources',
        tags: ['sources'],
        summary:
          "Reports stored (without their text); for the public a confidential one shows only as 'confidential source'",
        querystring: page,
        response: { 200: sourceList },
      },
    },
    async (req) => listSources(await storesFor(ctx, req), req.query),
  );
  api.get(
    '/sources/:id',
    {
      schema: {
        operationId: 'getSource',
        tags: ['sources'],
        summary:
          'One report with its text and every claim drawn from it (published ones for the public)',
        params: idParams,
        response: { 200: sourceDetail },
      },
    },
    async (req) => getSource(await storesFor(ctx, req), req.params.id),
  );
  api.post(
    '/sources/:id/confidential',
    {
      config: { role: 'editor' },
      schema: {
        operationId: 'setSourceConfidential',
        tags: ['sources'],
        summary:
          "Mark a report confidential (or not): the public then sees only 'confidential source', never its text, url, title, publisher or quotes",
        params: idParams,
        body: z.object({ confidential: z.boolean() }),
        response: { 200: confidentialFlag },
      },
    },
    async (req) =>
      setSourceConfidential(ctx, req.params.id, req.body.confidential, requestActor(req)),
  );
}
