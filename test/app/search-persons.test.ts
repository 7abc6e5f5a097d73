/**
 * The name index behind person search is built once per ledger version, even when a burst of
 * searches reaches a cold server at once, and a build that failed is not kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSampleLedger } from '../../src/adapters/sample-ledger.ts';
import { LedgerCache } from '../../src/app/ledger-cache.ts';
import { searchPersons } from '../../src/app/read/search-persons.ts';
import { importLedger } from '../../src/app/transfer/import-ledger.ts';
import type { Database, Stores } from '../../src/core/ports.ts';
import { backends } from '../support/databases.ts';

/** The real stores, with every read of all names counted and, while `failing`, refused. */
function countingNames(db: Database) {
  const state = { reads: 0, failing: false };
  const names = Object.create(db.names) as Stores['names'];
  names.allNames = async (type) => {
    state.reads += 1;
    if (state.failing) throw new Error('connection terminated');
    return db.names.allNames(type);
  };
  return { stores: { ...db, names } as Stores, state };
}

describe.each(backends())('person search on $name', (backend) => {
  let db: Database;
  let first: { entityId: string; name: string };
  beforeAll(async () => {
    db = await backend.open();
    await importLedger(db, await readSampleLedger());
    first = (await db.names.allNames('person'))[0]!;
  });
  afterAll(async () => {
    await db?.close();
  });

  // Each test has a cache of its own, so each starts cold.
  it('builds the name index once for a burst of searches on a cold cache', async () => {
    const { stores, state } = countingNames(db);
    const cache = new LedgerCache(db);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => searchPersons(cache, stores, first.name, 5)),
    );
    expect(state.reads).toBe(1);
    expect(answers[0]!.length).toBeGreaterThan(0);
    expect(answers[0]![0]!.person.id).toBe(first.entityId);
    for (const a of answers) expect(a).toEqual(answers[0]);
    await searchPersons(cache, stores, first.name, 5);
    expect(state.reads).toBe(1);
  });

  it('tries the build again after one failed', async () => {
    const { stores, state } = countingNames(db);
    const cache = new LedgerCache(db);
    state.failing = true;
    await expect(searchPersons(cache, stores, first.name, 5)).rejects.toThrow(
      'connection terminated',
    );
    state.failing = false;
    const hits = await searchPersons(cache, stores, first.name, 5);
    expect(hits[0]!.person.id).toBe(first.entityId);
    expect(state.reads).toBe(2);
  });
});
