import type { NameValue } from '../../core/model/values.ts';
import { displayName, namesOf, numberOf, textsOf } from '../../core/model/views.ts';
import type { Page, Stores } from '../../core/ports.ts';
import { loadEntities } from './load-entity.ts';
import { mergeMap } from './merged.ts';
import { type StatusEntry, statusTimelines } from './status-timeline.ts';

export interface PersonSummary {
  id: string;
  name: string;
  names: NameValue[];
  occupations: string[];
  birthYear: number | null;
  /** The latest status change, or null when none is known. */
  status: StatusEntry | null;
}

/** Summaries for persons by id, in the order given. */
export async function summarisePersons(
  stores: Stores,
  ids: readonly string[],
): Promise<PersonSummary[]> {
  const [loaded, timelines] = await Promise.all([
    loadEntities(stores, ids),
    statusTimelines(stores, ids),
  ]);
  return loaded.map(({ entity, projection }) => ({
    id: entity.id,
    name: displayName(projection, entity.id),
    names: namesOf(projection),
    occupations: textsOf(projection, 'occupation'),
    birthYear: numberOf(projection, 'birthYear')?.value ?? null,
    status: timelines.get(entity.id)?.at(-1) ?? null,
  }));
}

export async function listPersons(
  stores: Stores,
  page: Page = {},
): Promise<{ items: PersonSummary[]; total: number }> {
  const merged = (await mergeMap(stores, 'person')).into;
  // Persons merged into others are left out (their claims show under the survivor).
  const [records, total] = merged.size
    ? await listWithout(stores, merged, page)
    : await Promise.all([
        stores.entities.listEntities('person', page),
        stores.entities.countEntities('person'),
      ]);
  return {
    items: await summarisePersons(
      stores,
      records.map((r) => r.id),
    ),
    total,
  };
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
