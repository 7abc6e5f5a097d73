/**
 * The name index behind person search is built once per ledger version, even when a burst of
 * searches reaches a cold server at once, and a build that failed is not kept.
 */
import { describe, expect, it } from 'vitest';
import { importLedger } from '../../src/app/import-ledger.ts';
import { buildSampleLedger } from '../../src/app/sample/build-sample.ts';
import { searchPersons } from '../../src/app/search-persons.ts';
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
  it('builds the name index once for a burst of searches on a cold cache', async () => {
    const db = await backend.open();
    try {
      await importLedger(db, buildSampleLedger());
      const { entityId, name } = (await db.names.allNames('person'))[0]!;
      const { stores, state } = countingNames(db);
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => searchPersons(stores, name, 5)),
      );
      expect(state.reads).toBe(1);
      expect(answers[0]!.length).toBeGreaterThan(0);
      expect(answers[0]![0]!.person.id).toBe(entityId);
      for (const a of answers) expect(a).toEqual(answers[0]);
      await searchPersons(stores, name, 5);
      expect(state.reads).toBe(1);
    } finally {
      await db.close();
    }
  });

  it('tries the build again after one failed', async () => {
    const db = await backend.open();
    try {
      await importLedger(db, buildSampleLedger());
      const { entityId, name } = (await db.names.allNames('person'))[0]!;
      const { stores, state } = countingNames(db);
      state.failing = true;
      await expect(searchPersons(stores, name, 5)).rejects.toThrow('connection terminated');
      state.failing = false;
      const hits = await searchPersons(stores, name, 5);
      expect(hits[0]!.person.id).toBe(entityId);
      expect(state.reads).toBe(2);
    } finally {
      await db.close();
    }
  });
});
