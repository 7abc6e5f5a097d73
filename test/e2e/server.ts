/**
 * A real Habeas server for browser tests and the web benchmark: in-memory PGlite, the API and
 * the built web app, listening on a free port.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openDatabase } from '../../src/adapters/db/connect.ts';
import { readSampleLedger } from '../../src/adapters/sample-ledger.ts';
import type { AppContext } from '../../src/app/context.ts';
import { loadSampleIfEmpty } from '../../src/app/transfer/load-sample.ts';
import type { Database } from '../../src/core/ports.ts';
import { buildServer } from '../../src/server/app.ts';
import { appContext } from '../support/app-context.ts';

export const root = join(import.meta.dirname, '../..');
export const webDist = join(root, 'web/dist');

/**
 * Builds the web app with Vite's API into `outDir` (default web/dist), unless `reuse` and a
 * build is already there. Tests build into test-output so they never touch web/dist.
 */
export async function buildWebApp(outDir = webDist, reuse = false): Promise<string> {
  if (reuse && existsSync(join(outDir, 'index.html'))) return outDir;
  const { build } = await import('vite');
  await build({
    configFile: join(root, 'web/vite.config.ts'),
    build: { outDir, emptyOutDir: true },
    logLevel: 'warn',
  });
  return outDir;
}

export interface RunningServer {
  url: string;
  ctx: AppContext;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function startServer(
  opts: {
    sample?: boolean;
    seed?: (ctx: AppContext) => Promise<void>;
    webDist?: string;
    /** How the app reads the web (src/wiring.ts newsPorts); absent: URL and HTML input refused. */
    context?: Pick<AppContext, 'htmlToText' | 'fetchReport'>;
    /** Called on the built server before it listens (a test's own hooks). */
    configure?: (app: FastifyInstance) => void;
    /**
     * Opens the empty database the server starts from; default a new in-memory PGlite. The
     * browser tests pass `pgliteBackend.open`, which starts it from the run's migrated template.
     */
    open?: () => Promise<Database>;
  } = {},
): Promise<RunningServer> {
  const db = await (opts.open ?? (() => openDatabase({ memory: true })))();
  const ctx = appContext(db, opts.context);
  if (opts.sample ?? true) await loadSampleIfEmpty(db, readSampleLedger);
  if (opts.seed) await opts.seed(ctx);
  const app = await buildServer(ctx, { webDist: opts.webDist ?? webDist });
  opts.configure?.(app);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    ctx,
    app,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
