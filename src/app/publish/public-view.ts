/**
 * The public's view of the ledger (docs/privacy.md): the stores every read use case takes. Reads
 * for the anonymous public go through `publicStores(db)`, the stores' own `publicView(policy)`,
 * whose queries carry the policy of core/model/publish.ts in SQL; so every use case (persons,
 * releases, deals, sources, claims, counts, search, exports) sees published data only without
 * knowing about privacy, and no public read loads rows to drop them. Staff read the database.
 *
 * One view per database and policy: the caches keyed on a store object (the name index, the
 * count cache) then serve the public as they serve staff, and a change of policy (a person made
 * private, a source made confidential) gives a fresh view with fresh caches.
 */
import { emptyPolicy, type PublicPolicy } from '../../core/model/publish.ts';
import type { Stores } from '../../core/ports.ts';
import { writeCount } from './writes.ts';

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

interface View {
  key: string;
  stores: Stores;
}

const views = new WeakMap<Stores, View>();
const viewOf = new WeakMap<Stores, { raw: Stores; policy: PublicPolicy }>();

const keyOf = (p: PublicPolicy) =>
  `${[...p.hidden].sort().join(',')}|${[...p.confidentialSources].sort().join(',')}`;

/**
 * How long a server reuses the policy it read: a change this process makes is seen at once
 * (`noteWrite`), one made by another process (a second server, the CLI) within this time.
 */
export const policyMaxAgeMs = 1000;

const policies = new WeakMap<
  Stores,
  { writes: number; at: number; read: Promise<{ policy: PublicPolicy; key: string }> }
>();

/** The policy, read at most once per `policyMaxAgeMs` while nothing is written (nowMs given). */
function currentPolicy(raw: Stores, nowMs?: number) {
  const read = () => loadPolicy(raw).then((policy) => ({ policy, key: keyOf(policy) }));
  if (nowMs === undefined) return read();
  // Read before loading: a write landing meanwhile makes the next request load again.
  const writes = writeCount();
  const hit = policies.get(raw);
  const age = hit ? nowMs - hit.at : -1;
  if (hit && hit.writes === writes && age >= 0 && age < policyMaxAgeMs) return hit.read;
  const entry = { writes, at: nowMs, read: read() };
  policies.set(raw, entry);
  entry.read.catch(() => {
    if (policies.get(raw) === entry) policies.delete(raw);
  });
  return entry.read;
}

/**
 * The stores the anonymous public reads: published data only. With `nowMs` (servers), the
 * policy is reused for up to `policyMaxAgeMs`; without it, read afresh.
 */
export async function publicStores(raw: Stores, nowMs?: number): Promise<Stores> {
  const { policy, key } = await currentPolicy(raw, nowMs);
  const hit = views.get(raw);
  if (hit && hit.key === key) return hit.stores;
  const stores = raw.publicView(policy);
  views.set(raw, { key, stores });
  viewOf.set(stores, { raw, policy });
  return stores;
}

/** Staff read everything; everyone else the public view. */
export async function readerStores(raw: Stores, staff: boolean, nowMs?: number): Promise<Stores> {
  return staff ? raw : publicStores(raw, nowMs);
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
