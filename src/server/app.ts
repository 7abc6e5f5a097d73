import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from '../app/context.ts';
import { type AuthOptions, installAuth } from './auth/plugin.ts';
import { authRoutes } from './auth/routes.ts';
import { userRoutes } from './auth/users.ts';
import { buildId } from './build-id.ts';
import { type ClientLimits, installClientLimits } from './client-limits.ts';
import { drainOnClose } from './drain.ts';
import { installErrorHandler } from './errors.ts';
import { healthRoute } from './health.ts';
import { installInputChecks } from './hostile-input.ts';
import { installLedgerETags } from './ledger-etag.ts';
import { swaggerOptions } from './openapi.ts';
import { startReadRefresher } from './read-refresher.ts';
import { auditRoutes } from './routes/audit.ts';
import { claimRoutes } from './routes/claims.ts';
import { countRoutes } from './routes/counts.ts';
import { dealRoutes } from './routes/deals.ts';
import { feedRoutes } from './routes/feeds.ts';
import { importRoutes } from './routes/import.ts';
import { mergeRoutes } from './routes/merges.ts';
import { personRoutes } from './routes/persons.ts';
import { releaseRoutes } from './routes/releases.ts';
import { reportRoutes } from './routes/reports.ts';
import { sourceRoutes } from './routes/sources.ts';
import { watchedRoutes } from './routes/watched.ts';
import { webViewRoutes } from './routes/web-views.ts';
import { whatsNewRoutes } from './routes/whats-new.ts';
import { installSecurityHeaders } from './security-headers.ts';
import { hasWebApp, serveWebApp } from './static.ts';

export interface ServerOptions {
  logLevel?: string;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** Folder of the built web app (default web/dist); served beside the API when it exists. */
  webDist?: string;
  /** Cookies, session length and sign-in rate limits (src/server/auth/plugin.ts). */
  auth?: AuthOptions;
  /**
   * How often to rebuild the read models' answers reached by changes (read-refresher.ts);
   * absent or 0: never (answers are built on read). `habeas serve` passes the configured one.
   */
  readRefreshMs?: number;
  /** How long closing waits for running requests (src/server/drain.ts; default 10 s). */
  drainMs?: number;
  /**
   * Per-client rate limits of anonymous API callers (src/server/client-limits.ts). `habeas serve`
   * passes the configured ones (HABEAS_RATE_LIMIT*, on by default); a server built without
   * them (tests, benchmarks in-process) has none.
   */
  clientLimits?: ClientLimits;
  /** Which build answers, in every ETag (src/server/build-id.ts; default: a digest of the code). */
  buildId?: string;
}

/** The API's version in its OpenAPI document. */
const apiVersion = '0.1.0';

export type TypedServer = ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance;

/** Builds the HTTP API (not listening yet) over an application context. */
export async function buildServer(
  ctx: AppContext,
  opts: ServerOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: opts.logLevel ?? 'silent' },
    bodyLimit: opts.bodyLimit ?? 5 * 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  // First: every request, even one refused by a later hook, is counted until answered.
  drainOnClose(app, opts.drainMs);
  await installSecurityHeaders(app);
  installInputChecks(app);
  // Before any route: sets req.viewer, checks CSRF and each route's role (docs/security.md).
  const auth = await installAuth(app, ctx, opts.auth);
  // After auth (who reads is in the tag), before the per-client limits: a 304 is not counted.
  installLedgerETags(app, ctx, opts.buildId ?? buildId());
  if (opts.clientLimits) await installClientLimits(app, ctx, opts.clientLimits);
  await app.register(swagger, swaggerOptions(apiVersion));
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const routes of [
    personRoutes,
    releaseRoutes,
    dealRoutes,
    sourceRoutes,
    claimRoutes,
    countRoutes,
    webViewRoutes,
    reportRoutes,
    importRoutes,
    mergeRoutes,
    auditRoutes,
    whatsNewRoutes,
    watchedRoutes,
    authRoutes(auth),
    userRoutes(auth),
  ]) {
    await typed.register(async (scope) => routes(scope.withTypeProvider<ZodTypeProvider>(), ctx), {
      prefix: '/api',
    });
  }
  // Outside /api: a feed's address is for feed readers, not API clients (docs/open-data.md).
  await typed.register(async (scope) => feedRoutes(scope.withTypeProvider<ZodTypeProvider>(), ctx));
  const refresher = opts.readRefreshMs ? startReadRefresher(app, ctx, opts.readRefreshMs) : null;
  healthRoute(app, ctx, refresher);
  // Tests and operators' scripts may run it at once (app.readRefresher.runNow()).
  if (refresher) app.decorate('readRefresher', refresher);
  if (hasWebApp(opts.webDist)) await serveWebApp(app, opts.webDist);
  return app;
}
