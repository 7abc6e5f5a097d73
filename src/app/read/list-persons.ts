import type { NameValue } from '../../core/model/values.ts';
import { namesOf, numberOf, textsOf } from '../../core/model/views.ts';
import type { Page, Stores } from '../../core/ports.ts';
import { buildDossiers, type PersonDossier } from './get-person.ts';
import { mergeMap } from './merged.ts';
import type { StatusEntry } from './status-timeline.ts';

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

/** Summaries for persons by id, in the order given. */
export async function summarisePersons(
  stores: Stores,
  ids: readonly string[],
): Promise<PersonSummary[]> {
  return (await buildSummaries(stores, ids)).map((b) => b.value);
}

/**
 * Summaries with what each was read from: cut from the dossiers (so a rebuild of the read
 * models builds both from one read of each person, and the two always agree).
 */
export async function buildSummaries(
  stores: Stores,
  ids: readonly string[],
): Promise<Array<{ id: string; value: PersonSummary; deps: string[] }>> {
  return (await buildDossiers(stores, ids)).map((d) => ({
    id: d.id,
    value: summaryOf(d.value),
    deps: d.deps,
  }));
}

/** A person's summary, from their dossier (members' status changes included). */
export function summaryOf(d: PersonDossier): PersonSummary {
  const released = d.timeline.findLast((t) => t.releaseId !== null);
  return {
    id: d.id,
    name: d.name,
    names: namesOf(d.projection),
    occupations: textsOf(d.projection, 'occupation'),
    birthYear: numberOf(d.projection, 'birthYear')?.value ?? null,
    status: d.timeline.at(-1) ?? null,
    country: d.timeline.findLast((t) => t.country !== null)?.country ?? null,
    release: released ? { id: released.releaseId!, date: released.date } : null,
  };
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
