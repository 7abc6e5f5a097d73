/**
 * The order of the release list (newest first, undated last), kept for the life of the
 * process per scope and brought up to date with what changed (the read models' marks), so a
 * commit on a release day reloads the events it touched, not every event. The page's answers
 * themselves are the kept release answers (read-models.ts).
 */
import { compareDates, type PartialDate } from '../../core/model/dates.ts';
import { dateOf } from '../../core/model/views.ts';
import type { Page, Stores } from '../../core/ports.ts';
import type { LedgerCache } from '../ledger-cache.ts';
import { isPublicView } from '../publish/public-view.ts';
import { type ChangesSince, liveValue } from './live-state.ts';
import { loadEntities } from './load-entity.ts';
import { mergeMap, withMembers } from './merged.ts';
import { countryOf } from './release-events.ts';

interface SortKey {
  date: PartialDate | null;
  country: string | null;
  /** Storage order: ties keep it, as the list always has. */
  order: number;
}

interface LiveList {
  keys: Map<string, SortKey>;
  next: number;
  sorted: string[] | null;
}

/** Newest first, undated last, ties in storage order. */
function compareKeys(a: SortKey, b: SortKey): number {
  if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : a.order - b.order;
  return compareDates(b.date, a.date) || a.order - b.order;
}

/** Sort keys of these events (merged ones inside their survivor); merged-away ones absent. */
async function keysOf(stores: Stores, ids: readonly string[]): Promise<Map<string, SortKey>> {
  const map = await mergeMap(stores, 'release_event');
  const own = (await loadEntities(stores, ids)).filter(
    (e) => e.entity.type === 'release_event' && !map.into.has(e.entity.id),
  );
  const whole = await Promise.all(own.map((e) => withMembers(stores, e, map)));
  return new Map(
    whole.map((e) => [
      e.entity.id,
      { date: dateOf(e.projection, 'date'), country: countryOf(e), order: 0 },
    ]),
  );
}

async function fullList(stores: Stores): Promise<LiveList> {
  const records = await stores.entities.listEntities('release_event', { limit: 10_000_000 });
  const found = await keysOf(
    stores,
    records.map((r) => r.id),
  );
  const keys = new Map<string, SortKey>();
  records.forEach((r, i) => {
    const k = found.get(r.id);
    if (k) keys.set(r.id, { ...k, order: i });
  });
  return { keys, next: records.length, sorted: null };
}

async function applyChanged(
  live: LiveList,
  stores: Stores,
  changed: readonly string[],
): Promise<LiveList> {
  const events = (await stores.entities.getEntities(changed))
    .filter((e) => e.type === 'release_event')
    .map((e) => e.id);
  const found = await keysOf(stores, events);
  for (const id of events) {
    const k = found.get(id);
    if (!k) live.keys.delete(id);
    else live.keys.set(id, { ...k, order: live.keys.get(id)?.order ?? live.next++ });
  }
  if (events.length) live.sorted = null;
  return live;
}

/**
 * The ids of one page of the release list, newest first, and the number listed: from the live
 * order when what changed is at hand (`changes`), else null (the caller lists as before).
 */
export async function releasePage(
  cache: LedgerCache,
  stores: Stores,
  filter: Page & { country?: string },
  changes: ChangesSince,
): Promise<{ ids: string[]; total: number } | null> {
  const now = await cache.current();
  if (now === null) return null;
  const scope = isPublicView(stores) ? 'public' : 'staff';
  const live = await liveValue(
    cache,
    `release-list|${scope}`,
    now,
    changes,
    () => fullList(stores),
    (list, changed) => applyChanged(list, stores, changed),
  );
  live.sorted ??= [...live.keys.entries()]
    .sort((a, b) => compareKeys(a[1], b[1]))
    .map(([id]) => id);
  const listed = filter.country
    ? live.sorted.filter((id) => live.keys.get(id)!.country === filter.country)
    : live.sorted;
  const offset = filter.offset ?? 0;
  return { ids: listed.slice(offset, offset + (filter.limit ?? 100)), total: listed.length };
}
