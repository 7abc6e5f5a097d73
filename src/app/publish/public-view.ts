/**
 * The public's view of the ledger (docs/privacy.md): the stores every read use case takes. Reads
 * for the anonymous public go through `publicStores(db)`, the stores' own `publicView(policy)`,
 * whose queries carry the policy of core/model/publish.ts in SQL; so every use case (persons,
 * releases, deals, sources, claims, counts, search, exports) sees published data only without
 * knowing about privacy, and no public read loads rows to drop them. Staff read the database.
 *
 * Given the ledger cache, one view per ledger version: the entries the cache keeps per stores
 * object (the name index, the count input) then serve the public as they serve staff.
 */
import { emptyPolicy, type PublicPolicy } from '../../core/model/publish.ts';
import type { Stores } from '../../core/ports.ts';
import type { LedgerCache } from '../ledger-cache.ts';

/**
 * Which entities are withheld and which sources are confidential, read now: two queries, each
 * as large as the private part of the ledger (the store works out what is withheld).
 */
export async function loadPolicy(stores: Stores): Promise<PublicPolicy> {
  const [hidden, confidential] = await Promise.all([
    stores.claims.withheldEntities(),
    stores.sources.confidentialSourceIds(),
  ]);
  return { hidden: new Set(hidden), confidentialSources: new Set(confidential) };
}

const viewOf = new WeakMap<Stores, { raw: Stores; policy: PublicPolicy }>();

/**
 * The stores the anonymous public reads: published data only. With the ledger cache (servers),
 * one view per ledger version, made from the policy read once for it: a change of what is
 * private (a person made private, a source made confidential) is a write, so it gives a fresh
 * view, and the caches of the last one go with it. Without, the policy is read afresh.
 */
export async function publicStores(raw: Stores, cache?: LedgerCache): Promise<Stores> {
  const make = async () => {
    const policy = await loadPolicy(raw);
    const stores = raw.publicView(policy);
    viewOf.set(stores, { raw, policy });
    return stores;
  };
  return cache ? cache.memo(raw, 'public-view', make) : make();
}

/** Staff read everything; everyone else the public view. */
export async function readerStores(
  raw: Stores,
  staff: boolean,
  cache?: LedgerCache,
): Promise<Stores> {
  return staff ? raw : publicStores(raw, cache);
}

/** The entities withheld from these stores (none for staff). */
export function hiddenIds(stores: Stores): ReadonlySet<string> {
  return (viewOf.get(stores)?.policy ?? emptyPolicy).hidden;
}

/** Whether these stores are the public view. */
export function isPublicView(stores: Stores): boolean {
  return viewOf.has(stores);
}

/**
 * The stores counts are computed from: private persons are counted (anonymously, without
 * their ids) in the public's figures too, so totals do not change with who asks.
 */
export function countingStores(stores: Stores): Stores {
  return viewOf.get(stores)?.raw ?? stores;
}

/**
 * Accepted claims of a property of one entity that point at withheld entities: how many names
 * a release page shows as 'names withheld'.
 */
export async function withheldRefs(
  stores: Stores,
  subjectIds: readonly string[],
  property: string,
): Promise<number> {
  const v = viewOf.get(stores);
  if (!v || v.policy.hidden.size === 0) return 0;
  const ids = new Set<string>();
  for (const c of await v.raw.claims.claimsFor(subjectIds)) {
    if (c.property === property && c.state === 'accepted' && c.value.type === 'ref')
      if (v.policy.hidden.has(c.value.id)) ids.add(c.value.id);
  }
  return ids.size;
}
