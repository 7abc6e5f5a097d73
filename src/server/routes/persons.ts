import type { AppContext } from '../../app/context.ts';
import { listPersons, type PersonSummary } from '../../app/read/list-persons.ts';
import { keptAnswer, keptAnswers, keptValues, readerOver } from '../../app/read/read-models.ts';
import { rankedHits } from '../../app/read/search-persons.ts';
import { readerFor, storesFor } from '../read-scope.ts';
import { cacheFor } from '../request-cache.ts';
import { personDossier, personList } from '../schemas/persons.ts';
import { plainJson } from '../schemas/plain-json.ts';
import { idParams, page, term } from '../schemas/query.ts';
import { type Api, sendJson } from './common.ts';

/** A kept summary's JSON object with `match` added as its last member. */
function withMatch(summary: string, match: object): string {
  const open = summary.slice(0, summary.lastIndexOf('}'));
  const sep = open.trimEnd() === '{' ? '' : ',';
  return `${open}${sep}"match":${JSON.stringify(match)}}`;
}

export async function personRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/persons',
    {
      // Search, a whole list or counts over the ledger: its own, lower per-client limit.
      config: { expensive: true, etag: true },
      schema: {
        operationId: 'listPersons',
        tags: ['persons'],
        summary: 'List persons, or search them by name in any script or spelling (q)',
        querystring: page.extend({ q: term.min(1).optional() }),
        response: { 200: personList },
      },
      serializerCompiler: plainJson,
    },
    async (req, reply) => {
      const { q, limit, offset } = req.query;
      const stores = await storesFor(ctx, req);
      // Summaries come from the read models: one read for the page.
      const summaries = (ids: readonly string[]) =>
        keptValues<PersonSummary>(ctx.db, readerOver(stores), 'summary', ids, cacheFor(ctx, req));
      if (q) {
        const reads = ctx.db.reads;
        const changes = reads && ((since: number) => reads.changedSince(since));
        const hits = await rankedHits(cacheFor(ctx, req), stores, q, limit, changes);
        const bodies = await keptAnswers(
          ctx.db,
          readerOver(stores),
          'summary',
          hits.map((h) => h.id),
          cacheFor(ctx, req),
        );
        // Each kept summary as it is, its match appended: no parse, no second serialisation.
        const items = hits.flatMap(({ id, matchedName, ...h }) => {
          const body = bodies.get(id);
          return body === undefined ? [] : [withMatch(body, { name: matchedName, ...h })];
        });
        return sendJson(reply, `{"items":[${items.join(',')}],"total":${items.length}}`);
      }
      return listPersons(stores, { limit, offset }, summaries);
    },
  );
  api.get(
    '/persons/:id',
    {
      config: { etag: true },
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
    // The kept dossier, sent as stored (read-models.ts): one read when it is valid.
    async (req, reply) =>
      sendJson(
        reply,
        await keptAnswer(ctx.db, readerFor(ctx, req), 'dossier', req.params.id, cacheFor(ctx, req)),
      ),
  );
}
