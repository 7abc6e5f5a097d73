/**
 * Read models (docs/read-models.md): the answers the public reads most (a person's dossier and
 * summary, a release event, a deal) built once and kept by the database as the JSON the API
 * sends, so a hot read is one statement. A kept answer lists every id it was read from; the
 * database marks ids in the transaction of every write (migration 0014), and a kept answer
 * with a dep marked after it was built is never served: it is built again, here on the read
 * or beforehand by the refresher (refresh-read-models.ts). Claims and reviews stay the truth.
 */
import { NotFoundError } from '../../core/errors.ts';
import type { EntityType } from '../../core/model/claim.ts';
import type { Database, ReadModelStore, ReadScope, Stores } from '../../core/ports.ts';
import type { LedgerCache } from '../ledger-cache.ts';
import { isPublicView } from '../publish/public-view.ts';
import { buildDeals } from './deals.ts';
import { buildDossiers } from './get-person.ts';
import { keptMirror } from './kept-mirror.ts';
import { buildSummaries, summaryOf } from './list-persons.ts';
import { buildReleaseViews } from './release-events.ts';

export interface Built<T> {
  id: string;
  value: T;
  deps: readonly string[];
}

type Builder = (stores: Stores, ids: readonly string[]) => Promise<Array<Built<unknown>>>;

/** Each kind of answer: the entities it answers for and how it is built (in batches). */
export const kinds = {
  dossier: { type: 'person', build: buildDossiers },
  summary: { type: 'person', build: buildSummaries },
  release: { type: 'release_event', build: buildReleaseViews },
  deal: { type: 'deal', build: buildDeals },
} satisfies Record<string, { type: EntityType; build: Builder }>;

export type Kind = keyof typeof kinds;

/**
 * Answers cut from another's build, kept with it: building a dossier keeps the person's
 * summary too (buildSummaries cuts it from the dossier the same way), at no further read.
 */
const alongside: Partial<Record<Kind, { kind: Kind; cut: (value: never) => unknown }>> = {
  dossier: { kind: 'summary', cut: summaryOf as (value: never) => unknown },
};

/** The kind kept with each build of `kind` (the refresher then asks for `kind` only). */
export const alongsideKind = (kind: Kind): Kind | null => alongside[kind]?.kind ?? null;

/**
 * Raised whenever the shape of an answer changes: answers kept under another revision are
 * never served (and `habeas reindex` drops them).
 */
// 2: a release's released persons carry their names (a reader's own heads each).
const revision = 2;
export const storedKind = (kind: Kind) => `${kind}.${revision}`;
export const kindOfStored = (stored: string): Kind | null => {
  const [kind, rev] = stored.split('.');
  return rev === String(revision) && kind && kind in kinds ? (kind as Kind) : null;
};

export const scopeOf = (stores: Stores): ReadScope => (isPublicView(stores) ? 'public' : 'staff');

/**
 * Who reads: their scope, known without any read, and their stores, made only when an answer
 * must be built (the public view reads what is withheld first).
 */
export interface Reader {
  scope: ReadScope;
  stores: () => Promise<Stores>;
}

/** A reader over stores already made. */
export const readerOver = (stores: Stores): Reader => ({
  scope: scopeOf(stores),
  stores: async () => stores,
});

/**
 * Ids every answer depends on beyond its own: `merges` (a merge anywhere can move claims into
 * it) and, for the public, `policy` (what is withheld: migration 0014 says what marks them).
 */
function globalDeps(scope: ReadScope): string[] {
  return scope === 'public' ? ['merges', 'policy'] : ['merges'];
}

type ReadDb = Pick<Database, 'reads'>;

/** Answers being built now, by store, kind, scope and id: a burst of one read builds once. */
const building = new WeakMap<object, Map<string, Promise<string | undefined>>>();

/**
 * The answers (JSON text) of these ids for whoever reads through `stores`, by id: kept ones
 * that are still valid, the others built now, kept and returned. Ids with nothing to answer
 * (no such entity, or withheld from these stores) are absent.
 */
export async function keptAnswers(
  db: ReadDb,
  reader: Reader,
  kind: Kind,
  ids: readonly string[],
  cache?: LedgerCache,
): Promise<Map<string, string>> {
  const reads = db.reads;
  if (!reads) return buildAnswers(db, await reader.stores(), kind, ids);
  const held = cache && (await heldAnswers(cache, reads, reader.scope, kind, ids));
  if (held && held.missing.length === 0) return held.out;
  const out = held?.out ?? new Map<string, string>();
  const asked = held?.missing ?? ids;
  const found = await fromDatabase(db, reads, reader, kind, asked);
  for (const [id, body] of found) {
    out.set(id, body);
    held?.mirror.put({ kind: storedKind(kind), scope: reader.scope, id }, body, held.now);
  }
  return out;
}

