import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import {
  getSource,
  listSources,
  searchSources,
  setSourceConfidential,
} from '../../app/ingest/sources.ts';
import { requestActor } from '../actor.ts';
import { requireStaff, storesFor } from '../read-scope.ts';
import { country, idParams, isoDay, page, term } from '../schemas/query.ts';
import {
  confidentialFlag,
  reportSearchResult,
  sourceDetail,
  sourceList,
} from '../schemas/sources.ts';
import type { Api } from './common.ts';

const searchQuery = page.extend({
  limit: page.shape.limit.default(20),
  q: term.optional(),
  country: country.optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  source: term.optional(),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'expected an ISO 639-1 two-letter language code such as en')
    .optional(),
  state: z.enum(['pending', 'reviewed']).optional(),
});

export async function sourceRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/sources/search',
    {
      config: { expensive: true, etag: true },
      schema: {
        operationId: 'searchSources',
        tags: ['sources'],
        summary:
          'Full-text search of the reports in any of their languages, names matched fuzzily, with highlighted passages and filters',
        description:
          'q takes web search syntax ("a phrase", -word, or). country: a claim from the report gives that country; from/to: publication dates; source: the publisher or the host of the address; language: ISO 639-1; state (staff only, 401 for the public): pending (claims await review) or reviewed. The public searches published reports only: confidential ones are left out. Sorted by rank, then newest; without q, newest first. docs/search.md',
        querystring: searchQuery,
        response: { 200: reportSearchResult },
      },
    },
    async (req) => {
      if (req.query.state) requireStaff(req, 'filtering reports by review state');
      return searchSources(await storesFor(ctx, req), req.query);
    },
  );
  api.get(
    '/sources',
    {
      // Search, a whole list or counts over the ledger: its own, lower per-client limit.
      config: { expensive: true, etag: true },
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
      config: { etag: true },
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
