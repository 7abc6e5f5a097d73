/**
 * The keys of items read from watched sources (src/adapters/db/watched-store.ts seen and
 * markSeen), each taking its keys as one array parameter: a read of a 1,000-item feed looks
 * up and marks twice as many keys, repeats among them, some marked already by another source.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/core/ports.ts';
import { backends } from '../../support/databases.ts';

const keys = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `url:https://wire.example.org/a/${from + i}`);

describe.each(backends())('watched item keys on $name', (backend) => {
  let db: Database;
  beforeEach(async () => {
    db = await backend.open();
  });
  afterEach(async () => {
    await db.close();
  });

  it('finds exactly the keys marked, across thousands, repeats and a second source', async () => {
    const at = '2026-06-01T08:00:00.000Z';
    expect(await db.watched.seen([])).toEqual(new Set());
    await db.watched.markSeen([], 'wat_a', at);
    await db.watched.markSeen([...keys(0, 2500), ...keys(0, 10)], 'wat_a', at);
    // Marked again, partly, by another source: no error, and each key counts once.
    await db.watched.markSeen(keys(2400, 2600), 'wat_b', at);
    const asked = [...keys(2550, 2700), ...keys(0, 3), "sha256:it's 'quoted'", ...keys(0, 3)];
    expect([...(await db.watched.seen(asked))].sort()).toEqual(
      [...keys(2550, 2600), ...keys(0, 3)].sort(),
    );
    expect((await db.watched.seen(keys(0, 2600))).size).toBe(2600);
    await db.watched.markSeen(["sha256:it's 'quoted'"], 'wat_a', at);
    expect(await db.watched.seen(["sha256:it's 'quoted'", 'url:none'])).toEqual(
      new Set(["sha256:it's 'quoted'"]),
    );
  });
});
