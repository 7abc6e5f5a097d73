/**
 * The webhook loop of `habeas serve` (either database) and `habeas worker` (PostgreSQL): every
 * few seconds it moves what the ledger changed into the outbox (dispatchHooks) and sends what
 * is due (deliverHooks). Several processes on one PostgreSQL may run it: the outbox's mark is
 * moved by one of them at a time and a delivery is held by one sender at a time
 * (docs/whats-new.md, "Who sends").
 */
import { hookSender } from '../adapters/hooks/send.ts';
import { deliverHooks, type SendHook } from '../app/changes/deliver-hooks.ts';
import { dispatchHooks } from '../app/changes/dispatch-hooks.ts';
import type { AppContext } from '../app/context.ts';
import type { Config } from '../config.ts';
import { deliveryRules } from '../core/hooks.ts';

export interface HookRunner {
  /** Waits for the running round, then stops. */
  stop(): Promise<void>;
}

/** How often a round runs: changes reach a receiver within a few seconds. */
export const hookIntervalMs = 2000;

/** Dispatch runs per round at most: a large import is worked through over a few rounds. */
const dispatchRuns = 20;

/** One round: dispatch until caught up (or the bound), then send what is due. */
export async function hookRound(ctx: AppContext, send: SendHook): Promise<void> {
  for (let i = 0; i < dispatchRuns; i++) if (!(await dispatchHooks(ctx)).more) break;
  await deliverHooks(ctx, send);
}

/** The sender under the configured fetch rules (HABEAS_ALLOW_PRIVATE_FETCH). */
export function configuredSender(config: Pick<Config, 'HABEAS_ALLOW_PRIVATE_FETCH'>): SendHook {
  return hookSender({
    allowPrivate: config.HABEAS_ALLOW_PRIVATE_FETCH,
    timeoutMs: deliveryRules.timeoutMs,
  });
}

export function startHookRunner(
  ctx: AppContext,
  send: SendHook,
  opts: { intervalMs: number; log: (line: string) => void },
): HookRunner {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let lastError = '';
  const round = async () => {
    try {
      await hookRound(ctx, send);
      lastError = '';
    } catch (e) {
      // One line per new failure, not one per round while the database is down.
      const message = e instanceof Error ? e.message : String(e);
      if (message !== lastError) opts.log(`webhooks: ${message}\n`);
      lastError = message;
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round().then(schedule);
    }, opts.intervalMs);
  };
  running = round().then(schedule);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
