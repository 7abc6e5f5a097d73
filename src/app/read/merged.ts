/**
 * Merged entities: an accepted `mergedInto` claim makes an entity show under another (its
 * survivor). Listings leave merged entities out; a survivor's page shows the claims of every
 * entity merged into it. Rejecting the claim undoes the merge; nothing is ever deleted.
 */
import type { ClaimWithState, EntityType } from '../../core/model/claim.ts';
import { reconcileEntity } from '../../core/model/reconcile.ts';
import type { Stores } from '../../core/ports.ts';
import type { LoadedEntity } from './load-entity.ts';

export interface MergeMap {
  /** merged id -> the entity it was merged into (one step). */
  into: Map<string, string>;
  /** survivor -> every entity merged into it, directly or through others. */
  members: Map<string, string[]>;
}

/** The accepted merges among entities of one type. */
export async function mergeMap(stores: Stores, type: EntityType): Promise<MergeMap> {
  const claims = await stores.claims.listClaims({
    subjectType: type,
    property: 'mergedInto',
    state: 'accepted',
    limit: 1_000_000,
  });
  const into = new Map<string, string>();
  for (const c of claims) if (c.value.type === 'ref') into.set(c.subjectId, c.value.id);
  const members = new Map<string, string[]>();
  for (const id of into.keys()) {
    const top = survivorIn(into, id);
    if (top === id) continue;
    members.set(top, [...(members.get(top) ?? []), id]);
  }
  return { into, members };
}

/** Follows merges to the end; a loop (which merge-entities refuses) stops where it closes. */
export function survivorIn(into: ReadonlyMap<string, string>, id: string): string {
  let cur = id;
  const seen = new Set([cur]);
  for (let next = into.get(cur); next && !seen.has(next); next = into.get(cur)) {
    cur = next;
    seen.add(cur);
  }
  return cur;
}

/**
 * An entity with the claims of the entities merged into it (their own `mergedInto` claims
 * left out), reconciled together.
 */
export async function withMembers(
  stores: Stores,
  e: LoadedEntity,
  map: MergeMap,
): Promise<LoadedEntity> {
  const members = map.members.get(e.entity.id) ?? [];
  if (members.length === 0) return e;
  const extra = (await stores.claims.claimsFor(members)).filter(
    (c: ClaimWithState) => c.property !== 'mergedInto',
  );
  const claims = [...e.claims, ...extra];
  return { ...e, claims, projection: reconcileEntity(e.entity.type, claims) };
}
