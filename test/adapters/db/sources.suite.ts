import { describe, expect, it } from 'vitest';
import type { NewSource } from '../../../src/core/model/source.ts';
import { DuplicateRecordError, MissingReferenceError } from '../../../src/core/ports.ts';
import { FixedClock, makeSource, SequentialIds } from '../../support/factories.ts';
import { freshDatabase, type OpenDb } from './helpers.ts';

function newSource(overrides: Partial<NewSource> = {}): NewSource {
  const { id: _id, ingestedAt: _at, ...rest } = makeSource(overrides);
  return rest;
}

export function sourcesSuite(open: OpenDb): void {
  describe('sources', () => {
    const clock = new FixedClock('2025-09-12T10:00:00.000Z');
    const db = freshDatabase(open, () => ({ clock, ids: new SequentialIds() }));

    it('stores a report once per content hash; a second put returns the first', async () => {
      const first = await db().sources.putSource(
        newSource({ contentHash: 'sha-1', title: 'First' }),
      );
      expect(first.created).toBe(true);
      expect(first.source).toMatchObject({
        id: 'src_000001',
        ingestedAt: '2025-09-12T10:00:00.000Z',
        title: 'First',
      });
      clock.advance(60_000);
      const second = await db().sources.putSource(
        newSource({
          contentHash: 'sha-1',
          title: 'Syndicated copy',
          url: 'https://other.example/x',
        }),
      );
      expect(second).toEqual({ source: first.source, created: false });
      expect(await db().sources.countSources()).toBe(1);
      expect(await db().sources.findByHash('sha-1')).toEqual(first.source);
      expect(await db().sources.findByHash('sha-unknown')).toBeNull();
    });

    it('lets exactly one of many concurrent puts of the same report create it', async () => {
      const puts = await Promise.all(
        Array.from({ length: 5 }, () => db().sources.putSource(newSource({ contentHash: 'same' }))),
      );
      expect(puts.filter((p) => p.created)).toHaveLength(1);
      expect(new Set(puts.map((p) => p.source.id)).size).toBe(1);
      expect(await db().sources.countSources()).toBe(1);
    });

    it('inserts sources as given, lists them in insertion order and refuses clashes', async () => {
      const b = makeSource({
        id: 'src_b',
        contentHash: 'hb',
        ingestedAt: '2024-01-01T00:00:00.000Z',
      });
      const a = makeSource({
        id: 'src_a',
        contentHash: 'ha',
        duplicateOf: 'src_b',
        publishedAt: null,
      });
      await db().sources.insertSource(b);
      await db().sources.insertSource(a);
      expect(await db().sources.getSource('src_a')).toEqual(a);
      expect(await db().sources.getSource('src_none')).toBeNull();
      expect(await db().sources.listSources()).toEqual([b, a]);
      expect(await db().sources.listSources({ limit: 1, offset: 1 })).toEqual([a]);

      const sameHash = db().sources.insertSource(makeSource({ id: 'src_c', contentHash: 'hb' }));
      await expect(sameHash).rejects.toThrow(DuplicateRecordError);
      await expect(sameHash).rejects.toThrow(/src_c \(same content hash as src_b\)/);
      const sameId = db().sources.insertSource(makeSource({ id: 'src_a', contentHash: 'hz' }));
      await expect(sameId).rejects.toThrow(/source src_a already exists/);
      const dangling = db().sources.insertSource(
        makeSource({ id: 'src_d', duplicateOf: 'src_zz' }),
      );
      await expect(dangling).rejects.toThrow(MissingReferenceError);
      await expect(dangling).rejects.toThrow(/duplicate_of source src_zz does not exist/);
      expect(await db().sources.countSources()).toBe(2);
    });
  });
}
