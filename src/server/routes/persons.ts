import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { getPerson } from '../../app/get-person.ts';
import { listPersons } from '../../app/list-persons.ts';
import { searchPersons } from '../../app/search-persons.ts';
import { storesFor } from '../read-scope.ts';
import { type Api, idParams, page } from './common.ts';

export async function personRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/persons',
    {
      schema: {
        operationId: 'listPersons',
        tags: ['persons'],
        summary: 'List persons, or search them by name in any script or spelling (q)',
        querystring: page.extend({ q: z.string().min(1).max(200).optional() }),
      },
    },
    async (req) => {
      const { q, limit, offset } = req.query;
      const stores = await storesFor(ctx, req);
      if (q) {
        const hits = await searchPersons(stores, q, limit);
        return {
          items: hits.map((h) => ({
            ...h.person,
            match: {
              name: h.matchedName,
              score: h.score,
              decision: h.decision,
              evidence: h.evidence,
            },
          })),
          total: hits.length,
        };
      }
      return listPersons(stores, { limit, offset });
    },
  );
  api.get(
    '/persons/:id',
    {
      schema: {
        operationId: 'getPerson',
        tags: ['persons'],
        summary:
          "A person's dossier: names, detentions, status timeline, releases, every claim with its source",
        params: idParams,
      },
    },
    async (req) => getPerson(await storesFor(ctx, req), req.params.id),
  );
}
