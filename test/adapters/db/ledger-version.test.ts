/**
 * The ledger version (migration 0008_ledger_version.sql, SqlStamps): every transaction that
 * writes the ledger raises it by exactly one when it commits, whichever store, statement or
 * connection wrote; reads, rolled-back transactions and writes outside the ledger leave it.
 *
 * 'Another process' is a second connection pool on the same PostgreSQL database. PGlite has
 * none: one process owns a data folder (the lock file refuses a second) and an in-memory one
 * cannot be shared, so there the store's own handle is the only writer there can be.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/adapters/db/connect.ts';
import type { Database } from '../../../src/core/ports.ts';
import { backends, postgresTestUrl } from '../../support/databases.ts';
import { makeClaim, makeReview, makeSource, resetFactories } from '../../support/factories.ts';
import { at, person, raw } from './helpers.ts';

const version = (db: Database) => db.stamps!.ledger();

/** A second handle on the same PostgreSQL database: what another process would hold. */
async function secondHandle(db: Database): Promise<Database> {
  const [row] = await raw(db).rawQuery('select current_database() as name');
  const url = new URL(postgresTestUrl()!);
  url.pathname = `/${row!.name as string}`;
  return openDatabase({ databaseUrl: url.toString() });
}

describe.each(backends())('the ledger version on $name', (backend) => {
  let db: Database;
  beforeEach(async () => {
    resetFactories();
    db = await backend.open();
  });
  afterEach(() => db.close());

  it('moves by one with each committed write through every ledger store', async () => {
    let v = await version(db);
    const moved = async (what: string, write: () => Promise<unknown>) => {
      await write();
      const now = await version(db);
      expect(now, what).toBe(v + 1);
      v = now;
    };
    await moved('entities', () => db.entities.createEntities([person('per_000001')]));
    await moved('sources', () => db.sources.insertSource(makeSource({ id: 'src_000001' })));
    const claim = makeClaim({ id: 'clm_000001' });
    await moved('claims', () => db.claims.appendClaims([claim]));
    await moved('reviews', () => db.claims.appendReviews([makeReview({ claimId: claim.id })]));
    await moved('confidentiality', () => db.sources.setConfidential('src_000001', true));
    // A statement no store makes (psql, a script, a route added later): the triggers see it.
    await moved('plain SQL', () =>
      raw(db).rawQuery(
        `insert into entities (id, type, created_at) values ('per_2', 'person', $1)`,
        [at],
      ),
    );
  });

  it('stays for reads, writes outside the ledger and rolled-back transactions', async () => {
    const v = await version(db);
    await db.entities.listEntities('person');
    await db.claims.countClaims();
    // Not the ledger: what sign-in limits keep.
    await raw(db).rawQuery(`insert into sign_in_failures (key, at) values ('user:x', 1)`);
    await expect(
      db.transaction(async (tx) => {
        await tx.entities.createEntities([person('per_000001')]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await version(db)).toBe(v);
  });

  it('moves once per transaction, which knows the version it commits as', async () => {
    const v = await version(db);
    expect(await db.stamps!.written()).toBeNull();
    const inside = await db.transaction(async (tx) => {
      const before = await tx.stamps!.written();
      await tx.entities.createEntities([person('per_000001')]);
      await tx.sources.insertSource(makeSource({ id: 'src_000001' }));
      await tx.claims.appendClaims([makeClaim()]);
      return { before, after: await tx.stamps!.written() };
    });
    expect(inside).toEqual({ before: null, after: v + 1 });
    expect(await version(db)).toBe(v + 1);
  });

  if (backend.name === 'postgres') {
    it("shows another connection's commit at once, not before", async () => {
      const other = await secondHandle(db);
      try {
        const v = await version(db);
        let seenInside = -1;
        await other.transaction(async (tx) => {
          await tx.entities.createEntities([person('per_000001')]);
          // Written, not committed: this process still reads the old version.
          seenInside = await version(db);
        });
        expect(seenInside).toBe(v);
        expect(await version(db)).toBe(v + 1);
        expect(await version(other)).toBe(v + 1);
      } finally {
        await other.close();
      }
    });

    it('orders concurrent writers: each commit moves the version by one', async () => {
      const other = await secondHandle(db);
      try {
        const v = await version(db);
        const written = await Promise.all(
          Array.from({ length: 6 }, (_, i) =>
            (i % 2 ? db : other).transaction(async (tx) => {
              await tx.entities.createEntities([person(`per_c${i}`)]);
              return tx.stamps!.written();
            }),
          ),
        );
        expect([...written].sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6].map((n) => v + n));
        expect(await version(db)).toBe(v + 6);
      } finally {
        await other.close();
      }
    });
  }
});
