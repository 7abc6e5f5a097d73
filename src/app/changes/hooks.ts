/**
 * Managing webhooks (docs/whats-new.md): add, list with their delivery log, remove. Who may do
 * it is the caller's business: the CLI, which has the database's own access.
 */
import { ValidationError } from '../../core/errors.ts';
import { checkSecret, type Hook, type HookEvent, type HookWithLog } from '../../core/hooks.ts';
import { checkReportUrl } from '../../core/report-address.ts';
import type { AppContext } from '../context.ts';

export async function addHook(
  ctx: AppContext,
  input: { url: string; events: HookEvent[]; secret: string },
): Promise<Hook> {
  // The address rule of reports (http or https, no credentials); where it may point (no
  // private addresses) is checked on every delivery, as every fetch is (docs/fetching.md).
  const checked = checkReportUrl(input.url);
  if (!checked.ok) throw new ValidationError(checked.problem.replace(/^url /, ''), 'url');
  checkSecret(input.secret);
  const hooks = ctx.db.hooks;
  const first = (await hooks.active()).length === 0;
  const hook: Hook = {
    id: ctx.ids.next('hook'),
    url: checked.url,
    events: input.events,
    secret: input.secret,
    createdAt: ctx.clock.now(),
  };
  await hooks.add(hook);
  // With no hook before, nobody was owed the changes the dispatcher has not read yet: the first
  // hook hears of what happens from now on, not of the ledger's past.
  if (first) {
    const now = await ctx.db.history.lastCut();
    const mark = await hooks.mark(now);
    await hooks.commit(mark, now, [], hook.createdAt);
  }
  return hook;
}

export function listHooks(ctx: AppContext): Promise<HookWithLog[]> {
  return ctx.db.hooks.list();
}

/** Removes a hook and its deliveries, sent or not. False when there is no such hook. */
export function removeHook(ctx: AppContext, id: string): Promise<boolean> {
  return ctx.db.hooks.remove(id);
}
