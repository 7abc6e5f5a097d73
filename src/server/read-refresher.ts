/**
 * Runs the read models' refresher (app/read/refresh-read-models.ts) in the server process on a
 * timer, one run at a time, and keeps what it saw for /api/health: the health check itself
 * must stay one primary-key read (it is the floor of the load benchmark), so the lag is the
 * refresher's own measurement, not a query per check.
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { refresherName, refreshReadModels } from '../app/read/refresh-read-models.ts';

export interface RefresherStatus {
  /** The ledger version the kept answers are built at or after. */
  builtTo: number | null;
  /** Milliseconds from the oldest change not yet rebuilt to the end of the last run. */
  lagMs: number;
  /** When the last run ended (ISO), and how long it took. */
  lastRunAt: string | null;
  lastRunMs: number | null;
  lastError: string | null;
}

export interface ReadRefresher {
  status(): RefresherStatus;
  /** One run now (or the running one), for tests and after a write of this process. */
  runNow(): Promise<void>;
}

export function startReadRefresher(
  app: FastifyInstance,
  ctx: AppContext,
  everyMs: number,
): ReadRefresher {
  const state: RefresherStatus = {
    builtTo: null,
    lagMs: 0,
    lastRunAt: null,
    lastRunMs: null,
    lastError: null,
  };
  let running: Promise<void> | null = null;
  let stopped = false;
  // Never throws: a run that fails (the database down, say) is recorded and the next one
  // tries again; a rejection here would be unhandled in the timer and end the process.
  const run = async () => {
    const started = Date.now();
    try {
      // The oldest change waiting, before the run: how far behind the answers were.
      const pending = await pendingSince(ctx, state.builtTo);
      const result = await refreshReadModels(ctx.db);
      state.builtTo = result?.version ?? null;
      state.lastError = null;
      state.lagMs = pending === null ? 0 : Math.max(0, Date.now() - pending);
    } catch (e) {
      state.lastError = (e as Error).message;
      app.log.warn(`read models: refresh failed: ${state.lastError}`);
    }
    const ended = Date.now();
    state.lastRunAt = new Date(ended).toISOString();
    state.lastRunMs = ended - started;
  };
  const runNow = () => {
    if (stopped) return Promise.resolve();
    running ??= run().finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => void runNow(), everyMs);
  timer.unref();
  app.addHook('onClose', async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  });
  return { status: () => ({ ...state }), runNow };
}

async function pendingSince(ctx: AppContext, builtTo: number | null): Promise<number | null> {
  if (!ctx.db.reads) return null;
  const from = builtTo ?? (await ctx.db.reads.position(refresherName));
  return (await ctx.db.reads.pendingSince(from)).oldestAt;
}
