import type { AppContext } from '../../app/context.ts';
import { getPerson } from '../../app/read/get-person.ts';
import { listPersons } from '../../app/read/list-persons.ts';
import { searchPersons } from '../../app/read/search-persons.ts';
import { storesFor } from '../read-scope.ts';
import { personDossier, personList } from '../schemas/persons.ts';
import { plainJson } from '../schemas/plain-json.ts';
import { idParams, page, term } from '../schemas/query.ts';
import type { Api } from './common.ts';

export async function personRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/persons',
    {
      // Search, a whole list or counts over the ledger: its own, lower per-client limit.
      config: { expensive: true },
      schema: {
        operationId: 'listPersons',
        tags: ['persons'],
        summary: 'List persons, or search them by name in any script or spelling (q)',
        querystring: page.extend({ q: term.min(1).optional() }),
        response: { 200: personList },
      },
      serializerCompiler: plainJson,
    },
    async (req) => {
      const { q, limit, offset } = req.query;
      const stores = await storesFor(ctx, req);
      if (q) {
        const hits = await searchPersons(ctx.cache, stores, q, limit);
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
        response: { 200: personDossier },
      },
      serializerCompiler: plainJson,
    },
    async (req) => getPerson(await storesFor(ctx, req), req.params.id),
  );
}
