import { dateOf, displayName, refOf, refsOf, textOf } from '../../core/model/views.ts';
import type { Page, Stores } from '../../core/ports.ts';
import { type LoadedEntity, loadEntities, loadEntity } from './load-entity.ts';

export interface ConcessionView {
  id: string;
  kind: string | null;
  grantedBy: { id: string; name: string } | null;
  target: string | null;
  date: string | null;
  description: string | null;
}

export interface DealView {
  id: string;
  title: string | null;
  date: string | null;
  parties: Array<{ id: string; name: string }>;
  releases: Array<{
    id: string;
    title: string | null;
    date: string | null;
    releasedCount: number | null;
  }>;
  concessions: ConcessionView[];
  /** People released under the deal: the sum of its releases' reconciled counts. */
  peopleReleased: number;
}

async function toView(stores: Stores, d: LoadedEntity): Promise<DealView> {
  const p = d.projection;
  const [parties, releases, concessions] = await Promise.all([
    loadEntities(stores, refsOf(p, 'party')),
    loadEntities(stores, refsOf(p, 'release')),
    loadEntities(stores, refsOf(p, 'concession')),
  ]);
  const grantors = await loadEntities(
    stores,
    concessions.flatMap((c) => refOf(c.projection, 'grantedBy') ?? []),
  );
  const name = (l: LoadedEntity) => ({
    id: l.entity.id,
    name: displayName(l.projection, l.entity.id),
  });
  const releaseViews = releases.map((r) => {
    const count = r.projection.properties.releasedCount?.value;
    return {
      id: r.entity.id,
      title: textOf(r.projection, 'title'),
      date: dateOf(r.projection, 'date')?.value ?? null,
      releasedCount: count?.type === 'number' ? count.number : null,
    };
  });
  return {
    id: d.entity.id,
    title: textOf(p, 'title'),
    date: dateOf(p, 'date')?.value ?? null,
    parties: parties.map(name),
    releases: releaseViews,
    concessions: concessions.map((c) => {
      const g = grantors.find((x) => x.entity.id === refOf(c.projection, 'grantedBy'));
      return {
        id: c.entity.id,
        kind: textOf(c.projection, 'kind'),
        grantedBy: g ? name(g) : null,
        target: textOf(c.projection, 'target'),
        date: dateOf(c.projection, 'date')?.value ?? null,
        description: textOf(c.projection, 'description'),
      };
    }),
    peopleReleased: releaseViews.reduce((n, r) => n + (r.releasedCount ?? 0), 0),
  };
}

export async function getDeal(stores: Stores, id: string): Promise<DealView> {
  return toView(stores, await loadEntity(stores, id, 'deal'));
}

/** Deal views with every id each was read from (read-models.ts); non-deals are left out. */
export async function buildDeals(
  stores: Stores,
  ids: readonly string[],
): Promise<Array<{ id: string; value: DealView; deps: string[] }>> {
  const deals = (await loadEntities(stores, ids)).filter((d) => d.entity.type === 'deal');
  return Promise.all(
    deals.map(async (d) => {
      const view = await toView(stores, d);
      const deps = [
        d.entity.id,
        ...view.parties.map((p) => p.id),
        ...view.releases.map((r) => r.id),
        ...view.concessions.flatMap((c) => [c.id, ...(c.grantedBy ? [c.grantedBy.id] : [])]),
        // Refs the view could not load yet (a party created later) still reach it.
        ...d.claims.flatMap((c) => (c.value.type === 'ref' ? [c.value.id] : [])),
      ];
      return { id: d.entity.id, value: view, deps };
    }),
  );
}

/** The ids of one page of deals (storage order) and how many there are. */
export async function dealPage(
  stores: Stores,
  page: Page = {},
): Promise<{ ids: string[]; total: number }> {
  const [records, total] = await Promise.all([
    stores.entities.listEntities('deal', page),
    stores.entities.countEntities('deal'),
  ]);
  return { ids: records.map((r) => r.id), total };
}

export async function listDeals(
  stores: Stores,
  page: Page = {},
): Promise<{ items: DealView[]; total: number }> {
  const [records, total] = await Promise.all([
    stores.entities.listEntities('deal', page),
    stores.entities.countEntities('deal'),
  ]);
  const items = [];
  for (const d of await loadEntities(
    stores,
    records.map((r) => r.id),
  ))
    items.push(await toView(stores, d));
  return { items, total };
}
