import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { databaseUnavailable } from './errors.ts';
import type { ReadRefresher } from './read-refresher.ts';

/** How long the health check waits for the database before calling it down. */
const probeMs = 2000;

/**
 * GET /api/health: 200 `{ ok: true, database }` when the database answers, else 503
 * `{ ok: false, database, error: 'database_unavailable', message }`. For load balancers and
 * monitoring; it reads one row by primary key, so it is cheap on any ledger size. Where the
 * server runs the read models' refresher, `readModels` says how far behind their answers are.
 */
export function healthRoute(
  app: FastifyInstance,
  ctx: AppContext,
  refresher: ReadRefresher | null = null,
): void {
  app.get('/api/health', { schema: { hide: true } }, async (_req, reply) => {
    const kind = ctx.db.kind;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${probeMs} ms`)), probeMs);
    });
    try {
      await Promise.race([ctx.db.entities.getEntity('health_check'), timeout]);
      // The read models' refresher of this process, as it last saw itself (no read here).
      return refresher
        ? { ok: true, database: kind, readModels: refresher.status() }
        : { ok: true, database: kind };
    } catch (e) {
      reply.log.warn(`health check: database unavailable: ${(e as Error).message}`);
      return reply.code(503).send({ ok: false, database: kind, ...databaseUnavailable });
    } finally {
      clearTimeout(timer);
    }
  });
}
