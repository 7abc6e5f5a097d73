/**
 * The load benchmark's seed (bench/load/seed.ts) writes SQL straight into the tables. It must
 * be a ledger the application would have written: an import accepts its export (values fit the
 * schema, every reference resolves), the stores derive the same indexed columns from it, and
 * the reads the benchmark drives find what was seeded (deals with parties, release events and
 * concessions; each release event naming its deal).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealCount, type LoadScale, seed } from '../../bench/load/seed.ts';
import type { SqlDatabase } from '../../src/adapters/db/sql-database.ts';
import { getDeal, listDeals } from '../../src/app/read/deals.ts';
import { getReleaseEvent } from '../../src/app/read/release-events.ts';
import { exportLedger } from '../../src/app/transfer/export-ledger.ts';
import { importLedger } from '../../src/app/transfer/import-ledger.ts';
import type { Database } from '../../src/core/ports.ts';
import { backends } from '../support/databases.ts';

const raw = (db: Database) => (db as unknown as SqlDatabase).rawQuery.bind(db);

/** What the stores index a claim by, every claim in id order. */
const claimColumns = (db: Database) =>
  raw(db)(
    `SELECT id, subject_id, subject_type, property, value, value_ref, value_text, initial_state
     FROM claims ORDER BY id COLLATE "C"`,
  );
const nameIndex = (db: Database) =>
  raw(db)('SELECT claim_id, subject_id, folded FROM name_index ORDER BY claim_id COLLATE "C"');

// Seven release events hold three deals of two; the fourth deal asked for has none left.
const scale: LoadScale = { persons: 40, changes: 120, releases: 7, deals: 4 };

describe.each(backends())('the load benchmark seed on $name', (backend) => {
  let db: Database;
  beforeAll(async () => {
    db = await backend.open();
    await seed(raw(db), scale, 16);
  });
  afterAll(() => db.close());

  it('is a ledger an import accepts, indexed as the stores index it', async () => {
    const dump = JSON.parse(JSON.stringify(await exportLedger(db, { all: true })));
    const copy = await backend.open();
    try {
      const summary = await importLedger(copy, dump);
      expect(summary.claims).toBe(dump.claims.length);
      expect(await claimColumns(copy)).toEqual(await claimColumns(db));
      expect(await nameIndex(copy)).toEqual(await nameIndex(db));
    } finally {
      await copy.close();
    }
  });

  it('seeds deals of two release events, each with two parties and two concessions', async () => {
    expect(dealCount(scale)).toBe(3);
    const deals = await listDeals(db, { limit: 100 });
    expect(deals.total).toBe(3);
    const deal = await getDeal(db, 'deal_1');
    expect(deal).toMatchObject({ title: 'Deal 1', date: '2015-01-15', peopleReleased: 20 });
    expect(deal.releases.map((r) => [r.id, r.releasedCount])).toEqual([
      ['rel_2', 10],
      ['rel_3', 10],
    ]);
    expect(deal.parties.map((p) => p.name).sort()).toEqual(['Mediator 1', 'Mediator 2']);
    expect(deal.concessions.map((c) => [c.id, c.kind, c.grantedBy?.name])).toEqual([
      ['con_2', 'prisoner_exchange', 'Mediator 2'],
      ['con_3', 'financial', 'Mediator 3'],
    ]);
  });

  it('has each release event of a deal name it, and the others none', async () => {
    const negotiated = await getReleaseEvent(db, 'rel_3');
    expect(negotiated.deal?.id).toBe('deal_1');
    expect(negotiated.kind).toBe('negotiated_release');
    const pardon = await getReleaseEvent(db, 'rel_6');
    expect(pardon.deal).toBeNull();
    expect(pardon.kind).toBe('pardon');
    expect(pardon.released).toHaveLength(10);
  });
});
