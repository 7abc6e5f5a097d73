/**
 * The public's view of the ledger (docs/privacy.md): the stores every read use case takes,
 * filtered by the pure rules of core/model/publish.ts. Reads for the anonymous public go
 * through `publicStores(db)`, so every use case (persons, releases, deals, sources, claims,
 * counts, search, exports) sees published data only without knowing about privacy; staff read
 * the database itself.
 *
 * Given the ledger cache, one view per ledger version: the entries the cache keeps per stores
 * object (the name index, the count input) then serve the public as they serve staff.
 */
import { type ClaimWithState, entityTypes } from '../core/model/claim.ts';
import {
  dependentsOf,
  emptyPolicy,
  isPublished,
  type PublicPolicy,
  privateEntities,
  publicClaim,
  publicSource,
} from '../core/model/publish.ts';
import type {
  ClaimFilter,
  ClaimStore,
  EntityStore,
  NameLookup,
  Page,
  SourceStore,
  Stores,
} from '../core/ports.ts';
import type { LedgerCache } from './ledger-cache.ts';

const all = 100_000_000;

/** Which entities are withheld and which sources are confidential, read now. */
export async function loadPolicy(stores: Stores): Promise<PublicPolicy> {
  const [visibility, confidential] = await Promise.all([
    // Per type: each query is served by the (subject type, property) index.
    Promise.all(
      entityTypes.map((t) =>
        stores.claims.listClaims({ subjectType: t, property: 'visibility', limit: all }),
      ),
    ),
    stores.sources.confidentialSourceIds(),
  ]);
  const hidden = privateEntities(visibility.flat());
  // Follow dependents (and what they depend on) until nothing new is withheld.
  for (let next = [...hidden]; next.length > 0; ) {
    const refs = await stores.claims.claimsReferring(next);
    next = dependentsOf(refs, hidden).filter((id) => !hidden.has(id));
    for (const id of next) hidden.add(id);
  }
  return { hidden, confidentialSources: new Set(confidential) };
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
    const stores = makeView(raw, policy, cache);
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

/** Reads `page` of the items `fetch` gives that `keep` accepts, reading only as far as needed. */
async function pagedFilter<T>(
  fetch: (page: Page) => Promise<T[]>,
  keep: (t: T) => boolean,
  page: Page,
): Promise<T[]> {
  const offset = page.offset ?? 0;
  const want = offset + (page.limit ?? all);
  const chunk = Math.min(Math.max(want, 500), 50_000);
  const out: T[] = [];
  for (let at = 0; out.length < want; at += chunk) {
    const rows = await fetch({ limit: chunk, offset: at });
    for (const r of rows) if (keep(r)) out.push(r);
    if (rows.length < chunk) break;
  }
  return out.slice(offset, want);
}

function readOnly(): never {
  throw new Error('the public view of the ledger is read-only');
}

function makeView(raw: Stores, policy: PublicPolicy, cache?: LedgerCache): Stores {
  const shown = (id: string) => !policy.hidden.has(id);
  const published = (c: ClaimWithState) => isPublished(c, policy);
  const out = (cs: readonly ClaimWithState[]) =>
    cs.filter(published).map((c) => publicClaim(c, policy));

  const entities: EntityStore = {
    createEntities: readOnly,
    getEntity: async (id) => (shown(id) ? raw.entities.getEntity(id) : null),
    getEntities: async (ids) => raw.entities.getEntities(ids.filter(shown)),
    listEntities: async (type, page = {}) =>
      policy.hidden.size === 0
        ? raw.entities.listEntities(type, page)
        : pagedFilter(
            (p) => raw.entities.listEntities(type, p),
            (e) => shown(e.id),
            page,
          ),
    countEntities: async (type) => {
      const total = await raw.entities.countEntities(type);
      if (policy.hidden.size === 0) return total;
      const hidden = await raw.entities.getEntities([...policy.hidden]);
      return total - hidden.filter((e) => e.type === type).length;
    },
  };

  const claims: ClaimStore = {
    appendClaims: readOnly,
    appendReviews: readOnly,
    getClaim: async (id) => {
      const c = await raw.claims.getClaim(id);
      return c && published(c) ? publicClaim(c, policy) : null;
    },
    claimsFor: async (ids) => out(await raw.claims.claimsFor(ids.filter(shown))),
    claimsReferring: async (ids, property) =>
      out(await raw.claims.claimsReferring(ids.filter(shown), property)),
    listClaims: async (filter: ClaimFilter = {}) => {
      if (filter.state && filter.state !== 'accepted') return [];
      const { limit, offset, ...rest } = filter;
      const rows = await pagedFilter(
        (p) => raw.claims.listClaims({ ...rest, ...p, state: 'accepted' }),
        published,
        { limit, offset },
      );
      return rows.map((c) => publicClaim(c, policy));
    },
    // Exact, so totals are right; kept in the ledger cache, since it reads every match.
    countClaims: async (filter = {}) => {
      if (filter.state && filter.state !== 'accepted') return 0;
      const f = { ...filter, state: 'accepted' as const };
      const count = async () =>
        (await raw.claims.listClaims({ ...f, limit: all })).filter(published).length;
      return cache ? cache.memo(claims, `count|${JSON.stringify(f)}`, count) : count();
    },
    // Reviews (their notes, who decided) are staff records.
    reviewsFor: async () => [],
    allReviews: async () => [],
    // As the public sees them: accepted, and corrections only of claims it can see.
    allClaims: async () => {
      const cs = await claims.listClaims({ limit: all });
      const ids = new Set(cs.map((c) => c.id));
      return cs.map(({ state: _state, ...c }) => ({
        ...c,
        initialState: 'accepted' as const,
        supersedes: c.supersedes && ids.has(c.supersedes) ? c.supersedes : null,
      }));
    },
  };

  const sources: SourceStore = {
    putSource: readOnly,
    insertSource: readOnly,
    setConfidential: readOnly,
    getSource: async (id) => {
      const s = await raw.sources.getSource(id);
      return s && publicSource(s, policy);
    },
    findByHash: async (hash) => {
      const s = await raw.sources.findByHash(hash);
      return s && !s.confidential ? s : null;
    },
    listSources: async (page) =>
      (await raw.sources.listSources(page)).map((s) => publicSource(s, policy)),
    countSources: () => raw.sources.countSources(),
    confidentialSourceIds: async () => [],
  };

  const names: NameLookup = {
    allNames: async (type) => {
      const seen = new Set<string>();
      const outNames: Array<{ entityId: string; name: string }> = [];
      for (const c of await claims.listClaims({
        subjectType: type,
        property: 'name',
        limit: all,
      })) {
        if (c.value.type !== 'name') continue;
        const key = `${c.subjectId}\u0000${c.value.name.value}`;
        if (seen.has(key)) continue;
        seen.add(key);
        outNames.push({ entityId: c.subjectId, name: c.value.name.value });
      }
      return outNames;
    },
    // The database's fuzzy index knows proposed names too: keep hits on published names only.
    searchNames: async (query, type, limit) => {
      const hits = (await raw.names.searchNames(query, type, limit * 3)).filter((h) =>
        shown(h.entityId),
      );
      const ok = new Set(
        (await claims.claimsFor(hits.map((h) => h.entityId))).flatMap((c) =>
          c.property === 'name' && c.value.type === 'name'
            ? [`${c.subjectId}\u0000${c.value.name.value}`]
            : [],
        ),
      );
      return hits.filter((h) => ok.has(`${h.entityId}\u0000${h.name}`)).slice(0, limit);
    },
  };

  // Anything else the stores hold (accounts, audit) is read by staff-only routes; passed as is.
  return { ...raw, entities, claims, sources, names };
}
