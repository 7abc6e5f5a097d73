import type { ClaimWithState } from '../../core/model/claim.ts';
import type { Projection } from '../../core/model/reconcile.ts';
import { dateOf, displayName, textOf } from '../../core/model/views.ts';
import type { Stores } from '../../core/ports.ts';
import { loadEntities, loadEntity } from './load-entity.ts';
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
  // Independent reads at once: a dossier is read far more often than anything is merged.
  const [map, own, ownRefs] = await Promise.all([
    mergeMap(stores, 'person'),
    loadEntity(stores, id, 'person'),
    stores.claims.claimsReferring([id]),
  ]);
  // Persons merged into this one show here with their claims (see merged.ts).
  const members = map.members.get(id) ?? [];
  const person = await withMembers(stores, own, map);
  const refs =
    members.length === 0
      ? ownRefs
      : [...ownRefs, ...(await stores.claims.claimsReferring(members))];
  const related = await loadEntities(stores, [...new Set(refs.map((c) => c.subjectId))]);
  const detentions = related.filter((r) => r.entity.type === 'detention');
  const releases = related.filter(
    (r) =>
      r.entity.type === 'release_event' &&
      refs.some(
        (c) => c.subjectId === r.entity.id && c.property === 'released' && c.state === 'accepted',
      ),
  );
  const ids = [id, ...members];
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
    sources: await sourceRefs(stores, claims),
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
