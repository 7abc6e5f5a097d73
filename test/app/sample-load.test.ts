// The sample as `npm start` uses it: data/sample-ledger.json loaded into an empty database
// (PGlite, and PostgreSQL when configured) through the ledger import, exported back unchanged,
// searchable by any spelling of a name, and hashed as ingest hashes: a sample text ingested
// again is the same report.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSampleLedger } from '../../src/adapters/sample-ledger.ts';
import { ingestReport } from '../../src/app/ingest/ingest-report.ts';
import { exportLedger } from '../../src/app/transfer/export-ledger.ts';
import { parseDump } from '../../src/app/transfer/import-ledger.ts';
import { loadSampleIfEmpty } from '../../src/app/transfer/load-sample.ts';
import type { Database } from '../../src/core/ports.ts';
import { appContext } from '../support/app-context.ts';
import { backends } from '../support/databases.ts';
import { FixedClock } from '../support/factories.ts';

const byId = <T extends { id: string }>(xs: readonly T[]) =>
  [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const sample = parseDump(await readSampleLedger());

describe.each(backends())('sample ledger in an empty database on $name', (backend) => {
  let db: Database;

  beforeAll(async () => {
    db = await backend.open();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('loads the shipped file into an empty database once, and not over existing data', async () => {
    let reads = 0;
    const read = () => {
      reads++;
      return readSampleLedger();
    };
    const loaded = await loadSampleIfEmpty(db, read);
    expect(loaded).toEqual({
      sources: sample.sources.length,
      entities: sample.entities.length,
      claims: sample.claims.length,
      reviews: sample.reviews.length,
      alreadyStored: 0,
    });
    expect(await loadSampleIfEmpty(db, read)).toBeNull();
    // The file is read only for an empty database.
    expect(reads).toBe(1);
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

  it('knows a sample text ingested again as the stored source (same content hash)', async () => {
    const source = sample.sources.find((s) => s.id === 'src_2024_08_16_pardon')!;
    const ctx = appContext(db, { clock: new FixedClock() });
    const sources = await db.sources.countSources();
    // Windows line ends and a trailing newline: ingest normalises them away before hashing.
    const again = await ingestReport(ctx, {
      text: `${source.text.replaceAll('\n', '\r\n')}\r\n`,
      publishedAt: source.publishedAt!,
    });
    expect(again).toMatchObject({ created: false, duplicateOf: source.id, claims: 0 });
    expect(await db.sources.countSources()).toBe(sources);
  });
});
