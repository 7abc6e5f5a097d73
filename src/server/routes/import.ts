/**
 * POST /api/import: an admin uploads a ledger exported by `habeas export` (JSON, or CSV with
 * Content-Type text/csv), imported as `habeas import` does: one transaction, every problem
 * named, records already stored skipped. The upload has its own size limit (larger than the
 * API's default, which is sized for single reports); beyond it the answer is 413 naming it.
 */
import type { AppContext } from '../../app/context.ts';
import { importLedger } from '../../app/transfer/import-ledger.ts';
import { csvToDump } from '../../app/transfer/ledger-csv.ts';
import { limits } from '../../core/limits.ts';
import { requestActor } from '../actor.ts';
import { importSummary } from '../schemas/ledger.ts';
import type { Api } from './common.ts';

export async function importRoutes(api: Api, ctx: AppContext) {
  api.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: limits.importBodyBytes },
    (_req, body, done) => done(null, body),
  );
  api.post(
    '/import',
    {
      bodyLimit: limits.importBodyBytes,
      config: { role: 'admin' },
      schema: {
        operationId: 'importLedger',
        problems: ['conflict'],
        tags: ['ledger'],
        summary:
          'Import a ledger exported by habeas export (JSON, or CSV as text/csv): all or nothing, stored records skipped',
        response: { 200: importSummary },
      },
    },
    async (req) => {
      const doc = typeof req.body === 'string' ? csvToDump(req.body) : req.body;
      return importLedger(ctx.db, doc, undefined, requestActor(req));
    },
  );
}
