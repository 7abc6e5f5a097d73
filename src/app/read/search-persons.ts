import { CandidateIndex } from '../../core/names/index.ts';
import type { Stores } from '../../core/ports.ts';
import type { LedgerCache } from '../ledger-cache.ts';
import { type PersonSummary, summarisePersons } from './list-persons.ts';

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
 * Finds persons by any spelling in any script ('Kolesnikova' finds Maria Kalesnikava), through
 * the name engine, with the database's trigram index as a second net for partial names.
 */
export async function searchPersons(
  cache: LedgerCache,
  stores: Stores,
  query: string,
  limit = 20,
): Promise<PersonHit[]> {
  const q = query.trim();
  if (!q) return [];
  // The in-memory name index over every person alias these stores show, kept in the ledger
  // cache: the build itself is shared, so a burst of searches on a cold server waits for one
  // build instead of starting one each (at 100,000 persons, seconds and hundreds of MB apiece).
  const index = await cache.memo(stores, 'person-index', () => buildIndex(stores));
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
