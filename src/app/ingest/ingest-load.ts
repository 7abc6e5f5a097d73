/** Loads an ingest session from the ledger (see ingest-state.ts for what it holds). */
import type { ClaimWithState } from '../../core/model/claim.ts';
import type { PartialDate } from '../../core/model/dates.ts';
import type { Stores } from '../../core/ports.ts';
import {
  type CountFact,
  type EventCandidate,
  fingerprint,
  widenDates,
} from '../../core/resolve/index.ts';

import {
  type AssignmentRecord,
  aggregateKey,
  personChangeKey,
  type SessionState,
} from './ingest-state.ts';

const ALL = { limit: 10_000_000 };

const live = (c: ClaimWithState) => c.state !== 'rejected';

function bySubject(claims: readonly ClaimWithState[]): Map<string, ClaimWithState[]> {
  const out = new Map<string, ClaimWithState[]>();
  for (const c of claims) {
    if (!live(c)) continue;
    const list = out.get(c.subjectId);
    if (list) list.push(c);
    else out.set(c.subjectId, [c]);
  }
  return out;
}

export function parseAssignment(text: string): AssignmentRecord | null {
  try {
    const r = JSON.parse(text) as AssignmentRecord;
    return typeof r.sourceId === 'string' ? r : null;
  } catch {
    return null;
  }
}

function emptyCandidate(id: string): EventCandidate {
  return {
    id,
    country: null,
    dates: [],
    published: [],
    counts: [],
    people: new Set(),
    mediators: new Set(),
    concessions: new Set(),
  };
}

async function loadPersons(stores: Stores, s: SessionState): Promise<void> {
  for (const { entityId, name } of await stores.names.allNames('person')) {
    s.persons.addName(entityId, name);
  }
  const merges = await stores.claims.listClaims({
    subjectType: 'person',
    property: 'mergedInto',
    ...ALL,
  });
  for (const c of merges) {
    if (c.value.type !== 'ref') continue;
    if (c.state === 'accepted') s.persons.setMerged(c.subjectId, c.value.id);
    if (c.state === 'rejected') s.persons.setDifferent(c.subjectId, c.value.id);
  }
  for (const { entityId, name } of await stores.names.allNames('actor')) {
    s.actors.addName(entityId, name);
  }
}

async function loadEvents(stores: Stores, s: SessionState): Promise<Map<string, EventCandidate>> {
  const claims = await stores.claims.listClaims({ subjectType: 'release_event', ...ALL });
  const rejected: Array<[string, string]> = [];
  for (const c of claims) {
    if (c.property !== 'mergedInto' || c.value.type !== 'ref') continue;
    if (c.state === 'accepted') s.mergedEvents.set(c.subjectId, c.value.id);
    if (c.state === 'rejected') rejected.push([c.subjectId, c.value.id]);
  }
  // A merge a reviewer rejected (or reverted) keeps the two apart: ingest never merges them again.
  for (const [a, b] of rejected) s.events.keepApart(s.survivingEvent(a), s.survivingEvent(b));
  const candidates = new Map<string, EventCandidate>();
  for (const [subject, list] of bySubject(claims)) {
    const id = s.survivingEvent(subject);
    const e = candidates.get(id) ?? emptyCandidate(id);
    candidates.set(id, e);
    for (const c of list) addEventClaim(s, e, subject, c);
  }
  // Filed in creation order (claims come in the order written; an event's first claim, live
  // or rejected, is its title), the order the event index breaks ties in.
  const created = new Map<string, number>();
  for (const c of claims) {
    const id = s.survivingEvent(c.subjectId);
    if (!created.has(id)) created.set(id, created.size);
  }
  return new Map([...candidates].sort(([a], [b]) => (created.get(a) ?? 0) - (created.get(b) ?? 0)));
}