/**
 * The answers the process holds in memory (kept-mirror.ts) at the ledger version now, and the
 * ids it lacks; null where it holds none (no memory budget).
 */
async function heldAnswers(
  cache: LedgerCache,
  reads: ReadModelStore,
  scope: ReadScope,
  kind: Kind,
  ids: readonly string[],
) {
  const mirrored = keptMirror(cache, reads);
  const now = mirrored && (await cache.current());
  if (!mirrored || now === null) return null;
  const mirror = await mirrored;
  await mirror.advance(now);
  const out = new Map<string, string>();
  const missing: string[] = [];
  for (const id of ids) {
    const body = mirror.get({ kind: storedKind(kind), scope, id });
    if (body === undefined) missing.push(id);
    else out.set(id, body);
  }
  return { mirror, now, out, missing };
}

/** Valid kept answers from the database, the others built now (and kept there). */
async function fromDatabase(
  db: ReadDb,
  reads: ReadModelStore,
  reader: Reader,
  kind: Kind,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const out = await reads.valid(storedKind(kind), reader.scope, ids);
  const missing = ids.filter((id) => !out.has(id));
  if (missing.length === 0) return out;
  if (missing.length === 1) {
    const body = await buildOnce(db, reader, kind, missing[0]!);
    if (body !== undefined) out.set(missing[0]!, body);
    return out;
  }
  const built = await buildAnswers(db, await reader.stores(), kind, missing);
  for (const [id, body] of built) out.set(id, body);
  return out;
}

/** The answers of one id, or undefined: what keptAnswers gives for a single id. */
export async function keptAnswer(
  db: ReadDb,
  reader: Reader,
  kind: Kind,
  id: string,
  cache?: LedgerCache,
): Promise<string> {
  const body = (await keptAnswers(db, reader, kind, [id], cache)).get(id);
  if (body === undefined) throw new NotFoundError(labels[kind], id);
  return body;
}

const labels: Record<Kind, string> = {
  dossier: 'person',
  summary: 'person',
  release: 'release event',
  deal: 'deal',
};

/** Kept answers parsed, in the order of `ids` (those with nothing to answer left out). */
export async function keptValues<T>(
  db: ReadDb,
  reader: Reader,
  kind: Kind,
  ids: readonly string[],
  cache?: LedgerCache,
): Promise<T[]> {
  const bodies = await keptAnswers(db, reader, kind, ids, cache);
  return ids.flatMap((id) => {
    const body = bodies.get(id);
    return body === undefined ? [] : [JSON.parse(body) as T];
  });
}

function buildOnce(db: ReadDb, reader: Reader, kind: Kind, id: string) {
  const scope = reader.scope;
  const owner = db.reads ?? db;
  let inFlight = building.get(owner);
  if (!inFlight) {
    inFlight = new Map();
    building.set(owner, inFlight);
  }
  const key = `${kind}|${scope}|${id}`;
  const running = inFlight.get(key);
  if (running) return running;
  const made = reader
    .stores()
    .then((stores) => buildAnswers(db, stores, kind, [id]))
    .then((m) => m.get(id));
  inFlight.set(key, made);
  const done = () => inFlight.delete(key);
  made.then(done, done);
  return made;
}

/**
 * Builds answers and keeps them (where the database keeps any), each stamped with the ledger
 * version read before the build: a write committed during the build marks a dep above that
 * version, so the answer is built again on its next read rather than served stale.
 */
export async function buildAnswers(
  db: ReadDb,
  stores: Stores,
  kind: Kind,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const version = stores.stamps ? await stores.stamps.ledger() : null;
  const built = await kinds[kind].build(stores, ids);
  const scope = scopeOf(stores);
  const doc = (k: Kind, b: Built<unknown>, value: unknown) => ({
    kind: storedKind(k),
    scope,
    id: b.id,
    body: JSON.stringify(value),
    deps: [...new Set([...b.deps, ...globalDeps(scope)])],
    version: version ?? 0,
  });
  const docs = built.map((b) => doc(kind, b, b.value));
  const also = alongside[kind];
  if (db.reads && version !== null)
    await db.reads.put([
      ...docs,
      ...(also ? built.map((b) => doc(also.kind, b, also.cut(b.value as never))) : []),
    ]);
  return new Map(docs.map((d) => [d.id, d.body]));
}
