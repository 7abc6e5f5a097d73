/**
 * The load benchmarks' settings from the environment (docs/performance.md, "Running the load
 * benchmark"). A value that is not what the variable takes stops the run and says which one.
 */
import type { LoadScale } from './seed.ts';

export type Backend = 'pglite' | 'postgres';
const BACKENDS: readonly Backend[] = ['pglite', 'postgres'];

type Env = Record<string, string | undefined>;

/** A whole number >= min from `name`, or `fallback` when unset. */
export function wholeNumber(env: Env, name: string, fallback: number, min = 1): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    throw new Error(`${name}: '${raw}' is not a whole number of at least ${min}`);
  }
  return n;
}

/** A comma-separated list from `name` (blank items dropped), or `fallback` when unset. */
export function list(env: Env, name: string, fallback: readonly string[]): string[] {
  const raw = env[name]?.trim();
  if (!raw) return [...fallback];
  return raw
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
}

/** Connection counts: whole numbers >= 1, each once, in the order given. */
export function connectionLevels(env: Env, name: string, fallback: readonly number[]): number[] {
  const levels = list(env, name, fallback.map(String)).map((x) =>
    wholeNumber({ [name]: x }, name, 0),
  );
  if (levels.length === 0) throw new Error(`${name}: no connection count given`);
  return [...new Set(levels)];
}

export function backendList(env: Env, name: string, fallback: readonly Backend[]): Backend[] {
  const chosen = list(env, name, fallback);
  const unknown = chosen.filter((b) => !BACKENDS.includes(b as Backend));
  if (unknown.length) {
    throw new Error(`${name}: unknown backend ${unknown.join(', ')} (${BACKENDS.join(', ')})`);
  }
  return chosen as Backend[];
}

/** The PostgreSQL server the throw-away databases are made on. */
export function adminUrl(env: Env): string {
  return (
    env.HABEAS_LOAD_DATABASE_URL?.trim() ||
    env.HABEAS_TEST_DATABASE_URL?.trim() ||
    'postgres://postgres@127.0.0.1:5432/postgres'
  );
}

/** Node flags for the server process only (NODE_OPTIONS refuses --cpu-prof). */
export function serverNodeArgs(env: Env): string[] {
  return env.HABEAS_LOAD_SERVER_NODE_ARGS?.trim().split(/\s+/) ?? [];
}

/** The registry bench:load seeds: 100,000 persons unless told otherwise. */
export function loadScale(env: Env): LoadScale {
  return {
    persons: wholeNumber(env, 'HABEAS_LOAD_PERSONS', 100_000),
    changes: wholeNumber(env, 'HABEAS_LOAD_CHANGES', 1_000_000),
    releases: wholeNumber(env, 'HABEAS_LOAD_RELEASES', 500),
    deals: wholeNumber(env, 'HABEAS_LOAD_DEALS', 50, 0),
  };
}

/**
 * The registry of the scale run: 1,000,000 persons with two status changes each (ten each,
 * as bench:load has, would be 30 million claims: hours of seeding on this machine).
 */
export function scaleScale(env: Env): LoadScale {
  const persons = wholeNumber(env, 'HABEAS_LOAD_SCALE_PERSONS', 1_000_000);
  return {
    persons,
    changes: wholeNumber(env, 'HABEAS_LOAD_SCALE_CHANGES', 2 * persons),
    releases: wholeNumber(env, 'HABEAS_LOAD_RELEASES', 500),
    deals: wholeNumber(env, 'HABEAS_LOAD_DEALS', 50, 0),
  };
}