function addEventClaim(s: SessionState, e: EventCandidate, subject: string, c: ClaimWithState) {
  const v = c.value;
  if (c.property === 'country' && v.type === 'text') e.country ??= v.text;
  else if (c.property === 'date' && v.type === 'date') widenDates(e, [v.date as PartialDate]);
  else if (c.property === 'releasedCount' && v.type === 'number') {
    e.counts.push({ value: v.number, qualifier: v.qualifier } as CountFact);
  } else if (c.property === 'released' && v.type === 'ref') {
    (e.people as Set<string>).add(s.persons.survivor(v.id));
  } else if (c.property === 'mediator' && v.type === 'ref') {
    (e.mediators as Set<string>).add(v.id);
  } else if (c.property === 'destination' && v.type === 'text') {
    e.parties ??= new Set();
    (e.parties as Set<string>).add(v.text);
  } else if (c.property === 'deal' && v.type === 'ref') s.deals.set(subject, v.id);
  else if (c.property === 'mainReport' && v.type === 'text') s.mainEventOf.set(v.text, e.id);
  else if (c.property === 'assignment' && v.type === 'text') {
    const a = parseAssignment(v.text);
    if (a && a.role === 'main' && a.facts.window === null && a.published) {
      e.published.push(a.published);
    }
  }
}

/** Deals' concessions, filed under their events so later reports find them. */
async function loadConcessions(
  stores: Stores,
  s: SessionState,
  events: Map<string, EventCandidate>,
) {
  const concessionClaims = bySubject(
    await stores.claims.listClaims({ subjectType: 'concession', ...ALL }),
  );
  const dealClaims = bySubject(await stores.claims.listClaims({ subjectType: 'deal', ...ALL }));
  const eventOfDeal = new Map([...s.deals].map(([event, deal]) => [deal, event]));
  for (const [deal, list] of dealClaims) {
    const event = eventOfDeal.get(deal);
    if (!event) continue;
    for (const c of list) {
      if (c.property !== 'concession' || c.value.type !== 'ref') continue;
      const own = concessionClaims.get(c.value.id) ?? [];
      const kind = own.find((x) => x.property === 'kind')?.value;
      const target = own.find((x) => x.property === 'target')?.value;
      const key = `${kind?.type === 'text' ? kind.text : 'other'}|${target?.type === 'text' ? target.text.toLowerCase() : ''}`;
      s.concessions.set(`${event}|${key}`, c.value.id);
      (events.get(s.survivingEvent(event))?.concessions as Set<string> | undefined)?.add(key);
    }
  }
}

/** Statuses that free a person: a detention told after one of them is a new one. */
const FREED = new Set(['released', 'pardoned', 'expelled', 'sentence_served']);

async function loadStatusChanges(stores: Stores, s: SessionState): Promise<void> {
  const claims = bySubject(
    await stores.claims.listClaims({ subjectType: 'status_change', property: 'person', ...ALL }),
  );
  const releases = bySubject(
    await stores.claims.listClaims({ subjectType: 'status_change', property: 'release', ...ALL }),
  );
  const dated = await stores.claims.listClaims({
    subjectType: 'status_change',
    property: 'date',
    ...ALL,
  });
  for (const c of dated) if (c.state !== 'rejected') s.datedStatusChanges.add(c.subjectId);
  for (const [sc, list] of claims) {
    const person = list[0]?.value;
    const release = releases.get(sc)?.[0]?.value;
    if (person?.type === 'ref' && release?.type === 'ref') {
      s.statusChanges.set(`${person.id}|${release.id}`, sc);
    }
  }
  await loadPersonDays(stores, s, claims, bySubject(dated), releases);
}

/**
 * The days people were freed (a detention told after one is a new one, detention-episodes.ts),
 * and the other status changes of no release by person, status and day.
 */
