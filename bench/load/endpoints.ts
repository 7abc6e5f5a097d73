/**
 * The requests the load benchmark drives: each call of `path()` a fresh random id, name, page
 * or date among what the seed wrote (./seed.ts), so no single cached answer is measured.
 */
import { dealCount, type LoadScale, nameOf, personId } from './seed.ts';

export interface Endpoint {
  path: () => string;
}

/** The floor every other endpoint is compared with (./targets.ts). */
export const FLOOR = 'health';

const pick = (n: number) => Math.floor(Math.random() * n);

/** A random day over the seeded status changes' years. */
const day = () =>
  new Date(Date.UTC(2012, 0, 1) + pick(14 * 365) * 86_400_000).toISOString().slice(0, 10);

/** A random page of 20 among the first `items` (at least the first page). */
const pageOf = (items: number) =>
  `limit=20&offset=${pick(Math.max(1, Math.ceil(items / 20))) * 20}`;

export function endpointsFor(scale: LoadScale): Record<string, Endpoint> {
  return {
    // The floor: one primary-key read per request (what a fully precomputed read model would
    // cost). What this endpoint reaches on a machine bounds every other endpoint there.
    health: { path: () => '/api/health' },
    person: { path: () => `/api/persons/${personId(pick(scale.persons))}` },
    // The first ten pages, newest first: what readers of a release day open.
    releases: { path: () => `/api/releases?${pageOf(Math.min(200, scale.releases))}` },
    release: { path: () => `/api/releases/rel_${pick(scale.releases)}` },
    deals: { path: () => `/api/deals?${pageOf(dealCount(scale))}` },
    search: {
      path: () => `/api/persons?q=${encodeURIComponent(nameOf(pick(scale.persons)))}&limit=10`,
    },
    count: { path: () => `/api/counts?country=BY&at=${day()}` },
    // The same figures without the list of held persons' ids (tens of thousands at full scale).
    count_figures: { path: () => `/api/counts?country=BY&at=${day()}&ids=false` },
  };
}

/** The endpoints named in `only` (all when not given), in the table's order; names checked. */
export function chooseEndpoints(
  all: Record<string, Endpoint>,
  only: readonly string[] | null,
  variable = 'HABEAS_LOAD_ENDPOINTS',
): Array<[string, Endpoint]> {
  const unknown = only?.filter((e) => !Object.hasOwn(all, e)) ?? [];
  if (unknown.length) {
    throw new Error(`${variable}: unknown ${unknown.join(', ')} (${Object.keys(all).join(', ')})`);
  }
  return Object.entries(all).filter(([name]) => !only || only.includes(name));
}
