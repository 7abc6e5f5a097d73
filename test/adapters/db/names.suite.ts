import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/core/model/claim.ts';
import { name } from '../../../src/core/model/values.ts';
import { makeClaim, makeName, makeReview } from '../../support/factories.ts';
import { at, freshDatabase, type OpenDb, person } from './helpers.ts';

export function namesSuite(open: OpenDb): void {
  describe('name lookup', () => {
    const db = freshDatabase(open);

    const nameClaim = (subjectId: string, spelling: string, subjectType: EntityType = 'person') =>
      makeClaim({ subjectId, subjectType, sourceId: null, value: name(makeName(spelling)) });

    /** Two people with Latin and Cyrillic spellings, an actor, and a rejected spelling. */
    async function seed() {
      await db().entities.createEntities([
        person('per_mk'),
        person('per_ab'),
        person('per_mb'),
        { id: 'act_k', type: 'actor', createdAt: at },
      ]);
      const rejected = nameClaim('per_mb', 'Maksim Znak');
      await db().claims.appendClaims([
        nameClaim('per_mk', 'Maria Kolesnikova'),
        nameClaim('per_mk', 'Марыя Калеснікава'),
        nameClaim('per_ab', 'Aleś Białacki'),
        nameClaim('per_mb', 'Maria Babaryka'),
        rejected,
        nameClaim('act_k', 'Kolesnikova Foundation', 'actor'),
        // The same spelling claimed again (another report): allNames lists it once.
        nameClaim('per_mk', 'Maria Kolesnikova'),
      ]);
      await db().claims.appendReviews([makeReview({ claimId: rejected.id, state: 'rejected' })]);
    }

    it('finds a surname inside a full name, Latin and Cyrillic alike', async () => {
      await seed();
      const hits = await db().names.searchNames('Kolesnikova', 'person', 5);
      expect(hits[0]).toMatchObject({ entityId: 'per_mk', name: 'Maria Kolesnikova' });
      expect(hits[0]!.similarity).toBeGreaterThan(0.5);
      expect(hits.map((h) => h.entityId)).not.toContain('act_k');

      const exact = await db().names.searchNames('Калеснікава', 'person', 5);
      expect(exact[0]).toEqual({ entityId: 'per_mk', name: 'Марыя Калеснікава', similarity: 1 });
      expect(exact).toHaveLength(1);
    });

    it('ignores case and accents, one hit per entity, best first, within the limit', async () => {
      await seed();
      const folded = await db().names.searchNames('ALES BIALACKI', 'person', 5);
      expect(folded[0]).toEqual({ entityId: 'per_ab', name: 'Aleś Białacki', similarity: 1 });

      const marias = await db().names.searchNames('Maria Kolesnikova', 'person', 10);
      expect(marias[0]?.entityId).toBe('per_mk');
      expect(new Set(marias.map((h) => h.entityId)).size).toBe(marias.length);
      const scores = marias.map((h) => h.similarity);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      expect(await db().names.searchNames('Maria', 'person', 1)).toHaveLength(1);
      expect(await db().names.searchNames('   ', 'person', 5)).toEqual([]);
    });

    it('leaves out rejected spellings and other entity types', async () => {
      await seed();
      expect(await db().names.searchNames('Maksim Znak', 'person', 5)).toEqual([]);
      const actors = await db().names.searchNames('Kolesnikova', 'actor', 5);
      expect(actors.map((h) => h.entityId)).toEqual(['act_k']);
      expect(await db().names.allNames('person')).toEqual([
        { entityId: 'per_mk', name: 'Maria Kolesnikova' },
        { entityId: 'per_mk', name: 'Марыя Калеснікава' },
        { entityId: 'per_ab', name: 'Aleś Białacki' },
        { entityId: 'per_mb', name: 'Maria Babaryka' },
      ]);
    });
  });
}
