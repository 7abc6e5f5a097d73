/**
 * The store contract, run on every backend (pglite.test.ts, postgres.test.ts). Each test gets
 * a fresh, migrated database from the factory.
 */
import { describe, expect, it } from 'vitest';
import { DuplicateRecordError, MissingReferenceError } from '../../../src/core/ports.ts';
import { makeClaim, makeSource } from '../../support/factories.ts';
import { claimsSuite } from './claims.suite.ts';
import { at, freshDatabase, type OpenDb, person, raw } from './helpers.ts';
import { namesSuite } from './names.suite.ts';
import { sourcesSuite } from './sources.suite.ts';

export function storeSuite(backend: string, open: OpenDb): void {
  describe(`stores on ${backend}`, () => {
    entitiesSuite(open);
    claimsSuite(open);
    sourcesSuite(open);
    namesSuite(open);
    transactionSuite(open);
  });
}

function entitiesSuite(open: OpenDb): void {
  describe('entities', () => {
    const db = freshDatabase(open);

    it('creates, gets, lists in insertion order, pages and counts', async () => {
      // Ids deliberately out of alphabetical order: lists follow insertion, not ids.
      const records = ['per_c', 'per_a', 'per_b'].map(person);
      await db().entities.createEntities(records);
      await db().entities.createEntities([{ id: 'act_x', type: 'actor', createdAt: at }]);

      expect(await db().entities.getEntity('per_a')).toEqual(person('per_a'));
      expect(await db().entities.getEntity('per_missing')).toBeNull();
      expect(await db().entities.getEntities(['per_b', 'nope', 'per_c'])).toEqual([
        person('per_c'),
        person('per_b'),
      ]);
      expect(await db().entities.listEntities('person')).toEqual(records);
      expect(await db().entities.listEntities('person', { limit: 1, offset: 1 })).toEqual([
        person('per_a'),
      ]);
      const n = await db().entities.countEntities('person');
      expect(n).toBe(3);
      expect(typeof n).toBe('number');
      expect(await db().entities.countEntities('deal')).toBe(0);
      await expect(db().entities.listEntities('person', { limit: -1 })).rejects.toThrow(
        'limit: must be a whole number of 0 or more, got -1',
      );
    });

    it('refuses a batch with an id already stored or repeated, storing none of it', async () => {
      await db().entities.createEntities([person('per_1')]);
      const again = db().entities.createEntities([person('per_2'), person('per_1')]);
      await expect(again).rejects.toThrow(DuplicateRecordError);
      await expect(again).rejects.toThrow(/per_1/);
      const twice = db().entities.createEntities([person('per_3'), person('per_3')]);
      await expect(twice).rejects.toThrow(/entity per_3 already exists/);
      expect(await db().entities.countEntities('person')).toBe(1);
    });

    it('reads int8 as numbers on both query paths', async () => {
      await db().entities.createEntities([person('per_1')]);
      const rows = await raw(db()).rawQuery(
        'select seq, 9007199254740991::int8 as big from entities',
      );
      expect(rows).toEqual([{ seq: 1, big: Number.MAX_SAFE_INTEGER }]);
      expect(typeof (await db().claims.countClaims())).toBe('number');
    });
  });
}

function transactionSuite(open: OpenDb): void {
  describe('transactions', () => {
    const db = freshDatabase(open);

    it('commits what fn wrote when it resolves', async () => {
      const result = await db().transaction(async (tx) => {
        await tx.entities.createEntities([person('per_1')]);
        await tx.claims.appendClaims([makeClaim({ subjectId: 'per_1', sourceId: null })]);
        expect(await tx.claims.countClaims()).toBe(1);
        return 'done';
      });
      expect(result).toBe('done');
      expect(await db().claims.countClaims()).toBe(1);
    });

    it('rolls everything back when fn throws', async () => {
      const failing = db().transaction(async (tx) => {
        await tx.sources.putSource(makeSource());
        await tx.entities.createEntities([person('per_1')]);
        await tx.claims.appendClaims([makeClaim({ subjectId: 'per_1', sourceId: null })]);
        throw new Error('stop here');
      });
      await expect(failing).rejects.toThrow('stop here');
      expect(await db().entities.countEntities('person')).toBe(0);
      expect(await db().claims.countClaims()).toBe(0);
      expect(await db().sources.countSources()).toBe(0);
    });

    it('keeps the transaction usable after a refused batch inside it', async () => {
      await db().transaction(async (tx) => {
        await tx.entities.createEntities([person('per_1')]);
        const bad = makeClaim({ subjectId: 'per_nobody', sourceId: null });
        await expect(tx.claims.appendClaims([bad])).rejects.toThrow(MissingReferenceError);
        await tx.claims.appendClaims([makeClaim({ subjectId: 'per_1', sourceId: null })]);
      });
      expect(await db().entities.countEntities('person')).toBe(1);
      expect(await db().claims.countClaims()).toBe(1);
    });
  });
}
