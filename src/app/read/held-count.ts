/**
 * Political prisoners held on a date from the read model (held_spans, see
 * src/core/model/held-spans.ts) when the stores have one: the named count is one indexed sum,
 * and only the few unnamed aggregates (with their members' own events) are reconciled here.
 * Without a read model (in-memory fakes) it gives null: replay every status change with heldAt,
 * which gives the same answer. The ids held are read a page at a time (held-ids.ts).
 */
import { toAggregateEvent, toStatusEvent } from '../../core/model/count-inputs.ts';
import type { HeldCount } from '../../core/model/counts.ts';
import { toAggregateView, toStatusChangeView } from '../../core/model/entities.ts';
import { type HeldSteps, heldOnDay } from '../../core/model/held-spans.ts';
import {
  type AggregateEvent,
  aggregateTransitions,
  normCountry,
  type StatusEvent,
} from '../../core/model/transitions.ts';
import type { Stores } from '../../core/ports.ts';
import type { LedgerCache } from '../ledger-cache.ts';
import { loadAllOfType, loadEntities } from './load-entity.ts';

/** A count's figures: every person held, the named ones and those of unnamed aggregates. */
export type HeldFigures = Omit<HeldCount, 'personIds'>;

/** Status events of these persons only. */
async function eventsOf(stores: Stores, personIds: readonly string[]): Promise<StatusEvent[]> {
  if (personIds.length === 0) return [];
  const refs = await stores.claims.claimsReferring(personIds, 'person');
  const changes = await loadEntities(stores, [
    ...new Set(refs.filter((c) => c.subjectType === 'status_change').map((c) => c.subjectId)),
  ]);
  const wanted = new Set(personIds);
  return changes.flatMap((c) => {
    const e = toStatusEvent(toStatusChangeView(c.entity.id, c.projection));
    return e && wanted.has(e.personId) ? [e] : [];
  });
}

/** Every move of unnamed people between custody states, as heldAt counts them. */
async function unnamedMoves(stores: Stores) {
  const aggregates: AggregateEvent[] = (await loadAllOfType(stores, 'aggregate')).flatMap(
    (a) => toAggregateEvent(toAggregateView(a.entity.id, a.projection)) ?? [],
  );
  if (aggregates.length === 0) return [];
  const events = await eventsOf(stores, [...new Set(aggregates.flatMap((a) => a.memberIds))]);
  return aggregateTransitions({ events, aggregates });
}

/**
 * Unnamed people of aggregates held in `country` on `day`. Their moves are read once per
 * ledger version where a cache is given (a count is asked for every day of a chart, and by
 * every reader on a release day), else for each count.
 */
async function unnamedHeld(
  stores: Stores,
  country: string,
  day: string,
  cache?: LedgerCache,
): Promise<number> {
  const moves = cache
    ? await cache.memo(stores, 'unnamed-moves', () => unnamedMoves(stores))
    : await unnamedMoves(stores);
  const target = normCountry(country);
  let unnamed = 0;
  for (const t of moves) if (t.to === target && t.day <= day) unnamed += t.people;
  return unnamed;
}

/**
 * A country's steps (core/model/held-spans.ts) read once per ledger version where a cache is
 * given: every day's count is then a search in them (a chart asks for every day, a release
 * day's readers for many), and they say how to read a day's ids (heldIdsPlan).
 */
export function heldSteps(
  stores: Stores,
  country: string,
  cache?: LedgerCache,
): Promise<HeldSteps> | null {
  const held = stores.held;
  if (!held || !cache) return null;
  return cache.memo(stores, `held-steps:${country}`, () => held.steps(country));
}

/** The figures heldAt gives for a day YYYY-MM-DD (the held persons' ids: held-ids.ts). */
export async function heldCount(
  stores: Stores,
  country: string,
  day: string,
  cache?: LedgerCache,
): Promise<HeldFigures | null> {
  const held = stores.held;
  if (!held) return null;
  const steps = heldSteps(stores, country, cache);
  const named = steps ? steps.then((s) => heldOnDay(s, day)) : held.namedOn(country, day);
  const [n, unnamed] = await Promise.all([named, unnamedHeld(stores, country, day, cache)]);
  return { count: n + unnamed, named: n, unnamed };
}
