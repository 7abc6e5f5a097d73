import { NotFoundError } from '../../core/errors.ts';
import type { ClaimWithState } from '../../core/model/claim.ts';
import type { Projection } from '../../core/model/reconcile.ts';
import { dateOf, displayName, textOf } from '../../core/model/views.ts';
import type { Stores } from '../../core/ports.ts';
import { type LoadedEntity, loadEntities } from './load-entity.ts';
import { mergeMap, withMembers } from './merged.ts';
import { byDate, type StatusEntry, timelinesOf } from './status-timeline.ts';

export interface SourceRef {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
}

export interface PersonDossier {
  id: string;
  name: string;
  projection: Projection;
  detentions: Array<{ id: string; projection: Projection }>;
  timeline: StatusEntry[];
  releases: Array<{ id: string; title: string | null; date: string | null }>;
  /** Every claim about the person, their detentions and status changes, newest first. */
  claims: ClaimWithState[];
  sources: SourceRef[];
}

/** Everything known about one person, each fact with the claims and sources behind it. */
export async function getPerson(stores: Stores, id: string): Promise<PersonDossier> {
  const [built] = await buildDossiers(stores, [id]);
  if (!built) throw new NotFoundError('person', id);
  return built.value;
}

/** A dossier with every entity and source id it was read from (read-models.ts). */
export interface BuiltDossier {
  id: string;
  value: PersonDossier;
  deps: string[];
}

/**
 * Dossiers of many persons with a fixed number of reads, whatever their number (a rebuild of
 * the read models asks for thousands at once); persons that do not exist are left out.
 */
export async function buildDossiers(
  stores: Stores,
  ids: readonly string[],
): Promise<BuiltDossier[]> {
  // Independent reads at once: a dossier is read far more often than anything is merged.
  const [map, own] = await Promise.all([
    mergeMap(stores, 'person'),
    loadEntities(stores, ids).then((l) => l.filter((e) => e.entity.type === 'person')),
  ]);
  // Persons merged into these show here with their claims (see merged.ts).
  const membersOf = (id: string) => map.members.get(id) ?? [];
  const everyone = own.flatMap((e) => [e.entity.id, ...membersOf(e.entity.id)]);
  const [persons, refs] = await Promise.all([
    Promise.all(own.map((e) => withMembers(stores, e, map))),
    stores.claims.claimsReferring(everyone),
  ]);
  const related = await loadEntities(stores, [...new Set(refs.map((c) => c.subjectId))]);
  const relatedById = new Map(related.map((r) => [r.entity.id, r]));
  const refsTo = new Map<string, ClaimWithState[]>();
  for (const c of refs)
    if (c.value.type === 'ref') refsTo.set(c.value.id, [...(refsTo.get(c.value.id) ?? []), c]);
  const dossiers = persons.map((person) => {
    const ids = [person.entity.id, ...membersOf(person.entity.id)];
    const mine = ids.flatMap((i) => refsTo.get(i) ?? []);
    const near = [...new Set(mine.map((c) => c.subjectId))].flatMap(
      (r) => relatedById.get(r) ?? [],
    );
    return { ids, value: assemble(person, ids, near, mine) };
  });
  const sources = await sourceRefs(
    stores,
    dossiers.flatMap((d) => d.value.claims),
  );
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return dossiers.map(({ ids, value }) => {
    const cited = [...new Set(value.claims.flatMap((c) => (c.sourceId ? [c.sourceId] : [])))];
    return {
      id: value.id,
      value: { ...value, sources: cited.flatMap((s) => sourceById.get(s) ?? []) },
      deps: [...ids, ...value.claims.map((c) => c.subjectId), ...cited, ...releasesIn(value)],
    };
  });
}

const releasesIn = (d: PersonDossier) => d.releases.map((r) => r.id);

/** One dossier from its person (members merged in) and the entities referring to them. */
function assemble(
  person: LoadedEntity,
  ids: readonly string[],
  related: readonly LoadedEntity[],
  refs: readonly ClaimWithState[],
): PersonDossier {
  const id = person.entity.id;
  const detentions = related.filter((r) => r.entity.type === 'detention');
  const releases = related.filter(
    (r) =>
      r.entity.type === 'release_event' &&
      refs.some(
        (c) => c.subjectId === r.entity.id && c.property === 'released' && c.state === 'accepted',
      ),
  );
  // The status changes are among the entities already loaded: no second read.
  const timelines = timelinesOf(
    ids,
    related.filter((r) => r.entity.type === 'status_change'),
  );
  const timeline = ids.flatMap((i) => timelines.get(i) ?? []).sort(byDate);
  const claims = [
    ...person.claims,
    ...related
      .filter((r) => r.entity.type === 'detention' || r.entity.type === 'status_change')
      .flatMap((r) => r.claims),
  ].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  return {
    id,
    name: displayName(person.projection, id),
    projection: person.projection,
    detentions: detentions.map((d) => ({ id: d.entity.id, projection: d.projection })),
    timeline,
    releases: releases.map((r) => ({
      id: r.entity.id,
      title: textOf(r.projection, 'title'),
      date: dateOf(r.projection, 'date')?.value ?? null,
    })),
    claims,
    sources: [],
  };
}

/** The sources cited by some claims, once each, for citation lists. */
export async function sourceRefs(
  stores: Stores,
  claims: readonly ClaimWithState[],
): Promise<SourceRef[]> {
  const ids = [...new Set(claims.flatMap((c) => (c.sourceId ? [c.sourceId] : [])))];
  const sources = await Promise.all(ids.map((s) => stores.sources.getSource(s)));
  return sources.flatMap((s) =>
    s ? [{ id: s.id, title: s.title, url: s.url, publishedAt: s.publishedAt }] : [],
  );
}
