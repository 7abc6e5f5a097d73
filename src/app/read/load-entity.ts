import { NotFoundError } from '../../core/errors.ts';
import type { ClaimWithState, EntityType } from '../../core/model/claim.ts';
import { type Projection, reconcileEntity } from '../../core/model/reconcile.ts';
import type { EntityRecord, Stores } from '../../core/ports.ts';

export interface LoadedEntity {
  entity: EntityRecord;
  claims: ClaimWithState[];
  projection: Projection;
}

const labels: Record<EntityType, string> = {
  person: 'person',
  detention: 'detention',
  status_change: 'status change',
  release_event: 'release event',
  deal: 'deal',
  concession: 'concession',
  actor: 'actor',
  count_claim: 'count claim',
  aggregate: 'aggregate',
};

/** Loads one entity of the expected type with its claims and reconciled values. */
export async function loadEntity(
  stores: Stores,
  id: string,
  type?: EntityType,
): Promise<LoadedEntity> {
  const entity = await stores.entities.getEntity(id);
  if (!entity || (type && entity.type !== type))
    throw new NotFoundError(labels[type ?? 'person'], id);
  const claims = await stores.claims.claimsFor([id]);
  return { entity, claims, projection: reconcileEntity(entity.type, claims) };
}

/** Loads many entities at once (one query for all claims), keeping the order of `ids`. */
export async function loadEntities(
  stores: Stores,
  ids: readonly string[],
): Promise<LoadedEntity[]> {
  if (ids.length === 0) return [];
  const [entities, claims] = await Promise.all([
    stores.entities.getEntities(ids),
    stores.claims.claimsFor(ids),
  ]);
  const bySubject = new Map<string, ClaimWithState[]>();
  for (const c of claims) {
    const list = bySubject.get(c.subjectId) ?? [];
    list.push(c);
    bySubject.set(c.subjectId, list);
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  return ids.flatMap((id) => {
    const entity = byId.get(id);
    if (!entity) return [];
    const own = bySubject.get(id) ?? [];
    return [{ entity, claims: own, projection: reconcileEntity(entity.type, own) }];
  });
}

/** All entities of a type, loaded with their projections. Fine for registry-sized data. */
export async function loadAllOfType(stores: Stores, type: EntityType): Promise<LoadedEntity[]> {
  const records = await stores.entities.listEntities(type, { limit: 1_000_000 });
  return loadEntities(
    stores,
    records.map((r) => r.id),
  );
}
