/**
 * The name index behind person search is built once per ledger version, even when a burst of
 * searches reaches a cold server at once, and a build that failed is not kept.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSampleLedger } from '../../src/adapters/sample-ledger.ts';
import type { AppContext } from '../../src/app/context.ts';
import { LedgerCache } from '../../src/app/ledger-cache.ts';
import { searchPersons } from '../../src/app/read/search-persons.ts';
import { proposeClaim } from '../../src/app/review/propose-claim.ts';
import { reviewClaim } from '../../src/app/review/review-claim.ts';
import { importLedger } from '../../src/app/transfer/import-ledger.ts';
import type { Database, Stores } from '../../src/core/ports.ts';
import { appContext } from '../support/app-context.ts';
import { backends } from '../support/databases.ts';
import { FixedClock } from '../support/factories.ts';

/** The real stores, with every read of all names counted and, while `failing`, refused. */
function countingNames(db: Database) {
  const state = { reads: 0, failing: false, readsOf: [] as Array<readonly string[]> };
  const names = Object.create(db.names) as Stores['names'];
  names.allNames = async (type, ids) => {
    if (ids) state.readsOf.push(ids);
    else state.reads += 1;
    if (state.failing) throw new Error('connection terminated');
    return db.names.allNames(type, ids);
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

describe.each(backends())('the live name index on $name', (backend) => {
  let ctx: AppContext;
  let first: { entityId: string; name: string };
  beforeAll(async () => {
    const db = await backend.open();
    await importLedger(db, await readSampleLedger());
    ctx = appContext(db, { clock: new FixedClock('2026-02-01T00:00:00.000Z') });
    first = (await db.names.allNames('person'))[0]!;
  });
  afterAll(async () => {
    await ctx?.db.close();
  });

  const editor = { kind: 'user', id: 'rita' } as const;
  const nameOf = (value: string) => ({
    type: 'name' as const,
    name: { value, script: 'latin' as const, language: null, kind: 'alias' as const },
  });

  it('learns new and rejected spellings from what changed, without reading every name again', async () => {
    const { stores, state } = countingNames(ctx.db);
    const changes = (v: number) => ctx.db.reads!.changedSince(v);
    const search = (q: string) => searchPersons(ctx.cache, stores, q, 5, undefined, changes);
    const person = first.entityId;
    await search(first.name);
    expect(state.reads).toBe(1);
    const added = await proposeClaim(
      ctx,
      { subjectId: person, property: 'name', value: nameOf('Zabulon Quartermaine') },
      editor,
      'accepted',
    );
    const found = await search('Zabulon Quartermaine');
    expect(found[0]?.person.id).toBe(person);
    expect(found[0]?.matchedName).toBe('Zabulon Quartermaine');
    // Caught up through the names of the person changed, not a second read of all names.
    expect(state.reads).toBe(1);
    expect(state.readsOf).toEqual([[person]]);
    await reviewClaim(ctx, { claimId: added.id, state: 'rejected', author: editor });
    const gone = await search('Zabulon Quartermaine');
    expect(gone.filter((h) => h.matchedName === 'Zabulon Quartermaine')).toEqual([]);
    expect(state.reads).toBe(1);
    // What the public may see changed: the index is built again.
    await proposeClaim(
      ctx,
      { subjectId: person, property: 'visibility', value: { type: 'text', text: 'private' } },
      editor,
      'accepted',
    );
    await search(first.name);
    expect(state.reads).toBe(2);
  });
});
