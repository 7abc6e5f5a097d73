/**
 * Sending the webhook outbox (docs/whats-new.md): takes the deliveries that are due, sends each
 * (signed, through the address checks of every fetch: src/adapters/hooks) and records what
 * happened. A 2xx answer delivers; anything else (another status, a timeout, a network error)
 * is tried again later, waiting twice as long each time, until the attempts run out; an address
 * the fetch rules refuse is given up at once.
 */
import {
  type AttemptOutcome,
  type DueDelivery,
  deliveryRules,
  retryDelaySeconds,
} from '../../core/hooks.ts';
import type { AppContext } from '../context.ts';

/** Sends one delivery at `at` (its timestamp header); never throws: failures are outcomes. */
export type SendHook = (delivery: DueDelivery, at: string) => Promise<AttemptOutcome>;

export interface DeliverResult {
  delivered: number;
  retrying: number;
  failed: number;
}

type Rules = Pick<
  typeof deliveryRules,
  'maxAttempts' | 'firstRetrySeconds' | 'maxRetrySeconds' | 'leaseSeconds' | 'batch'
>;

const later = (iso: string, seconds: number) =>
  new Date(Date.parse(iso) + seconds * 1000).toISOString();

export async function deliverHooks(
  ctx: AppContext,
  send: SendHook,
  rules: Rules = deliveryRules,
): Promise<DeliverResult> {
  const hooks = ctx.db.hooks;
  const now = ctx.clock.now();
  const due = await hooks.takeDue(now, later(now, rules.leaseSeconds), rules.batch);
  const result: DeliverResult = { delivered: 0, retrying: 0, failed: 0 };
  await Promise.all(
    due.map(async (d) => {
      const outcome = await send(d, now).catch(
        (e: unknown): AttemptOutcome => ({ ok: false, status: null, error: String(e) }),
      );
      const at = ctx.clock.now();
      if (outcome.ok) {
        await hooks.recordAttempt(d.id, at, outcome, { status: 'delivered', nextAttemptAt: at });
        result.delivered += 1;
        return;
      }
      const wait = outcome.permanent ? null : retryDelaySeconds(d.attempts + 1, rules);
      await hooks.recordAttempt(d.id, at, outcome, {
        status: wait === null ? 'failed' : 'pending',
        nextAttemptAt: wait === null ? at : later(at, wait),
      });
      if (wait === null) result.failed += 1;
      else result.retrying += 1;
    }),
  );
  return result;
}
