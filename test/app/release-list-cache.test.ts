/**
 * The release list keeps its sorted events in the ledger cache while the ledger version stands
 * (src/app/release-events.ts): a new event, a new claim and a review must each show at once.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSampleLedger } from '../../src/adapters/sample-ledger.ts';
import { LedgerCache } from '../../src/app/ledger-cache.ts';
import { listReleaseEvents } from '../../src/app/read/release-events.ts';
import { importLedger } from '../../src/app/transfer/import-ledger.ts';
import type { Claim } from '../../src/core/model/claim.ts';
import type { Value } from '../../src/core/model/values.ts';
import type { Database } from '../../src/core/ports.ts';
import { backends } from '../support/databases.ts';

function claim(id: string, property: string, value: Value): Claim {
  return {
    id,
    subjectId: 'rel_cache_test',
    subjectType: 'release_event',
    property,
    value,
    sourceId: null,
    evidence: null,
    author: { kind: 'import', name: 'cache-test' },
    createdAt: '2027-01-01T00:00:00.000Z',
    confidence: 1,
    initialState: 'accepted',
    supersedes: null,
  };
}

describe.each(backends())('release list cache on $name', (backend) => {
  let db: Database;
  let cache: LedgerCache;
  beforeAll(async () => {
    db = await backend.open();
    cache = new LedgerCache(db);
    await importLedger(db, await readSampleLedger());
  });
  afterAll(() => db.close());

  it('shows new events, claims and reviews at once', async () => {
    const before = await listReleaseEvents(cache, db, { limit: 5 });
    expect(before.total).toBeGreaterThan(0);
    // Asked twice with nothing written: the same answer (from memory).
    expect(await listReleaseEvents(cache, db, { limit: 5 })).toEqual(before);

    await db.entities.createEntities([
      { id: 'rel_cache_test', type: 'release_event', createdAt: '2027-01-01T00:00:00.000Z' },
    ]);
    const created = await listReleaseEvents(cache, db, { limit: 1000 });
    expect(created.total).toBe(before.total + 1);

    await db.claims.appendClaims([
      claim('clm_cache_title', 'title', { type: 'text', text: 'Cache test release' }),
      claim('clm_cache_date', 'date', {
        type: 'date',
        date: { value: '2030-01-01', precision: 'day' },
      }),
    ]);
    const dated = await listReleaseEvents(cache, db, { limit: 5 });
    expect(dated.items[0]?.id).toBe('rel_cache_test');
    expect(dated.items[0]?.title).toBe('Cache test release');

    await db.claims.appendReviews([
      {
        id: 'rev_cache_date',
        claimId: 'clm_cache_date',
        state: 'rejected',
        author: { kind: 'user', id: 'usr_t' },
        at: '2027-01-02T00:00:00.000Z',
        note: null,
      },
    ]);
    const undated = await listReleaseEvents(cache, db, { limit: 5 });
    expect(undated.items[0]?.id).not.toBe('rel_cache_test');
  });

  it('shows a released person under a newly accepted name at once (views are kept too)', async () => {
    const first = (await listReleaseEvents(cache, db, { limit: 5 })).items.find(
      (e) => e.released.length > 0,
    );
    const person = first?.released[0];
    expect(person).toBeDefined();
    // The person's names so far are rejected and a new one is stated: only it can show.
    const names = (await db.claims.claimsFor([person!.id])).filter((c) => c.property === 'name');
    await db.claims.appendReviews(
      names.map((c, i) => ({
        id: `rev_cache_name_${i}`,
        claimId: c.id,
        state: 'rejected' as const,
        author: { kind: 'user' as const, id: 'usr_t' },
        at: '2027-01-03T00:00:00.000Z',
        note: null,
      })),
    );
    await db.claims.appendClaims([
      {
        ...claim('clm_cache_name', 'name', {
          type: 'name',
          name: { value: 'Cache Test Name', script: 'latin', language: 'en', kind: 'official' },
        }),
        subjectId: person!.id,
        subjectType: 'person',
      },
    ]);
    const after = (await listReleaseEvents(cache, db, { limit: 5 })).items.find(
      (e) => e.id === first!.id,
    );
    expect(after?.released.find((p) => p.id === person!.id)?.name).toBe('Cache Test Name');
  });
});
