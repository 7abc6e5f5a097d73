/**
 * The read behind every count figure (all status changes, aggregates and reported counts) takes
 * seconds over a large registry, so the dashboard keeps it in memory and reuses it until
 * something may have changed it:
 * - the number of claims changes (claims are append-only: any new claim, from any process), or
 * - this process served a write (`noteWrite`: reviews change states without adding claims), or
 * - it is older than `maxAgeMs`, the bound on how late a review made by another process (a second
 *   server on the same PostgreSQL) shows.
 */
import type { ReportedCount } from '../../core/model/count-claims.ts';
import type { CountInput } from '../../core/model/counts.ts';
import type { Stores } from '../../core/ports.ts';
import { countingStores } from '../publish/public-view.ts';
import { writeCount } from '../publish/writes.ts';
import { countInput, reportedCounts } from './count-prisoners.ts';

export { noteWrite } from '../publish/writes.ts';

export const maxAgeMs = 60_000;

export interface CountData {
  input: CountInput;
  reported: ReportedCount[];
}

interface Entry {
  claims: number;
  writes: number;
  loadedAt: number;
  data: Promise<CountData>;
  /** Results derived from the same state of the ledger (a series for a range, a count), by key. */
  derived: Map<string, Promise<unknown>>;
}

const cache = new WeakMap<object, Entry>();

async function validEntry(stores: Stores, nowMs: number): Promise<Entry> {
  // A version stamp, not a total: the whole ledger's count is one cheap query, also for the
  // public view (whose own exact count would read every claim).
  const claims = await countingStores(stores).claims.countClaims();
  const writes = writeCount();
  const hit = cache.get(stores.claims);
  if (hit && hit.claims === claims && hit.writes === writes && nowMs - hit.loadedAt < maxAgeMs) {
    return hit;
  }
  // Private persons count (anonymously) in the public's figures too: see docs/privacy.md.
  const data = Promise.all([countInput(countingStores(stores)), reportedCounts(stores)]).then(
    ([input, reported]) => ({ input, reported }),
  );
  const entry: Entry = { claims, writes, loadedAt: nowMs, data, derived: new Map() };
  cache.set(stores.claims, entry);
  // A failed load must not be served from memory to the next caller.
  data.catch(() => {
    if (cache.get(stores.claims) === entry) cache.delete(stores.claims);
  });
  return entry;
}

/** The count input, from memory when still valid; concurrent callers share one load. */
export async function cachedCountData(stores: Stores, nowMs: number): Promise<CountData> {
  return (await validEntry(stores, nowMs)).data;
}

/**
 * A result computed from the ledger (e.g. a series for one range), kept as long as the count
 * input is: the same invalidation rules apply, so it is never staler than the counts.
 */
export async function cachedDerived<T>(
  stores: Stores,
  nowMs: number,
  key: string,
  compute: (data: CountData) => Promise<T> | T,
): Promise<T> {
  const entry = await validEntry(stores, nowMs);
  const hit = entry.derived.get(key);
  if (hit) return hit as Promise<T>;
  const value = entry.data.then(compute);
  entry.derived.set(key, value);
  value.catch(() => entry.derived.delete(key));
  // Bound the memory a client asking for many ranges can take.
  if (entry.derived.size > 200) entry.derived.delete(entry.derived.keys().next().value!);
  return value;
}
