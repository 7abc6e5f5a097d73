import { isAbsolute, resolve } from 'node:path';
import { readSampleLedger } from '../../adapters/sample-ledger.ts';
import { ensureFirstAdmin } from '../../app/accounts/first-admin.ts';
import { pollWatchedSources } from '../../app/ingest/watch-poll.ts';
import { repeat, type Schedule } from '../../app/ingest/watch-schedule.ts';
import { loadSampleIfEmpty } from '../../app/transfer/load-sample.ts';
import { type Config, loadConfig } from '../../config.ts';
import { buildServer } from '../../server/app.ts';
import { accountsOf, openApp, watchReader } from '../../wiring.ts';
import { cliActor, watchActor } from '../actor.ts';
import type { CliIo } from '../command.ts';
import { type Command, parseCommandArgs, UsageError } from '../command.ts';
import { configuredSender, hookIntervalMs, startHookRunner } from '../hooks-runner.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the API (and the web app) over HTTP',
  help: `Usage: habeas serve [--host H] [--port P] [--sample]

Serves the HTTP API under /api (OpenAPI docs at /api/docs) on http://HOST:PORT.

On a database with no users it first creates the user 'admin' (role admin) with
HABEAS_ADMIN_PASSWORD, or with a generated password printed once to standard error.

It also sends the webhooks (habeas hooks): every few seconds it turns what the ledger
changed into deliveries and sends those that are due (docs/whats-new.md).

On the embedded database it also reads the watched sources that are due (docs/watch.md),
every HABEAS_WATCH_TICK_SECONDS (30; 0 turns it off). On PostgreSQL, \`habeas worker\` does.

Options:
  --host H    address to listen on (default HABEAS_HOST or 127.0.0.1)
  --port P    port (default HABEAS_PORT or 8080; 0 picks a free one)
  --sample    load the sample ledger (data/sample-ledger.json) first if the
              database is empty
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      host: { type: 'string' },
      port: { type: 'string' },
      sample: { type: 'boolean' },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const config = loadConfig(io.env);
    const port = values.port === undefined ? config.HABEAS_PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port: expected 0-65535, got '${values.port}'`);
    const dataDir = isAbsolute(config.HABEAS_DATA_DIR)
      ? config.HABEAS_DATA_DIR
      : resolve(io.cwd, config.HABEAS_DATA_DIR);
    const ctx = await openApp({ ...config, HABEAS_DATA_DIR: dataDir });
    if (values.sample) {
      const loaded = await loadSampleIfEmpty(ctx.db, readSampleLedger);
      if (loaded)
        io.err(`loaded the sample ledger: ${loaded.entities} entities, ${loaded.claims} claims\n`);
    }
    const sessionTtlMs = config.HABEAS_SESSION_HOURS * 3_600_000;
    // First start: someone must be able to sign in. The password goes to stderr once, nowhere else.
    const admin = await ensureFirstAdmin(
      accountsOf(ctx, sessionTtlMs),
      config.HABEAS_ADMIN_PASSWORD,
      cliActor(),
    );
    if (admin?.generatedPassword)
      io.err(
        `created the first user 'admin' (role admin) with password: ${admin.generatedPassword}\n  (shown once; sign in and keep it safe, or set HABEAS_ADMIN_PASSWORD before the first start)\n`,
      );
    else if (admin)
      io.err(`created the first user 'admin' (role admin) with HABEAS_ADMIN_PASSWORD\n`);
    const app = await buildServer(ctx, {
      logLevel: config.HABEAS_LOG_LEVEL === 'info' ? 'warn' : config.HABEAS_LOG_LEVEL,
      auth: { cookieSecure: config.HABEAS_COOKIE_SECURE, sessionTtlMs },
      readRefreshMs: config.HABEAS_READ_REFRESH_MS,
      ...(config.HABEAS_RATE_LIMIT > 0 && {
        clientLimits: {
          max: config.HABEAS_RATE_LIMIT,
          expensiveMax: config.HABEAS_RATE_LIMIT_EXPENSIVE,
          windowMs: config.HABEAS_RATE_LIMIT_WINDOW_SECONDS * 1000,
        },
      }),
    });
    const address = await app.listen({ host: values.host ?? config.HABEAS_HOST, port });
    io.err(
      `Habeas on ${ctx.db.kind === 'pglite' ? `embedded database ${dataDir}` : 'PostgreSQL'}: ${address} (API docs ${address}/api/docs)\n`,
    );
    const hooks = startHookRunner(ctx, configuredSender(config), {
      intervalMs: hookIntervalMs,
      log: io.err,
    });
    const watch = ctx.db.kind === 'pglite' ? watchInProcess(ctx, config, io) : null;
    await new Promise<void>((done) => {
      const stop = async () => {
        await hooks.stop();
        await app.close();
        // Before the database closes: a read in flight finishes (or is given up on).
        await watch?.stop();
        await ctx.db.close();
        done();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};

/**
 * The watch schedule in the server's own process (the embedded database takes one process, so
 * no other can read the sources): every tick reads the due sources, one after another.
 */
function watchInProcess(
  ctx: Awaited<ReturnType<typeof openApp>>,
  config: Config,
  io: CliIo,
): Schedule | null {
  if (config.HABEAS_WATCH_TICK_SECONDS <= 0) return null;
  const read = watchReader(config);
  return repeat(
    async (signal) => {
      for (const r of await pollWatchedSources(ctx, read, { by: watchActor(), signal }))
        if (r.status === 'failed') io.err(`habeas serve: watch: ${r.url}: ${r.error}\n`);
    },
    config.HABEAS_WATCH_TICK_SECONDS * 1000,
    (e) => io.err(`habeas serve: watch: ${e.message}\n`),
  );
}
