import { CandidateIndex } from '../../core/names/index.ts';
import type { Stores } from '../../core/ports.ts';
import { countingStores } from '../publish/public-view.ts';
import { type PersonSummary, summarisePersons } from './list-persons.ts';

export interface PersonHit {
  person: PersonSummary;
  /** The registered spelling that matched the query best. */
  matchedName: string;
  score: number;
  decision: string;
  evidence: unknown[];
}

/**
 * The in-memory name index over every person alias, rebuilt only when the number of name
 * claims changes (claims are append-only, so a count is a sound version stamp). The build
 * itself is cached, not only its result: a burst of searches on a cold server waits for one
 * build instead of starting one each (at 100,000 persons, seconds and hundreds of MB apiece).
 */
const cache = new WeakMap<object, { version: string; index: Promise<CandidateIndex> }>();

async function buildIndex(stores: Stores): Promise<CandidateIndex> {
  const index = new CandidateIndex();
  for (const { entityId, name } of await stores.names.allNames('person')) index.add(entityId, name);
  return index;
}

async function personIndex(stores: Stores): Promise<CandidateIndex> {
  // The whole ledger's stamp; the public view is a store of its own, cached apart, and replaced
  // when what is private changes. The stamp (two index look-ups, new name claims and any review)
  // replaces counting every name claim per search, where the stores have one.
  const raw = countingStores(stores);
  const version = raw.stamps
    ? await raw.stamps.claimsOf('person', 'name')
    : String(await raw.claims.countClaims({ subjectType: 'person', property: 'name' }));
  const hit = cache.get(stores.names);
  if (hit && hit.version === version) return hit.index;
  const index = buildIndex(stores);
  cache.set(stores.names, { version, index });
  // A failed build (the database away) is not kept: the next search tries again.
  index.catch(() => {
    if (cache.get(stores.names)?.index === index) cache.delete(stores.names);
  });
  return index;
}

/**
 * Finds persons by any spelling in any script ('Kolesnikova' finds Maria Kalesnikava), through
 * the name engine, with the database's trigram index as a second net for partial names.
 */
export async function searchPersons(
  stores: Stores,
  query: string,
  limit = 20,
): Promise<PersonHit[]> {
  const q = query.trim();
  if (!q) return [];
  const index = await personIndex(stores);
  const best = new Map<
    string,
    { alias: string; score: number; decision: string; evidence: unknown[] }
  >();
  for (const h of index.search(q, { limit: limit * 3 })) {
    const prev = best.get(h.entityId);
    if (!prev || h.score > prev.score)
      best.set(h.entityId, {
        alias: h.alias,
        score: h.score,
        decision: h.decision,
        evidence: h.evidence,
      });
  }
  // The trigram net scores at most 0.8, below any 'match' (>= 0.88): with a full page of matches
  // already found it cannot change the page, so the database is not asked.
  const matches = [...best.values()].filter((h) => h.decision === 'match').length;
  const net = matches >= limit ? [] : await stores.names.searchNames(q, 'person', limit);
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
  const ranked = [...best.entries()]
    .sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]))
    .slice(0, limit);
  const people = await summarisePersons(
    stores,
    ranked.map(([id]) => id),
  );
  return ranked.flatMap(([id, h]) => {
    const person = people.find((p) => p.id === id);
    return person
      ? [
          {
            person,
            matchedName: h.alias,
            score: h.score,
            decision: h.decision,
            evidence: h.evidence,
          },
        ]
      : [];
  });
}
