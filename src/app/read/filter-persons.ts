import { heldAt, type StatusEvent } from '../../core/model/counts.ts';
import { headlineName, type ReaderLanguage } from '../../core/names/headline.ts';
import type { Stores } from '../../core/ports.ts';
import type { LedgerCache } from '../ledger-cache.ts';
import { hiddenIds } from '../publish/public-view.ts';
import { cachedCountData } from './count-cache.ts';
import { type PersonSummary, summarisePersons } from './list-persons.ts';
import type { ChangesSince } from './live-state.ts';
import { inReaderOrder, personOrder } from './person-order.ts';
import { searchPersons } from './search-persons.ts';

export interface PersonFilter {
  /** A name in any script or spelling; results keep the name engine's ranking. */
  q?: string;
  /** Latest known status ('detained', 'released', ...). */
  status?: string;
  /** Held or released in this country (any status change or detention there). */
  country?: string;
  /** Part of an occupation, case-insensitive ('journalist'). */
  occupation?: string;
  /** Released in this release event. */
  release?: string;
  /** Held in this country today: the people behind the registry count. */
  held?: string;
  /**
   * The reader's language: the list in the order of each person's name for that reader, as the
   * language collates (person-order.ts), and a search's equally good matches so too. Without
   * it: by id, and a search's ties by id.
   */
  lang?: ReaderLanguage;
  limit?: number;
  offset?: number;
}

export interface FilteredPersons {
  items: Array<PersonSummary & { match?: { name: string; score: number; decision: string } }>;
  total: number;
  /** How many persons have each latest status and each country, over the whole registry. */
  facets: { statuses: Record<string, number>; countries: Record<string, number> };
}

function latestByPerson(entries: readonly StatusEvent[]): Map<string, StatusEvent> {
  // Events come sorted by date (undated ones are not counted), so the last one wins.
  const latest = new Map<string, StatusEvent>();
  for (const e of entries) latest.set(e.personId, e);
  return latest;
}

function tally(values: Iterable<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/**
 * Persons held or released in a country: from the status changes in memory, and detained there.
 * The database finds the detentions in that country; only they and their persons are read.
 */
async function personsInCountry(stores: Stores, entries: StatusEvent[], country: string) {
  const c = country.trim().toUpperCase();
  const ids = new Set(entries.filter((e) => e.country?.toUpperCase() === c).map((e) => e.personId));
  const places = await stores.claims.listClaims({
    subjectType: 'detention',
    property: 'country',
    state: 'accepted',
    text: c,
  });
  const detentions = places.map((p) => p.subjectId);
  for (const d of await stores.claims.claimsFor(detentions))
    if (d.property === 'person' && d.state === 'accepted' && d.value.type === 'ref')
      ids.add(d.value.id);
  return ids;
}

/** Persons with an accepted occupation containing the words; the database does the matching. */
async function personsWithOccupation(stores: Stores, occupation: string) {
  const claims = await stores.claims.listClaims({
    subjectType: 'person',
    property: 'occupation',
    state: 'accepted',
    textContains: occupation.trim(),
  });
  return new Set(claims.map((c) => c.subjectId));
}

async function personsReleasedIn(stores: Stores, entries: StatusEvent[], releaseId: string) {
  const ids = new Set(entries.filter((e) => e.releaseId === releaseId).map((e) => e.personId));
  for (const c of await stores.claims.claimsFor([releaseId])) {
    if (c.property === 'released' && c.state === 'accepted' && c.value.type === 'ref')
      ids.add(c.value.id);
  }
  return ids;
}

/**
 * Persons matching a name and filters, a page of them, and the registry's status facets. Status,
 * country and release come from the dated status changes the counts use (kept in memory, see
 * count-cache.ts), so filtering a large registry does not read every status change again.
 */
export async function filterPersons(
  cache: LedgerCache,
  stores: Stores,
  f: PersonFilter,
  nowMs: number,
  changes?: ChangesSince,
): Promise<FilteredPersons> {
  const data = await cachedCountData(cache, stores);
  // The counts include private persons (anonymously); a list of persons must not.
  const hidden = hiddenIds(stores);
  const entries = data.input.events.filter((e) => !hidden.has(e.personId));
  const latest = latestByPerson(entries);
  const facets = {
    statuses: tally([...latest.values()].map((e) => e.status)),
    countries: tally(
      [
        ...new Set(
          entries.flatMap((e) => (e.country ? [`${e.personId}|${e.country.toUpperCase()}`] : [])),
        ),
      ].map((k) => k.split('|')[1]!),
    ),
  };
  const sets: Set<string>[] = [];
  if (f.status) {
    sets.push(
      new Set([...latest.values()].filter((e) => e.status === f.status).map((e) => e.personId)),
    );
  }
  if (f.country) sets.push(await personsInCountry(stores, entries, f.country));
  if (f.occupation) sets.push(await personsWithOccupation(stores, f.occupation));
  if (f.release) sets.push(await personsReleasedIn(stores, entries, f.release));
  if (f.held) {
    const today = new Date(nowMs).toISOString().slice(0, 10);
    sets.push(new Set(heldAt(data.input, f.held, today).personIds.filter((id) => !hidden.has(id))));
  }
  const keep = (id: string) => sets.every((s) => s.has(id));
  const limit = f.limit ?? 100;
  const offset = f.offset ?? 0;

  if (f.q?.trim()) {
    const found = (await searchPersons(cache, stores, f.q, 200)).filter((h) => keep(h.person.id));
    const hits = f.lang ? collatedTies(found, f.lang) : found;
    return {
      items: hits.slice(offset, offset + limit).map((h) => ({
        ...h.person,
        match: { name: h.matchedName, score: h.score, decision: h.decision },
      })),
      total: hits.length,
      facets,
    };
  }
  let ids: string[];
  if (f.lang) {
    const order = await personOrder(cache, stores, f.lang, changes);
    ids = sets.length === 0 ? [...order.keys()] : inReaderOrder([...sets[0]!].filter(keep), order);
    return {
      items: await summarisePersons(stores, ids.slice(offset, offset + limit)),
      total: ids.length,
      facets,
    };
  }
  if (sets.length === 0) {
    const records = await stores.entities.listEntities('person', { limit, offset });
    const total = await stores.entities.countEntities('person');
    return {
      items: await summarisePersons(
        stores,
        records.map((r) => r.id),
      ),
      total,
      facets,
    };
  }
  ids = [...sets[0]!].filter(keep).sort();
  const total = ids.length;
  ids = ids.slice(offset, offset + limit);
  return { items: await summarisePersons(stores, ids), total, facets };
}

/** A search's hits by score, those scoring the same by the reader's name as the language collates. */
export function collatedTies<H extends { score: number; person: PersonSummary }>(
  hits: readonly H[],
  lang: ReaderLanguage,
): H[] {
  const collator = new Intl.Collator(lang);
  const name = (h: H) => headlineName(h.person.names, h.person.name, lang);
  return [...hits].sort((a, b) => b.score - a.score || collator.compare(name(a), name(b)));
}
