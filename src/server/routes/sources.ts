import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import {
  getSource,
  listSources,
  searchSources,
  setSourceConfidential,
} from '../../app/ingest/sources.ts';
import { listCsv, searchTable, sourceTable } from '../../app/transfer/list-csv.ts';
import { requestActor } from '../actor.ts';
import { csvRange, format, sendListCsv, wantsCsv } from '../csv-answer.ts';
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
  format,
});

export async function sourceRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/sources/search',
    {
      config: { expensive: true, etag: true, csv: true },
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
    async (req, reply) => {
      if (req.query.state) requireStaff(req, 'filtering reports by review state');
      const stores = await storesFor(ctx, req);
      const { format: _format, ...search } = req.query;
      if (!wantsCsv(req)) return searchSources(stores, search);
      const download = await listCsv(
        searchTable,
        (offset, limit) => searchSources(stores, { ...search, offset, limit }),
        csvRange(req, req.query),
      );
      return sendListCsv(req, reply, 'reports-found', download);
    },
  );
  api.get(
    '/sources',
    {
      // Search, a whole list or counts over the ledger: its own, lower per-client limit.
      config: { expensive: true, etag: true, csv: true },
      schema: {
        operationId: 'listSources',
        tags: ['sources'],
        summary:
          "Reports stored (without their text); for the public a confidential one shows only as 'confidential source'",
        querystring: page.extend({ format }),
        response: { 200: sourceList },
      },
    },
    async (req, reply) => {
      const stores = await storesFor(ctx, req);
      if (!wantsCsv(req)) return listSources(stores, req.query);
      const download = await listCsv(
        sourceTable,
        (offset, limit) => listSources(stores, { offset, limit }),
        csvRange(req, req.query),
      );
      return sendListCsv(req, reply, 'reports', download);
    },
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
