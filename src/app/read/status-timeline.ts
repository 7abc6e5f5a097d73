import { compareDates, type PartialDate } from '../../core/model/dates.ts';
import type { Status } from '../../core/model/properties.ts';
import { dateOf, refOf, textOf } from '../../core/model/views.ts';
import type { Stores } from '../../core/ports.ts';
import { type LoadedEntity, loadEntities } from './load-entity.ts';

export interface StatusEntry {
  id: string;
  personId: string;
  date: PartialDate | null;
  status: Status;
  country: string | null;
  releaseId: string | null;
  destination: string | null;
}

/** Status changes (accepted values) of the given persons, each list in date order. */
export async function statusTimelines(
  stores: Stores,
  personIds: readonly string[],
): Promise<Map<string, StatusEntry[]>> {
  if (personIds.length === 0) return new Map();
  return timelinesOf(personIds, await statusChangesOf(stores, personIds));
}

/** Every status change naming one of these persons (in any state), loaded. */
export async function statusChangesOf(
  stores: Stores,
  personIds: readonly string[],
): Promise<LoadedEntity[]> {
  const refs = await stores.claims.claimsReferring(personIds, 'person');
  const changeIds = [
    ...new Set(refs.filter((c) => c.subjectType === 'status_change').map((c) => c.subjectId)),
  ];
  return loadEntities(stores, changeIds);
}

/**
 * The timelines of these persons from status changes already loaded (others are ignored), each
 * in date order.
 */
export function timelinesOf(
  personIds: readonly string[],
  changes: readonly LoadedEntity[],
): Map<string, StatusEntry[]> {
  const out = new Map<string, StatusEntry[]>(personIds.map((id) => [id, []]));
  for (const entry of toEntries(changes)) out.get(entry.personId)?.push(entry);
  for (const list of out.values()) list.sort(byDate);
  return out;
}

/** Every status change in the ledger; the input of counts over time. */
export async function allStatusEntries(stores: Stores): Promise<StatusEntry[]> {
  const records = await stores.entities.listEntities('status_change', { limit: 10_000_000 });
  return toEntries(
    await loadEntities(
      stores,
      records.map((r) => r.id),
    ),
  ).sort(byDate);
}

/** Dated entries in date order, undated ones last. */
export function byDate(a: StatusEntry, b: StatusEntry): number {
  if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : 0;
  return compareDates(a.date, b.date);
}

function toEntries(loaded: readonly LoadedEntity[]): StatusEntry[] {
  return loaded.flatMap(({ entity, projection: p }) => {
    const personId = refOf(p, 'person');
    const status = textOf(p, 'status') as Status | null;
    if (!personId || !status) return [];
    return [
      {
        id: entity.id,
        personId,
        date: dateOf(p, 'date'),
        status,
        country: textOf(p, 'country'),
        releaseId: refOf(p, 'release'),
        destination: textOf(p, 'destination'),
      },
    ];
  });
}
