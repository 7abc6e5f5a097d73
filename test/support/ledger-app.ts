/**
 * The API over a ledger for HTTP tests (no web app, built or not): a database of `backend` holding `ledger` (the shipped
 * sample unless given), a context with a fixed clock and the ledger cache, and the server.
 */

import type { FastifyInstance } from 'fastify';
import { readSampleLedger } from '../../src/adapters/sample-ledger.ts';
import type { AppContext } from '../../src/app/context.ts';
import { importLedger } from '../../src/app/transfer/import-ledger.ts';
import { buildServer } from '../../src/server/app.ts';
import { appContext } from './app-context.ts';
import type { Backend } from './databases.ts';
import { FixedClock } from './factories.ts';

export async function ledgerApp(
  backend: Backend,
  ledger?: unknown,
): Promise<{ ctx: AppContext; app: FastifyInstance }> {
  const db = await backend.open();
  await importLedger(db, ledger ?? (await readSampleLedger()));
  const ctx = appContext(db, { clock: new FixedClock('2026-01-01T00:00:00.000Z') });
  // The API only: a web/dist left by `npm start` would add its assets as routes.
  return { ctx, app: await buildServer(ctx, { webDist: '/nonexistent/web-dist' }) };
}
