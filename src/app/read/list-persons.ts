import type { NameValue } from '../../core/model/values.ts';
import { displayName, namesOf, numberOf, textsOf } from '../../core/model/views.ts';
import type { Page, Stores } from '../../core/ports.ts';
import { loadEntities } from './load-entity.ts';
import { mergeMap } from './merged.ts';
import { type StatusEntry, statusChangesOf, timelinesOf } from './status-timeline.ts';

export interface PersonSummary {
  id: string;
  name: string;
  names: NameValue[];
  occupations: string[];
  birthYear: number | null;
  /** The latest status change, or null when none is known. */
  status: StatusEntry | null;
  /** The country of the latest status change that names one. */
  country: string | null;
  /** The latest release the status changes record (the event and its day). */
  release: { id: string; date: StatusEntry['date'] } | null;
}

/** A person's summary with every entity id it was read from (read-models.ts). */
export interface BuiltSummary {
  id: string;
  value: PersonSummary;
  deps: string[];
}

/** Summaries for persons by id, in the order given. */
export async function summarisePersons(
  stores: Stores,
  ids: readonly string[],
): Promise<PersonSummary[]> {
  return (await buildSummaries(stores, ids)).map((b) => b.value);
}

/** Summaries with what each was read from: the person and every status change naming them. */
export async function buildSummaries(
  stores: Stores,
  ids: readonly string[],
): Promise<BuiltSummary[]> {
  const [loaded, changes] = await Promise.all([
    loadEntities(stores, ids),
    statusChangesOf(stores, ids),
  ]);
  const timelines = timelinesOf(ids, changes);
  const changesOf = new Map<string, string[]>();
  for (const c of changes)
    for (const claim of c.claims)
      if (claim.property === 'person' && claim.value.type === 'ref')
        changesOf.set(claim.value.id, [...(changesOf.get(claim.value.id) ?? []), c.entity.id]);
  return loaded.map(({ entity, projection }) => {
    const timeline = timelines.get(entity.id) ?? [];
    const released = timeline.findLast((t) => t.releaseId !== null);
    return {
      id: entity.id,
      deps: [entity.id, ...(changesOf.get(entity.id) ?? [])],
      value: {
        id: entity.id,
        name: displayName(projection, entity.id),
        names: namesOf(projection),
        occupations: textsOf(projection, 'occupation'),
        birthYear: numberOf(projection, 'birthYear')?.value ?? null,
        status: timeline.at(-1) ?? null,
        country: timeline.findLast((t) => t.country !== null)?.country ?? null,
        release: released ? { id: released.releaseId!, date: released.date } : null,
      },
    };
  });
}

/** Summaries of persons by id, in order: built now, or kept answers (read-models.ts). */
export type Summaries = (ids: readonly string[]) => Promise<PersonSummary[]>;

export async function listPersons(
  stores: Stores,
  page: Page = {},
  summaries: Summaries = (ids) => summarisePersons(stores, ids),
): Promise<{ items: PersonSummary[]; total: number }> {
  const merged = (await mergeMap(stores, 'person')).into;
  // Persons merged into others are left out (their claims show under the survivor).
  const [records, total] = merged.size
    ? await listWithout(stores, merged, page)
    : await Promise.all([
        stores.entities.listEntities('person', page),
        stores.entities.countEntities('person'),
      ]);
  return { items: await summaries(records.map((r) => r.id)), total };
}

async function listWithout(
  stores: Stores,
  merged: ReadonlyMap<string, string>,
  page: Page,
): Promise<[Awaited<ReturnType<Stores['entities']['listEntities']>>, number]> {
  const all = (await stores.entities.listEntities('person', { limit: 1_000_000 })).filter(
    (r) => !merged.has(r.id),
  );
  const offset = page.offset ?? 0;
  return [all.slice(offset, offset + (page.limit ?? 100)), all.length];
}
