import { CandidateIndex } from '../../core/names/index.ts';
import type { Stores } from '../../core/ports.ts';
import type { LedgerCache } from '../ledger-cache.ts';
import { isPublicView } from '../publish/public-view.ts';
import { type PersonSummary, type Summaries, summarisePersons } from './list-persons.ts';
import { type ChangesSince, liveValue } from './live-state.ts';

export interface PersonHit {
  person: PersonSummary;
  /** The registered spelling that matched the query best. */
  matchedName: string;
  score: number;
  decision: string;
  evidence: unknown[];
}

async function buildIndex(stores: Stores): Promise<CandidateIndex> {
  const index = new CandidateIndex();
  for (const { entityId, name } of await stores.names.allNames('person')) index.add(entityId, name);
  return index;
}

/**
 * The name index of one scope, kept for the life of the process and brought up to date with
 * what changed instead of rebuilt per ledger version (live-state.ts): the names of each person
 * changed since are added, and `current` holds those persons' names now, so a spelling they no
 * longer have (rejected, corrected) is not found. A merge or a change of what the public may
 * see rebuilds it, as does an index grown by a fifth through updates.
 */
interface LiveIndex {
  index: CandidateIndex;
  current: Map<string, Set<string>>;
  added: number;
}

async function freshIndex(stores: Stores): Promise<LiveIndex> {
  return { index: await buildIndex(stores), current: new Map(), added: 0 };
}

/** The live index of these stores' scope at ledger version `now` or later. */
function liveIndex(
  cache: LedgerCache,
  stores: Stores,
  changes: ChangesSince,
  now: number,
): Promise<LiveIndex> {
  const scope = isPublicView(stores) ? 'public' : 'staff';
  return liveValue(
    cache,
    `person-index|${scope}`,
    now,
    changes,
    () => freshIndex(stores),
    (live, changed) => addChanged(live, stores, changed),
  );
}

async function addChanged(
  live: LiveIndex,
  stores: Stores,
  changed: readonly string[],
): Promise<LiveIndex> {
  if (live.added > Math.max(1000, live.index.size / 5)) return freshIndex(stores);
  const persons = (await stores.entities.getEntities(changed))
    .filter((e) => e.type === 'person')
    .map((e) => e.id);
  const names = persons.length ? await stores.names.allNames('person', persons) : [];
  for (const id of persons) live.current.set(id, new Set());
  for (const { entityId, name } of names) {
    live.current.get(entityId)?.add(name);
    live.index.add(entityId, name);
    live.added += 1;
  }
  return live;
}

/** Whether a hit is a spelling its person still has (see LiveIndex.current). */
const stillNamed = (live: LiveIndex | null, entityId: string, alias: string) =>
  !live?.current.has(entityId) || live.current.get(entityId)!.has(alias);

/**
 * Finds persons by any spelling in any script ('Kolesnikova' finds Maria Kalesnikava), through
 * the name engine, with the database's trigram index as a second net for partial names.
 */
export async function searchPersons(
  cache: LedgerCache,
  stores: Stores,
  query: string,
  limit = 20,
  summaries: Summaries = (ids) => summarisePersons(stores, ids),
  changes?: ChangesSince,
): Promise<PersonHit[]> {
  const ranked = await rankedHits(cache, stores, query, limit, changes);
  const people = await summaries(ranked.map((h) => h.id));
  return ranked.flatMap(({ id, ...h }) => {
    const person = people.find((p) => p.id === id);
    return person ? [{ person, ...h }] : [];
  });
}

/** A hit before its person's summary is joined: the person's id and how the name matched. */
export type RankedHit = Omit<PersonHit, 'person'> & { id: string };

/**
 * The best `limit` persons for `query`, best first, without their summaries (searchPersons
 * joins them; the API joins its kept JSON as it is).
 */
export async function rankedHits(
  cache: LedgerCache,
  stores: Stores,
  query: string,
  limit: number,
  changes?: ChangesSince,
): Promise<RankedHit[]> {
  const q = query.trim();
  if (!q) return [];
  // The in-memory name index over every person alias these stores show. With what changed
  // at hand (the read models' marks), one per scope kept current; else one per ledger
  // version. Either way the build is shared, so a burst of searches on a cold server waits for
  // one build instead of starting one each (at 100,000 persons, seconds and hundreds of MB).
  const now = changes ? await cache.current() : null;
  const live = now === null ? null : await liveIndex(cache, stores, changes!, now);
  const index = live?.index ?? (await cache.memo(stores, 'person-index', () => buildIndex(stores)));
  const best = new Map<
    string,
    { alias: string; score: number; decision: string; evidence: unknown[] }
  >();
  for (const h of index.search(q, { limit: limit * 3 })) {
    if (!stillNamed(live, h.entityId, h.alias)) continue;
    const prev = best.get(h.entityId);
    if (!prev || h.score > prev.score)
      best.set(h.entityId, {
        alias: h.alias,
        score: h.score,
        decision: h.decision,
        evidence: h.evidence,
      });
  }
  // The trigram net is for what the name engine cannot read as a name of anyone: a part of a
  // name ('Bialia'), a badly broken spelling. Once the engine has found the person (a 'match'),
  // names that merely share letters with the query would only pad the page below them, and on
  // a registry of similar surnames that query costs a hundred times the engine's (bench:load).
  const matches = [...best.values()].filter((h) => h.decision === 'match').length;
  const net = matches > 0 ? [] : await stores.names.searchNames(q, 'person', limit);
  for (const h of net) {
    if (!best.has(h.entityId)) {
      best.set(h.entityId, {
        alias: h.name,
        score: h.similarity * 0.8,
        decision: 'review',
        evidence: [{ part: 'text', how: 'trigram', score: h.similarity }],
      });
    }
  }
  return [...best.entries()]
    .sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([id, h]) => ({
      id,
      matchedName: h.alias,
      score: h.score,
      decision: h.decision,
      evidence: h.evidence,
    }));
}
