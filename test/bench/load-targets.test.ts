/**
 * The load benchmark's verdicts (bench/load/targets.ts) and settings (bench/load/config.ts):
 * a figure is judged against the floor of the same run, and a bad setting stops the run.
 */
import { describe, expect, it } from 'vitest';
import { connectionLevels, loadScale, scaleScale } from '../../bench/load/config.ts';
import type { LoadResult } from '../../bench/load/drive.ts';
import { chooseEndpoints, endpointsFor } from '../../bench/load/endpoints.ts';
import { judge, summarize, TARGETS } from '../../bench/load/targets.ts';

const result = (o: Partial<LoadResult>): LoadResult => ({
  reqPerSec: 1000,
  p50Ms: 20,
  p99Ms: 100,
  errors: 0,
  non2xx: 0,
  requests: 10_000,
  ...o,
});
const floor = result({ reqPerSec: 5000, p99Ms: 100 });

describe('judging an endpoint against the floor', () => {
  it('gives the ratios to the floor and meets the PostgreSQL target at 40% and 3x', () => {
    const at = judge(result({ reqPerSec: 2000, p99Ms: 300 }), floor, TARGETS.postgres);
    expect(at).toEqual({ ratioToFloor: 0.4, p99ToFloor: 3, meets: true });
  });

  it('misses on too few requests, too long a p99, or any error', () => {
    const pg = TARGETS.postgres;
    expect(judge(result({ reqPerSec: 1950, p99Ms: 100 }), floor, pg).meets).toBe(false);
    expect(judge(result({ reqPerSec: 4000, p99Ms: 301 }), floor, pg).meets).toBe(false);
    expect(judge(result({ reqPerSec: 4000, errors: 1 }), floor, pg).meets).toBe(false);
    expect(judge(result({ reqPerSec: 4000, non2xx: 3 }), floor, pg).meets).toBe(false);
  });

  it('holds PGlite to 25% and 5x', () => {
    const r = result({ reqPerSec: 1250, p99Ms: 500 });
    expect(judge(r, floor, TARGETS.pglite).meets).toBe(true);
    expect(judge(r, floor, TARGETS.postgres).meets).toBe(false);
  });

  it('has no ratio, and no pass, when no request was answered', () => {
    const none = result({ reqPerSec: 0, p50Ms: null, p99Ms: null, requests: 0 });
    expect(judge(none, floor, TARGETS.pglite)).toEqual({
      ratioToFloor: 0,
      p99ToFloor: null,
      meets: false,
    });
    expect(judge(result({}), none, TARGETS.pglite)).toEqual({
      ratioToFloor: null,
      p99ToFloor: null,
      meets: false,
    });
  });
});

describe('the summary of a backend', () => {
  it('lists the endpoints meeting the targets at 200 connections', () => {
    const s = summarize([
      { endpoint: 'person', connections: 50, meets: false },
      { endpoint: 'person', connections: 200, meets: true },
      { endpoint: 'search', connections: 200, meets: false },
    ]);
    expect(s).toEqual({ connections: 200, meet: ['person'], miss: ['search'], allMeet: false });
  });

  it('judges at the most connections measured when 200 were not', () => {
    const s = summarize([
      { endpoint: 'person', connections: 10, meets: false },
      { endpoint: 'person', connections: 20, meets: true },
    ]);
    expect(s).toEqual({ connections: 20, meet: ['person'], miss: [], allMeet: true });
  });
});

describe('settings', () => {
  it('reads connection levels in order, each once', () => {
    expect(connectionLevels({}, 'C', [50, 200])).toEqual([50, 200]);
    expect(connectionLevels({ C: '200, 10,200' }, 'C', [50])).toEqual([200, 10]);
  });

  it('says which variable holds a bad value', () => {
    expect(() => connectionLevels({ C: '50,lots' }, 'C', [50])).toThrow(
      "C: 'lots' is not a whole number of at least 1",
    );
    expect(() => loadScale({ HABEAS_LOAD_PERSONS: '1e3.5' })).toThrow(/HABEAS_LOAD_PERSONS/);
    expect(() => chooseEndpoints(endpointsFor(loadScale({})), ['person', 'dossier'])).toThrow(
      'HABEAS_LOAD_ENDPOINTS: unknown dossier',
    );
  });

  it('seeds two status changes per person in the scale run unless told', () => {
    expect(scaleScale({ HABEAS_LOAD_SCALE_PERSONS: '1000' })).toMatchObject({
      persons: 1000,
      changes: 2000,
    });
  });
});
