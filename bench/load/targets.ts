/**
 * The targets of the load benchmark (issue 15), as ratios to the floor measured in the same
 * run: one primary-key read per request (`health`), at the same number of connections on the
 * same backend. What a machine can do bounds every endpoint on it; a ratio does not depend on
 * the machine, an absolute p99 does.
 */
import type { Backend } from './config.ts';
import type { LoadResult } from './drive.ts';

export interface RatioTarget {
  /** The least share of the floor's req/s. */
  minRatio: number;
  /** The most p99 may be, in multiples of the floor's p99. */
  maxP99Ratio: number;
}

export const TARGETS: Record<Backend, RatioTarget> = {
  postgres: { minRatio: 0.4, maxP99Ratio: 3 },
  // PGlite runs one statement at a time inside the server process.
  pglite: { minRatio: 0.25, maxP99Ratio: 5 },
};

/** The number of connections the targets are judged at. */
export const TARGET_CONNECTIONS = 200;

/** The 1,000,000-person figures, one connection: milliseconds. */
export const SCALE_TARGETS = {
  /** A count at a date (figures only), every request: p99. */
  countP99Ms: 10,
  /** A name search, the typical request: p50. */
  searchP50Ms: 20,
};

export interface Verdict {
  ratioToFloor: number | null;
  p99ToFloor: number | null;
  meets: boolean;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * An endpoint's figures against the floor's: null ratios when either side has no figure (no
 * request answered), and then the target is not met. Any error or non-2xx answer fails it.
 */
export function judge(r: LoadResult, floor: LoadResult, target: RatioTarget): Verdict {
  const ratioToFloor = floor.reqPerSec > 0 ? round2(r.reqPerSec / floor.reqPerSec) : null;
  const p99ToFloor =
    r.p99Ms !== null && floor.p99Ms !== null && floor.p99Ms > 0
      ? round2(r.p99Ms / floor.p99Ms)
      : null;
  const meets =
    ratioToFloor !== null &&
    p99ToFloor !== null &&
    ratioToFloor >= target.minRatio &&
    p99ToFloor <= target.maxP99Ratio &&
    r.errors === 0 &&
    r.non2xx === 0;
  return { ratioToFloor, p99ToFloor, meets };
}

export interface Judged {
  endpoint: string;
  connections: number;
  meets: boolean;
}

/**
 * Which endpoints meet the targets at the target connections (or, when the run did not measure
 * that many, at the most it measured): the summary line of a backend.
 */
export function summarize(judged: readonly Judged[]): {
  connections: number | null;
  meet: string[];
  miss: string[];
  allMeet: boolean;
} {
  const levels = judged.map((j) => j.connections);
  const connections = levels.includes(TARGET_CONNECTIONS)
    ? TARGET_CONNECTIONS
    : levels.length
      ? Math.max(...levels)
      : null;
  const at = judged.filter((j) => j.connections === connections);
  const meet = at.filter((j) => j.meets).map((j) => j.endpoint);
  const miss = at.filter((j) => !j.meets).map((j) => j.endpoint);
  return { connections, meet, miss, allMeet: at.length > 0 && miss.length === 0 };
}
