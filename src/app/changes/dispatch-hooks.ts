/**
 * The webhook dispatcher (docs/whats-new.md): reads the claims and reviews stored after its
 * mark, works out what they changed (release events created or changed, new conflicts) and
 * writes one delivery per event and hook, moving the mark in the same transaction. A crash
 * before that commit leaves the mark where it was, so the next run does the same work again;
 * after it, the deliveries are stored and the mark past them, so nothing is told twice. Two
 * dispatchers (two servers on one PostgreSQL) may both do the work; only the first commits.
 */
import type { HookDelivery } from '../../core/hooks.ts';
import { hookPayload } from '../../core/hooks.ts';
import type { SeqCut } from '../../core/model/changes.ts';
import type { EntityType } from '../../core/model/claim.ts';
import type { AppContext } from '../context.ts';
import { changesBetween } from './entity-changes.ts';

/**
 * Entities whose changes hooks hear of: releases and deals, whose values are the public's
 * kind of facts. Persons are left out: their conflicts may hold what a record keeps private,
 * and a hook's address is outside the staff's walls.
 */
const hookTypes: readonly EntityType[] = ['release_event', 'deal'];

/** Claims and reviews read in one run (each): bounds one run's work and its transaction. */
export const dispatchBatch = 500;

export interface DispatchResult {
  /** Events found and deliveries written by this run. */
  events: number;
  deliveries: number;
  /** Where the mark went; `more`: the run stopped at its batch, call again. */
  upTo: SeqCut;
  more: boolean;
  /** False when another dispatcher moved the mark first (this run stored nothing). */
  committed: boolean;
}

const sameCut = (a: SeqCut, b: SeqCut) => a.claims === b.claims && a.reviews === b.reviews;

export async function dispatchHooks(
  ctx: AppContext,
  batch: number = dispatchBatch,
): Promise<DispatchResult> {
  const { db } = ctx;
  const mark = await db.hooks.mark(await db.history.lastCut());
  const { subjects, upTo } = await db.history.touchedAfter(mark, batch);
  const none = { events: 0, deliveries: 0, upTo: mark, more: false, committed: true };
  if (sameCut(upTo, mark)) return none;
  const hooks = await db.hooks.active();
  const at = ctx.clock.now();
  const deliveries: HookDelivery[] = [];
  let events = 0;
  // No hook: nothing to work out, the mark just moves on.
  if (hooks.length) {
    const changes = await changesBetween(
      db,
      db.history,
      subjects,
      { before: mark, after: upTo },
      hookTypes,
    );
    for (const change of changes) {
      const listeners = hooks.filter((h) => h.events.includes(change.kind));
      if (!listeners.length) continue;
      events += 1;
      const body = JSON.stringify(hookPayload(ctx.ids.next('evt'), change, at));
      for (const h of listeners)
        deliveries.push({
          id: ctx.ids.next('dlv'),
          hookId: h.id,
          event: change.kind,
          body,
          createdAt: at,
          status: 'pending',
          attempts: 0,
          nextAttemptAt: at,
          lastAttemptAt: null,
          lastStatus: null,
          lastError: null,
          deliveredAt: null,
        });
    }
  }
  const committed = await db.hooks.commit(mark, upTo, deliveries, at);
  if (!committed) return { ...none, committed: false };
  const more = upTo.claims - mark.claims >= batch || upTo.reviews - mark.reviews >= batch;
  return { events, deliveries: deliveries.length, upTo, more, committed };
}
