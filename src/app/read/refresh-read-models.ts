/**
 * Keeps the read models' answers built ahead of their readers (docs/read-models.md): whatever
 * was marked since the last run is rebuilt, so a reader finds a valid answer instead of
 * building one. Readers never depend on it for correctness (an answer with a newer mark is not
 * served); it only takes the building off the request path. Its lag is what /api/health shows.
 */
import type { Database, ReadDoc, ReadScope, Stores } from '../../core/ports.ts';
import { publicStores } from '../publish/public-view.ts';
import { reachesEverything } from './live-state.ts';
import {
  alongsideKind,
  buildAnswers,
  type Kind,
  kindOfStored,
  kinds,
  storedKind,
} from './read-models.ts';

/** The refresher's name in read_state. */
export const refresherName = 'answers';
/** Answers built per batch: a fixed number of reads each, bounded memory. */
const batch = 500;

type Key = Pick<ReadDoc, 'kind' | 'scope' | 'id'>;
type ReadDb = Pick<Database, 'reads' | 'stamps' | 'entities'> & Stores;

export interface RefreshResult {
  /** The ledger version the kept answers are now built at or after. */
  version: number;
  rebuilt: number;
  dropped: number;
}

/** Rebuilds every kept answer reached by a change since the last run; null without a store. */
export async function refreshReadModels(db: ReadDb): Promise<RefreshResult | null> {
  const reads = db.reads;
  if (!reads || !db.stamps) return null;
  const [from, version] = await Promise.all([reads.position(refresherName), db.stamps.ledger()]);
  if (version <= from) return { version: from, rebuilt: 0, dropped: 0 };
  const changed = await reads.changedSince(from);
  // A merge or a change of what is withheld reaches answers far from the ids marked.
  const reached = reachesEverything(changed) ? await reads.keys() : await reads.readersOf(changed);
  const fresh = await newAnswers(db, changed);
  const result = await rebuild(db, [...reached, ...fresh]);
  await reads.setPosition(refresherName, version);
  return { version, ...result };
}

/** Drops every kept answer and builds the public ones of every entity again (reindex). */
export async function rebuildReadModels(
  db: ReadDb,
  opts: { staff?: boolean } = {},
): Promise<RefreshResult | null> {
  const reads = db.reads;
  if (!reads || !db.stamps) return null;
  const version = await db.stamps.ledger();
  await reads.clear();
  const keys: Key[] = [];
  const scopes: ReadScope[] = opts.staff ? ['public', 'staff'] : ['public'];
  for (const kind of Object.keys(kinds) as Kind[]) {
    const records = await db.entities.listEntities(kinds[kind].type, { limit: 10_000_000 });
    for (const scope of scopes)
      for (const r of records) keys.push({ kind: storedKind(kind), scope, id: r.id });
  }
  const result = await rebuild(db, keys);
  await reads.setPosition(refresherName, version);
  return { version, ...result };
}

/** Public answers of entities new or changed since (persons, releases, deals): built ahead. */
async function newAnswers(db: ReadDb, changed: readonly string[]): Promise<Key[]> {
  const entities = await db.entities.getEntities(changed.filter((id) => id.includes('_')));
  return (Object.keys(kinds) as Kind[]).flatMap((kind) =>
    entities
      .filter((e) => e.type === kinds[kind].type)
      .map((e) => ({ kind: storedKind(kind), scope: 'public' as const, id: e.id })),
  );
}

/** Builds the answers of these keys again; those with nothing to answer any more are dropped. */
async function rebuild(db: ReadDb, keys: readonly Key[]): Promise<Omit<RefreshResult, 'version'>> {
  const groups = new Map<string, { kind: Kind; scope: ReadScope; ids: Set<string> }>();
  // Answers of another revision are never served: dropped, not rebuilt.
  const gone: Key[] = keys.filter((k) => kindOfStored(k.kind) === null);
  for (const k of keys) {
    const kind = kindOfStored(k.kind);
    if (kind === null) continue;
    const name = `${kind}|${k.scope}`;
    const group = groups.get(name) ?? { kind, scope: k.scope, ids: new Set<string>() };
    group.ids.add(k.id);
    groups.set(name, group);
  }
  // A summary comes with its person's dossier when both are asked for.
  for (const { kind, scope, ids } of groups.values())
    for (const other of groups.values())
      if (other.scope === scope && alongsideKind(other.kind) === kind)
        for (const id of other.ids) ids.delete(id);
  let rebuilt = 0;
  for (const { kind, scope, ids } of groups.values()) {
    const stores = scope === 'public' ? await publicStores(db) : db;
    const all = [...ids];
    for (let i = 0; i < all.length; i += batch) {
      const part = all.slice(i, i + batch);
      const built = await buildAnswers(db, stores, kind, part);
      rebuilt += built.size;
      const also = alongsideKind(kind);
      for (const id of part) {
        if (built.has(id)) continue;
        gone.push({ kind: storedKind(kind), scope, id });
        if (also) gone.push({ kind: storedKind(also), scope, id });
      }
    }
  }
  if (gone.length > 0) await db.reads!.drop(gone);
  return { rebuilt, dropped: gone.length };
}
