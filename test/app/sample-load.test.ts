// The sample as `npm start` uses it: loaded into a fresh embedded database (PGlite in memory),
// exported back unchanged, and searchable by any spelling of a name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/db/connect.ts';
import { buildSampleLedger } from '../../src/app/sample/build-sample.ts';
import { exportLedger } from '../../src/app/transfer/export-ledger.ts';
import { loadSampleIfEmpty } from '../../src/app/transfer/load-sample.ts';
import type { Database } from '../../src/core/ports.ts';

const byId = <T extends { id: string }>(xs: readonly T[]) =>
  [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('sample ledger in a fresh embedded database', () => {
  let db: Database;
  const sample = buildSampleLedger();

  beforeAll(async () => {
    db = await openDatabase({ memory: true });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('loads into an empty database once, and not over existing data', async () => {
    const loaded = await loadSampleIfEmpty(db);
    expect(loaded).toEqual({
      sources: sample.sources.length,
      entities: sample.entities.length,
      claims: sample.claims.length,
      reviews: sample.reviews.length,
      alreadyStored: 0,
    });
    expect(await loadSampleIfEmpty(db)).toBeNull();
  });

  it('exports back every record unchanged', async () => {
    const out = await exportLedger(db, { all: true });
    expect(byId(out.sources)).toEqual(byId(sample.sources));
    expect(byId(out.entities)).toEqual(byId(sample.entities));
    expect(out.claims).toEqual(sample.claims);
    expect(out.reviews).toEqual(sample.reviews);
  });

  it('finds a person by a press spelling and by a Cyrillic one', async () => {
    const press = await db.names.searchNames('Maria Kolesnikova', 'person', 3);
    expect(press[0]?.entityId).toBe('per_kalesnikava');
    const cyrillic = await db.names.searchNames('Бяляцкі', 'person', 3);
    expect(cyrillic[0]?.entityId).toBe('per_bialiatski');
  });
});
