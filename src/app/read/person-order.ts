/**
 * People in a reader's order: by the name that heads each person's row for a reader of that
 * language (core/names/headline.ts: their spelling in the language and its script, else one in
 * the script, else the name shown to everyone), compared as the language collates them, so a
 * Belarusian reader finds Ў after У and a Ukrainian one Ґ after Г, across every page of the list
 * and not only within one. Ties (the same name) go by id, so pages never overlap.
 *
 * Made from every person's accepted names, a merged person's under the one it was merged into.
 * With what changed at hand (the read models' marks), one order per scope and language is kept
 * for the life of the process and only the persons changed since are read again (live-state.ts;
 * at 10,000 persons a build reads for about a second, an update for milliseconds); without,
 * one per ledger version (ledger-cache.ts).
 */
import type { ClaimWithState } from '../../core/model/claim.ts';
import { reconcileEntity } from '../../core/model/reconcile.ts';
import { displayName, namesOf } from '../../core/model/views.ts';
import { headlineName, type ReaderLanguage } from '../../core/names/headline.ts';
import type { Stores } from '../../core/ports.ts';
import type { LedgerCache } from '../ledger-cache.ts';
import { isPublicView } from '../publish/public-view.ts';
import { type ChangesSince, liveValue } from './live-state.ts';
import { type MergeMap, mergeMap, survivorIn } from './merged.ts';

/** Each person's place in the reader's order (0 first), every person of these stores placed. */
export type PersonOrder = ReadonlyMap<string, number>;

interface Keyed {
  lang: ReaderLanguage;
  merges: MergeMap;
  /** Each person's sort key: the name heading their row (a merged person: the survivor's). */
  keys: Map<string, string>;
  order: PersonOrder;
}

const isName = (c: ClaimWithState) => c.property === 'name' && c.state === 'accepted';

/** The key of each survivor among `claims` (accepted name claims of survivors and members). */
function keysOf(
  claims: readonly ClaimWithState[],
  merges: MergeMap,
  lang: ReaderLanguage,
): Map<string, string> {
  const bySurvivor = new Map<string, ClaimWithState[]>();
  for (const c of claims) {
    const id = survivorIn(merges.into, c.subjectId);
    const list = bySurvivor.get(id);
    if (list) list.push(c);
    else bySurvivor.set(id, [c]);
  }
  const keys = new Map<string, string>();
  for (const [id, list] of bySurvivor) {
    const projection = reconcileEntity('person', list);
    keys.set(id, headlineName(namesOf(projection), displayName(projection, id), lang));
  }
  return keys;
}

/** Every id of `keys` sorted by its key as `lang` collates, then by id. */
function ordered(keys: ReadonlyMap<string, string>, lang: ReaderLanguage): PersonOrder {
  const collator = new Intl.Collator(lang);
  const ids = [...keys.keys()].sort(
    (a, b) => collator.compare(keys.get(a)!, keys.get(b)!) || (a < b ? -1 : 1),
  );
  return new Map(ids.map((id, i) => [id, i]));
}

async function build(stores: Stores, lang: ReaderLanguage): Promise<Keyed> {
  const [persons, names, merges] = await Promise.all([
    stores.entities.listEntities('person', { limit: 1_000_000 }),
    stores.claims.listClaims({
      subjectType: 'person',
      property: 'name',
      state: 'accepted',
      limit: 10_000_000,
    }),
    mergeMap(stores, 'person'),
  ]);
  const named = keysOf(names, merges, lang);
  // A person without an accepted name (yet) is placed by its id, as the row shows it.
  const keys = new Map(
    persons.map((p) => [p.id, named.get(survivorIn(merges.into, p.id)) ?? p.id]),
  );
  return { lang, merges, keys, order: ordered(keys, lang) };
}

/**
 * The changed persons' keys read again (merges and what the public may see rebuild instead:
 * live-state.ts). A change to a merged person's names changes its survivor's key, and so the
 * key of every person merged into that survivor.
 */
async function update(stores: Stores, live: Keyed, changed: readonly string[]): Promise<Keyed> {
  const persons = (await stores.entities.getEntities(changed))
    .filter((e) => e.type === 'person')
    .map((e) => e.id);
  if (!persons.length) return live;
  const survivors = [...new Set(persons.map((id) => survivorIn(live.merges.into, id)))];
  const group = (id: string) => [id, ...(live.merges.members.get(id) ?? [])];
  const everyone = survivors.flatMap(group);
  const named = keysOf(
    (await stores.claims.claimsFor(everyone)).filter(isName),
    live.merges,
    live.lang,
  );
  const keys = new Map(live.keys);
  for (const id of persons) if (!keys.has(id)) keys.set(id, id);
  for (const s of survivors) for (const id of group(s)) keys.set(id, named.get(s) ?? id);
  return { ...live, keys, order: ordered(keys, live.lang) };
}

/** The reader's order of the persons these stores show. */
export async function personOrder(
  cache: LedgerCache,
  stores: Stores,
  lang: ReaderLanguage,
  changes?: ChangesSince,
): Promise<PersonOrder> {
  const now = changes ? await cache.current() : null;
  if (now === null || !changes)
    return (await cache.memo(stores, `person-order|${lang}`, () => build(stores, lang))).order;
  const scope = isPublicView(stores) ? 'public' : 'staff';
  const live = await liveValue(
    cache,
    `person-order|${scope}|${lang}`,
    now,
    changes,
    () => build(stores, lang),
    (value, changed) => update(stores, value, changed),
  );
  return live.order;
}

/** Ids in the reader's order; any the order does not know (made since) last, by id. */
export function inReaderOrder(ids: readonly string[], order: PersonOrder): string[] {
  const place = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...ids].sort((a, b) => place(a) - place(b) || (a < b ? -1 : a > b ? 1 : 0));
}
