import type { ClaimWithState } from '../../core/model/claim.ts';
import { compareDates } from '../../core/model/dates.ts';
import type { Conflict } from '../../core/model/reconcile.ts';
import type { NameValue } from '../../core/model/values.ts';
import {
  type BestValue,
  bestOf,
  dateOf,
  displayName,
  namesOf,
  numberOf,
  refOf,
  refsOf,
  reportedOf,
  textOf,
  textsOf,
} from '../../core/model/views.ts';
import type { Page, Stores } from '../../core/ports.ts';
import type { LedgerCache } from '../ledger-cache.ts';
import { withheldRefs } from '../publish/public-view.ts';
import { type LoadedEntity, loadEntities, loadEntity } from './load-entity.ts';
import { mergeMap, withMembers } from './merged.ts';

export interface EntityLabel {
  id: string;
  name: string;
}

/** A released person: the name shown to everyone, and every spelling, for a reader's own. */
export interface PersonLabel extends EntityLabel {
  names: NameValue[];
}

export interface ReleaseReport {
  sourceId: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  role: 'main' | 'background';
}

/** One value to show and whether it is only proposed (no claim of it accepted yet). */
export interface Best<T> {
  value: T;
  proposed: boolean;
  /** Reports that give it. */
  sources: number;
}

export interface ReleaseEventView {
  id: string;
  title: string | null;
  country: string | null;
  date: { value: string; precision: string } | null;
  kind: string | null;
  releasedCount: { value: number; qualifier: string } | null;
  /** Every reported count with its claims and sources (e.g. 123 vs 'over 100'). */
  releasedCountReported: ReturnType<typeof reportedOf>;
  /** Every reported date and country, accepted or proposed, with claims and sources. */
  dateReported: ReturnType<typeof reportedOf>;
  countryReported: ReturnType<typeof reportedOf>;
  /**
   * Country, date and count as a reader should see them now: the accepted value or, until one
   * is accepted, the one most reports give, marked proposed. A freshly ingested event is all
   * proposed and would otherwise show nothing.
   */
  best: {
    country: Best<string> | null;
    date: Best<{ value: string; precision: string }> | null;
    releasedCount: Best<{ value: number; qualifier: string }> | null;
  };
  released: PersonLabel[];
  /** Released persons the public may not see named (private records): counted, not named. */
  namesWithheld: number;
  unnamed: Array<{ id: string; count: number | null; description: string | null }>;
  mediators: EntityLabel[];
  destinations: string[];
  deal: EntityLabel | null;
  conflicts: Conflict[];
  reports: ReleaseReport[];
}

/** Labels for referenced entities (persons, actors, deals) in one batch. */
async function labels(
  stores: Stores,
  ids: readonly string[],
): Promise<Map<string, { name: string; names: NameValue[] }>> {
  const loaded = await loadEntities(stores, [...new Set(ids)]);
  return new Map(
    loaded.map((l) => [
      l.entity.id,
      {
        name: textOf(l.projection, 'title') ?? displayName(l.projection, l.entity.id),
        names: namesOf(l.projection),
      },
    ]),
  );
}

/** Report ids named by live (not rejected) claims of a property: proposed ones count too. */
function reportIds(e: LoadedEntity, property: string): Set<string> {
  return new Set(
    e.claims.flatMap((c) =>
      c.property === property && c.state !== 'rejected' && c.value.type === 'text'
        ? [c.value.text]
        : [],
    ),
  );
}

async function reportsOf(stores: Stores, e: LoadedEntity): Promise<ReleaseReport[]> {
  const main = reportIds(e, 'mainReport');
  const background = reportIds(e, 'backgroundReport');
  const ids = [
    ...new Set([
      ...main,
      ...background,
      ...e.claims
        .filter((c: ClaimWithState) => c.state !== 'rejected' && c.sourceId)
        .map((c) => c.sourceId!),
    ]),
  ];
  const sources = await Promise.all(ids.map((id) => stores.sources.getSource(id)));
  return sources.flatMap((s) =>
    s
      ? [
          {
            sourceId: s.id,
            url: s.url,
            title: s.title,
            publishedAt: s.publishedAt,
            role: background.has(s.id) && !main.has(s.id) ? 'background' : 'main',
          } as ReleaseReport,
        ]
      : [],
  );
}

function bestFields(p: LoadedEntity['projection']): ReleaseEventView['best'] {
  const as = <T>(
    b: BestValue | null,
    pick: (v: BestValue['value']) => T | null,
  ): Best<T> | null => {
    const value = b ? pick(b.value) : null;
    return b && value !== null ? { value, proposed: b.proposed, sources: b.sources } : null;
  };
  return {
    country: as(bestOf(p, 'country'), (v) => (v.type === 'text' ? v.text : null)),
    date: as(bestOf(p, 'date'), (v) => (v.type === 'date' ? v.date : null)),
    releasedCount: as(bestOf(p, 'releasedCount'), (v) =>
      v.type === 'number' ? { value: v.number, qualifier: v.qualifier } : null,
    ),
  };
}