async function loadPersonDays(
  stores: Stores,
  s: SessionState,
  persons: Map<string, ClaimWithState[]>,
  dates: Map<string, ClaimWithState[]>,
  releases: Map<string, ClaimWithState[]>,
): Promise<void> {
  const statuses = await stores.claims.listClaims({
    subjectType: 'status_change',
    property: 'status',
    ...ALL,
  });
  for (const c of statuses) {
    if (!live(c) || c.value.type !== 'text') continue;
    const person = persons.get(c.subjectId)?.[0]?.value;
    const day = dates.get(c.subjectId)?.[0]?.value;
    if (person?.type !== 'ref' || day?.type !== 'date') continue;
    const who = s.persons.survivor(person.id);
    if (FREED.has(c.value.text)) s.episodes.addRelease(who, day.date.value);
    // A change of no release event: the one later reports of the same day join.
    else if (!releases.has(c.subjectId))
      s.personChanges.set(personChangeKey(who, c.value.text, day.date.value), c.subjectId);
  }
}

/** Detentions by person with the day each began. */
async function loadEpisodes(stores: Stores, s: SessionState): Promise<void> {
  const claims = bySubject(await stores.claims.listClaims({ subjectType: 'detention', ...ALL }));
  for (const [id, list] of claims) {
    const person = list.find((c) => c.property === 'person')?.value;
    if (person?.type !== 'ref') continue;
    const days = list
      .filter((c) => c.property === 'arrestDate' || c.property === 'recognisedAt')
      .map((c) => (c.value.type === 'date' ? c.value.date.value : null));
    const who = s.persons.survivor(person.id);
    s.episodes.addEpisode(who, id, null);
    for (const day of days) if (day) s.episodes.addEpisode(who, id, day);
  }
}

/** Unnamed detention counts (aggregates with no release) by what makes two reports' one. */
async function loadAggregates(stores: Stores, s: SessionState): Promise<void> {
  const claims = bySubject(await stores.claims.listClaims({ subjectType: 'aggregate', ...ALL }));
  for (const [id, list] of claims) {
    const of = (p: string) => list.find((c) => c.property === p)?.value;
    const [count, status, date, country, release] = [
      of('count'),
      of('status'),
      of('date'),
      of('country'),
      of('release'),
    ];
    if (release || count?.type !== 'number' || status?.type !== 'text' || date?.type !== 'date')
      continue;
    const where = country?.type === 'text' ? country.text : null;
    s.aggregates.set(aggregateKey(where, status.text, date.date.value, count.number), id);
  }
}

/** Fingerprints of stored reports, from their text and the facts their assignment recorded. */
async function loadCopies(stores: Stores, s: SessionState, claims: ClaimWithState[]) {
  const records = new Map<string, AssignmentRecord>();
  for (const c of claims) {
    if (c.value.type !== 'text' || !live(c)) continue;
    const a = parseAssignment(c.value.text);
    if (a && a.role === 'main') records.set(a.sourceId, a);
  }
  const page = 1000;
  for (let offset = 0; ; offset += page) {
    const sources = await stores.sources.listSources({ limit: page, offset });
    for (const src of sources) {
      s.hashes.add(src.contentHash);
      const a = records.get(src.id);
      s.copies.add(
        src.id,
        fingerprint({
          text: src.text,
          language: src.language ?? 'en',
          releaseDate: a?.facts.window?.[0] ?? null,
          country: a?.facts.country ?? null,
          people: a?.people ?? [],
          facts: a?.facts ?? { country: null, window: null, count: null },
        }),
      );
    }
    if (sources.length < page) break;
  }
}

/** Fills a fresh session state from the ledger. */
export async function loadInto<S extends SessionState>(stores: Stores, s: S): Promise<S> {
  // Read before loading: a commit landing meanwhile makes the next ingest reload again.
  s.version = stores.stamps ? await stores.stamps.ledger() : null;
  await loadPersons(stores, s);
  const events = await loadEvents(stores, s);
  await loadConcessions(stores, s, events);
  for (const e of events.values()) s.events.add(e);
  await loadStatusChanges(stores, s);
  // Links of merged events are reused under their survivor, as in the session that merged them.
  s.foldLinks();
  await loadEpisodes(stores, s);
  await loadAggregates(stores, s);
  const assignments = await stores.claims.listClaims({
    subjectType: 'release_event',
    property: 'assignment',
    ...ALL,
  });
  await loadCopies(stores, s, assignments);
  return s;
}