async function toView(stores: Stores, e: LoadedEntity): Promise<ReleaseEventView> {
  const p = e.projection;
  const released = refsOf(p, 'released');
  const mediators = refsOf(p, 'mediator');
  const deal = refOf(p, 'deal');
  const refs = await stores.claims.claimsReferring([e.entity.id], 'release');
  const aggregates = (
    await loadEntities(stores, [
      ...new Set(refs.filter((c) => c.subjectType === 'aggregate').map((c) => c.subjectId)),
    ])
  ).map((a) => ({
    id: a.entity.id,
    count: numberOf(a.projection, 'count')?.value ?? null,
    description: textOf(a.projection, 'description'),
  }));
  const names = await labels(stores, [...released, ...mediators, ...(deal ? [deal] : [])]);
  const label = (id: string) => ({ id, name: names.get(id)?.name ?? id });
  const person = (id: string) => ({ ...label(id), names: names.get(id)?.names ?? [] });
  return {
    id: e.entity.id,
    title: textOf(p, 'title'),
    country: textOf(p, 'country'),
    date: dateOf(p, 'date'),
    kind: textOf(p, 'kind'),
    releasedCount: numberOf(p, 'releasedCount'),
    releasedCountReported: reportedOf(p, 'releasedCount'),
    dateReported: reportedOf(p, 'date'),
    countryReported: reportedOf(p, 'country'),
    best: bestFields(p),
    released: released.map(person),
    namesWithheld: await withheldRefs(
      stores,
      [...new Set([e.entity.id, ...e.claims.map((c) => c.subjectId)])],
      'released',
    ),
    unnamed: aggregates,
    mediators: mediators.map(label),
    destinations: textsOf(p, 'destination'),
    deal: deal ? label(deal) : null,
    conflicts: p.conflicts,
    reports: await reportsOf(stores, e),
  };
}

export async function getReleaseEvent(stores: Stores, id: string): Promise<ReleaseEventView> {
  const map = await mergeMap(stores, 'release_event');
  return toView(
    stores,
    await withMembers(stores, await loadEntity(stores, id, 'release_event'), map),
  );
}

/**
 * Views of release events with every id each was read from (read-models.ts); ids that are not
 * release events are left out.
 */
export async function buildReleaseViews(
  stores: Stores,
  ids: readonly string[],
): Promise<Array<{ id: string; value: ReleaseEventView; deps: string[] }>> {
  const [map, own] = await Promise.all([
    mergeMap(stores, 'release_event'),
    loadEntities(stores, ids).then((l) => l.filter((e) => e.entity.type === 'release_event')),
  ]);
  return Promise.all(
    own.map(async (e) => {
      const whole = await withMembers(stores, e, map);
      const view = await toView(stores, whole);
      return { id: e.entity.id, value: view, deps: viewDeps(whole, view) };
    }),
  );
}

/** What a release view reads: its own and merged claims, the labels, aggregates, reports. */
function viewDeps(e: LoadedEntity, v: ReleaseEventView): string[] {
  return [
    e.entity.id,
    ...e.claims.map((c) => c.subjectId),
    ...e.claims.flatMap((c) => (c.value.type === 'ref' ? [c.value.id] : [])),
    ...v.unnamed.map((u) => u.id),
    ...v.reports.map((r) => r.sourceId),
  ];
}

/**
 * The accepted country or, while none is accepted (a freshly ingested event), the country most
 * reports give, so filtering by country finds events still waiting for review.
 */
export function countryOf(e: LoadedEntity): string | null {
  const best = bestOf(e.projection, 'country')?.value;
  return best?.type === 'text' ? best.text : null;
}

/**
 * The sorted list, per stores object and country, kept in the ledger cache: every page of the
 * list needs every event loaded and reconciled to sort them by date, which at hundreds of
 * events costs far more than the page itself. The views of the events shown are kept with it
 * (by id), for the same reason: a view reads names, reports and aggregates.
 */
interface Sorted {
  loaded: LoadedEntity[];
  views: Map<string, Promise<ReleaseEventView>>;
}

function sortedEvents(cache: LedgerCache, stores: Stores, country?: string): Promise<Sorted> {
  return cache.memo(stores, `releases|${country ?? ''}`, async () => ({
    loaded: await loadSorted(stores, country),
    views: new Map(),
  }));
}

/** The view of one listed event, built once per cached list. */
function viewIn(stores: Stores, sorted: Sorted, e: LoadedEntity): Promise<ReleaseEventView> {
  const hit = sorted.views.get(e.entity.id);
  if (hit) return hit;
  const view = toView(stores, e);
  sorted.views.set(e.entity.id, view);
  // A failed view must not be served to the next caller.
  view.catch(() => {
    if (sorted.views.get(e.entity.id) === view) sorted.views.delete(e.entity.id);
  });
  return view;
}

/** Every release event (merged ones inside their survivor), filtered and sorted by date. */
async function loadSorted(stores: Stores, country?: string): Promise<LoadedEntity[]> {
  const records = await stores.entities.listEntities('release_event', { limit: 1_000_000 });
  // Events merged into others are shown only as part of their survivor (see merged.ts).
  const map = await mergeMap(stores, 'release_event');
  const own = await loadEntities(
    stores,
    records.filter((r) => !map.into.has(r.id)).map((r) => r.id),
  );
  const loaded = (await Promise.all(own.map((e) => withMembers(stores, e, map)))).filter(
    (e) => !country || countryOf(e) === country,
  );
  loaded.sort((a, b) => {
    const da = dateOf(a.projection, 'date');
    const db = dateOf(b.projection, 'date');
    if (!da || !db) return da ? -1 : db ? 1 : 0;
    return compareDates(db, da);
  });
  return loaded;
}

/** Release events, newest first (undated last), optionally for one country. */
export async function listReleaseEvents(
  cache: LedgerCache,
  stores: Stores,
  filter: Page & { country?: string } = {},
): Promise<{ items: ReleaseEventView[]; total: number }> {
  const sorted = await sortedEvents(cache, stores, filter.country);
  const loaded = sorted.loaded;
  const offset = filter.offset ?? 0;
  const page = loaded.slice(offset, offset + (filter.limit ?? 100));
  // Views of one page at once: each is a few independent reads.
  const items = await Promise.all(page.map((e) => viewIn(stores, sorted, e)));
  return { items, total: loaded.length };
}
